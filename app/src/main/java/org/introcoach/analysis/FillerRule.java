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
        List<Report.SoundFiller> heard = verdict.soundFillers;
        int count = spans.size() + heard.size();
        if (count < MIN_FILLERS) {
            return;
        }
        double perMinute = count / MetricsRule.minutes(intro, verdict.metrics);
        if (perMinute < FILLERS_PER_MINUTE_WARNING) {
            return;
        }
        int[] first = spans.isEmpty() ? null : spans.get(0);
        Report.SoundFiller firstHeard = heard.isEmpty() ? null : heard.get(0);
        boolean soundFirst = firstHeard != null && (first == null || intro.start(first[0]) == null || firstHeard.start() < intro.start(first[0]));
        Double at = soundFirst ? Double.valueOf(firstHeard.start()) : intro.start(first[0]);
        String when = verdict.metrics.timingAvailable() ? ", first at " + Timestamps.format(at) : "";
        Finding finding = Finding.of(FindingCode.FILLER_WORDS, perMinute >= FILLERS_PER_MINUTE_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                "%d filler words (%.1f a minute)%s. Pause silently instead: a short silence sounds more confident than \"um\"."
                        .formatted(count, perMinute, when));
        verdict.add(soundFirst
                ? finding.quoting(firstHeard.heardAs() == null ? "(held vowel)" : firstHeard.heardAs(), firstHeard.start(), firstHeard.end())
                : finding.quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
    }
}
