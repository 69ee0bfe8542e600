package org.introcoach.analysis;

/**
 * The intro fits its target length: the one the caller passed in {@link IntroAnalyzer.Against#target()}
 * (the practice layer decides it), else the template's band, else {@link IntroAnalyzer#DEFAULT_TARGET}.
 * Beyond a quarter outside the band it is a problem rather than a tweak, and the further out,
 * the more it costs: a 60-minute "intro" is not a tweak. A typed intro is judged on an estimate.
 */
final class LengthRule implements Rule {
    static final double LENGTH_PROBLEM_FRACTION = 0.25;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        if (intro.words().isEmpty()) {
            return;
        }
        var target = intro.target();
        if (!verdict.metrics.timingAvailable()) {
            double estimated = intro.words().size() * 60.0 / MetricsRule.NATURAL_WPM;
            if (estimated > target.maxSeconds() * (1 + LENGTH_PROBLEM_FRACTION)) {
                verdict.add(Finding.of(FindingCode.TOO_LONG, Severity.WARNING, "%d words: about %.0f s at a natural pace, over the %s target (no timings, so this is an estimate)."
                        .formatted(intro.words().size(), estimated, target)));
            } else if (estimated < target.minSeconds() * (1 - LENGTH_PROBLEM_FRACTION)) {
                verdict.add(Finding.of(FindingCode.TOO_SHORT, Severity.WARNING, "%d words: about %.0f s at a natural pace, under the %s target (no timings, so this is an estimate)."
                        .formatted(intro.words().size(), estimated, target)));
            }
            return;
        }
        double duration = Math.round(verdict.metrics.durationSeconds());
        if (duration > target.maxSeconds()) {
            boolean problem = duration > target.maxSeconds() * (1 + LENGTH_PROBLEM_FRACTION);
            verdict.add(Finding.of(FindingCode.TOO_LONG, problem ? Severity.PROBLEM : Severity.WARNING,
                    "%s, over the %s target. Cut detail the resume already shows and keep one example."
                            .formatted(Timestamps.duration(duration), target)));
            if (duration > target.maxSeconds() * 2) {
                verdict.add(Finding.of(FindingCode.TOO_LONG, Severity.PROBLEM,
                        "More than twice the longest an interviewer expects: this is a talk, not an intro. Keep the opening to one minute and save the rest for questions."));
            }
        } else if (duration < target.minSeconds()) {
            Severity severity = duration < target.minSeconds() * (1 - LENGTH_PROBLEM_FRACTION) ? Severity.PROBLEM : Severity.WARNING;
            verdict.add(Finding.of(FindingCode.TOO_SHORT, severity, "%s, under the %s target. Add one concrete result and why you want this role."
                    .formatted(Timestamps.duration(duration), target)));
        }
    }
}
