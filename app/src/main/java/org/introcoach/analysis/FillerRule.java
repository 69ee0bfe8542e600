package org.introcoach.analysis;

import java.util.List;

/**
 * Three fillers a minute is where listeners start to notice them (public-speaking clubs count
 * "ums" from about there); six a minute distracts from the content. A typed transcript has no
 * clock, so its minutes are estimated from its words at a natural pace.
 */
final class FillerRule implements Rule {
    static final double FILLERS_PER_MINUTE_WARNING = 3;
    static final double FILLERS_PER_MINUTE_PROBLEM = 6;
    static final int MIN_FILLERS = 3;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<int[]> spans = Delivery.fillerSpans(intro.tokens());
        if (spans.size() < MIN_FILLERS) {
            return;
        }
        double perMinute = spans.size() / MetricsRule.minutes(intro, verdict.metrics);
        if (perMinute < FILLERS_PER_MINUTE_WARNING) {
            return;
        }
        int[] first = spans.get(0);
        String when = verdict.metrics.timingAvailable() ? ", first at " + Timestamps.format(intro.start(first[0])) : "";
        verdict.add(Finding.of(FindingCode.FILLER_WORDS, perMinute >= FILLERS_PER_MINUTE_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                "%d filler words (%.1f a minute)%s. Pause silently instead: a short silence sounds more confident than \"um\"."
                        .formatted(spans.size(), perMinute, when))
                .quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
    }
}
