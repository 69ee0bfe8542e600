package org.introcoach.resume;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * When something on a resume happened, to the month. {@code start} or {@code end} may be null when
 * the resume does not say; {@code ongoing} means "to present".
 */
public record DateRange(YearMonth start, YearMonth end, boolean ongoing) {
    public static final DateRange UNKNOWN = new DateRange(null, null, false);

    public boolean hasAnyDate() {
        return start != null || end != null;
    }

    /** The last month, with "present" read as {@code asOf}. */
    public YearMonth endOr(YearMonth asOf) {
        return ongoing ? asOf : end != null ? end : start;
    }

    /** Whole months covered, counting both ends; 0 when the start is unknown. */
    public long months(YearMonth asOf) {
        YearMonth last = endOr(asOf);
        if (start == null || last == null || last.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(start, last) + 1;
    }

    @Override
    public String toString() {
        if (!hasAnyDate()) {
            return "";
        }
        String from = start == null ? "?" : start.toString();
        String to = ongoing ? "present" : end == null ? "" : end.toString();
        return to.isEmpty() || to.equals(from) ? from : from + " – " + to;
    }
}
