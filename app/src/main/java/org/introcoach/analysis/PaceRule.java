package org.introcoach.analysis;

/** 120-165 words a minute is comfortable to follow; conversational English runs about 140-160. */
final class PaceRule implements Rule {
    static final double SLOWEST_COMFORTABLE_WPM = 120;
    static final double FASTEST_COMFORTABLE_WPM = 165;
    /** 25 words a minute beyond the band is a problem rather than a habit to watch. */
    static final double PROBLEM_MARGIN = 25;
    /** Pace is not judged on fewer words than this: a short answer has no steady pace. */
    static final int MIN_WORDS = 20;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        Double wpm = verdict.metrics.wordsPerMinute();
        if (wpm == null || intro.words().size() < MIN_WORDS) {
            return;
        }
        if (wpm > FASTEST_COMFORTABLE_WPM) {
            verdict.add(Finding.of(FindingCode.PACE_TOO_FAST, wpm > FASTEST_COMFORTABLE_WPM + PROBLEM_MARGIN ? Severity.PROBLEM : Severity.WARNING,
                    "%.0f words a minute: faster than the %.0f-%.0f listeners follow comfortably. Breathe at each full stop."
                            .formatted(wpm, SLOWEST_COMFORTABLE_WPM, FASTEST_COMFORTABLE_WPM)));
        } else if (wpm < SLOWEST_COMFORTABLE_WPM) {
            verdict.add(Finding.of(FindingCode.PACE_TOO_SLOW, wpm < SLOWEST_COMFORTABLE_WPM - PROBLEM_MARGIN ? Severity.PROBLEM : Severity.WARNING,
                    "%.0f words a minute: slower than the %.0f-%.0f that keeps attention. Rehearse until the sentences come without searching."
                            .formatted(wpm, SLOWEST_COMFORTABLE_WPM, FASTEST_COMFORTABLE_WPM)));
        }
    }
}
