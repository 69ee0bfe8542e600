package org.introcoach.resume;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the date ranges resumes are written with: "2019 - present",
 * "Jul 2019 – Dec 2024", "2015–19", "03/2018 to 06/2020", "2018-03 – 2020-06", "Since 2019",
 * and a single year such as a graduation "2019". A year alone starts in January and ends in
 * December, so "2019 – 2021" counts as three years, as people usually say it.
 */
public final class ResumeDates {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:" + MONTH + ",?\\s+" + YEAR + "|\\d{1,2}/" + YEAR + "|" + YEAR
            + "-(?:0[1-9]|1[0-2])(?:-\\d{2})?|" + YEAR + ")";
    private static final String OPEN_END = "present|current|now|today|ongoing|date";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\w/])(" + DATE + ")\\s*(?:-|–|—|to|until|through)\\s*("
            + DATE + "|" + OPEN_END + "|\\d{2})(?![\\w/])");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|from)\\s+(" + DATE + ")(?![\\w/])");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\w/])(" + DATE + ")(?![\\w/])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(" + MONTH + "),?\\s+(" + YEAR + ")");
    private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(" + YEAR + ")");
    private static final Pattern ISO = Pattern.compile("(" + YEAR + ")-(\\d{2})(?:-\\d{2})?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A range found in a line, with where it stood so the caller can remove it. */
    public record Found(DateRange range, int start, int end) {
    }

    private ResumeDates() {
    }

    /** The first date range in {@code text}, or a single date read as an end (a graduation year). */
    public static Optional<Found> find(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find() && !isIsoMonth(text, range)) {
            YearMonth start = parse(range.group(1), false);
            String endText = range.group(2);
            boolean ongoing = endText.toLowerCase(Locale.ROOT).matches(OPEN_END);
            YearMonth end = ongoing ? null : endText.matches("\\d{2}") ? twoDigitEnd(start, endText) : parse(endText, true);
            return Optional.of(new Found(new DateRange(start, end, ongoing), range.start(), range.end()));
        }
        Matcher since = SINCE.matcher(text);
        if (since.find()) {
            return Optional.of(new Found(new DateRange(parse(since.group(1), false), null, true), since.start(), since.end()));
        }
        Matcher single = SINGLE.matcher(text);
        if (single.find()) {
            YearMonth date = parse(single.group(1), true);
            return Optional.of(new Found(new DateRange(null, date, false), single.start(), single.end()));
        }
        return Optional.empty();
    }

    private static final Pattern ISO_RANGE = Pattern.compile("(?i)\\s*(" + YEAR + "-\\d{2}|" + YEAR + ")?\\s*(?:-|–|—|to)\\s*(present|now|current|"
            + YEAR + "-\\d{2}|" + YEAR + ")?\\s*");

    /**
     * A range as a person types it in a form: what {@link DateRange#toString()} writes
     * ("2019-06 – present", "2015-09 – 2019-06", "2019"), or any form {@link #find} knows.
     *
     * @throws IllegalArgumentException when the text holds no date
     */
    public static DateRange parseRange(String text) {
        if (text == null || text.isBlank()) {
            return DateRange.UNKNOWN;
        }
        Matcher iso = ISO_RANGE.matcher(text);
        if (iso.matches() && (iso.group(1) != null || iso.group(2) != null)) {
            YearMonth start = iso.group(1) == null ? null : parse(iso.group(1), false);
            String endText = iso.group(2);
            boolean ongoing = endText != null && endText.toLowerCase(Locale.ROOT).matches("present|now|current");
            YearMonth end = endText == null || ongoing ? null : parse(endText, true);
            return new DateRange(start, end, ongoing);
        }
        if (text.strip().matches(YEAR + "(-\\d{2})?")) {
            return new DateRange(null, parse(text.strip(), true), false);
        }
        return find(text).map(Found::range).orElseThrow(() -> new IllegalArgumentException(
                "'" + text.strip() + "' is not a date; write it like 2019-06 – present or 2015-09 – 2019-06"));
    }

    /** "1998-05" is May 1998, not 1998 to 2005; "1998–02" with a dash is a range. */
    private static boolean isIsoMonth(String text, Matcher range) {
        String between = text.substring(range.end(1), range.start(2));
        return between.equals("-") && range.group(2).matches("0[1-9]|1[0-2]") && range.group(1).matches("\\d{4}");
    }

    /** An ISO-style date as JSON Resume writes them ("2019", "2019-07", "2019-07-01"); null when blank. */
    public static YearMonth parseIso(String text, boolean isEnd) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text.strip(), isEnd);
    }

    private static YearMonth twoDigitEnd(YearMonth start, String twoDigits) {
        int century = start.getYear() / 100 * 100;
        int year = century + Integer.parseInt(twoDigits);
        return YearMonth.of(year < start.getYear() ? year + 100 : year, 12);
    }

    private static YearMonth parse(String token, boolean isEnd) {
        Matcher monthYear = MONTH_YEAR.matcher(token);
        if (monthYear.matches()) {
            int month = MONTHS.get(monthYear.group(1).toLowerCase(Locale.ROOT).substring(0, 3));
            return YearMonth.of(Integer.parseInt(monthYear.group(2)), month);
        }
        Matcher numeric = NUMERIC_MONTH_YEAR.matcher(token);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(1));
            return YearMonth.of(Integer.parseInt(numeric.group(2)), Math.max(1, Math.min(12, month)));
        }
        Matcher iso = ISO.matcher(token);
        if (iso.matches()) {
            int month = Integer.parseInt(iso.group(2));
            return YearMonth.of(Integer.parseInt(iso.group(1)), Math.max(1, Math.min(12, month)));
        }
        if (token.matches(YEAR)) {
            return YearMonth.of(Integer.parseInt(token), isEnd ? 12 : 1);
        }
        throw new IllegalArgumentException("not a date: " + token);
    }
}
