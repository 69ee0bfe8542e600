package org.introcoach.analysis;

import java.util.List;

/** Two silences of two seconds or more, or one of four, read as a lost thread rather than a pause for effect. */
final class PauseRule implements Rule {
    static final int LONG_PAUSES = 2;
    static final double VERY_LONG_PAUSE_SECONDS = 4;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        if (!verdict.metrics.timingAvailable()) {
            return;
        }
        List<int[]> pauses = Delivery.longPauses(intro.words());
        double longest = verdict.metrics.longestPauseSeconds();
        if (pauses.size() >= LONG_PAUSES || longest >= VERY_LONG_PAUSE_SECONDS) {
            int[] first = pauses.get(0);
            verdict.add(Finding.of(FindingCode.LONG_PAUSES, Severity.WARNING,
                    "%d silences of %.0f s or more (the longest %.1f s), first at %s. Rehearse the transitions so you know what comes next."
                            .formatted(pauses.size(), Delivery.LONG_PAUSE_SECONDS, longest, Timestamps.format(intro.end(first[0]))))
                    .quoting(intro.quote(first[0], first[1] + 1), intro.end(first[0]), intro.start(first[1])));
        }
    }
}
