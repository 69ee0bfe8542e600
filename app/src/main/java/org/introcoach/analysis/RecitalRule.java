package org.introcoach.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An intro tells one story, not the resume read aloud: three or more years named, or four or
 * more "then"-style steps, is a chronology; two dates (graduation, a job change) is normal. From
 * interview-coaching guidance that an intro should summarise, not recite.
 */
final class RecitalRule implements Rule {
    static final int RECITAL_YEARS = 3;
    static final int RECITAL_STEPS = 4;
    private static final Pattern STEP = Lexicon.anywhere("step-cues");

    /**
     * Words, at most, between one year and the next of a chronology: the years of a recital follow
     * each other in a sentence or two ("in twenty fifteen i ... in twenty seventeen i ..."); years
     * said a minute apart about different things (since 2016, a project in 2020) are no list.
     * 45 words is about two sentences, 18 s at 150 words a minute; the same year twice is no step.
     */
    static final int RECITAL_GAP_WORDS = 45;

    /** The longest run of years in order (earlier to later, or back in time), each close to the last. */
    private static List<SpokenNumbers.Spoken> longestRun(List<SpokenNumbers.Spoken> years) {
        List<SpokenNumbers.Spoken> best = List.of();
        for (int direction : new int[] {1, -1}) {
            List<SpokenNumbers.Spoken> run = new java.util.ArrayList<>();
            for (SpokenNumbers.Spoken year : years) {
                SpokenNumbers.Spoken last = run.isEmpty() ? null : run.get(run.size() - 1);
                if (last != null && (year.from() - last.to() > RECITAL_GAP_WORDS || Integer.signum(year.value() - last.value()) != direction)) {
                    run = new java.util.ArrayList<>();
                }
                run.add(year);
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
            }
        }
        return best;
    }

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<SpokenNumbers.Spoken> years = longestRun(SpokenNumbers.find(intro.tokens()).stream().filter(SpokenNumbers.Spoken::year).toList());
        long steps = STEP.matcher(String.join(" ", intro.tokens())).results().count();
        if (years.size() >= RECITAL_YEARS) {
            SpokenNumbers.Spoken firstYear = years.get(0);
            SpokenNumbers.Spoken lastYear = years.get(years.size() - 1);
            verdict.add(Finding.of(FindingCode.LIST_RECITAL, Severity.WARNING,
                    "You named %d years in a row, reciting your resume. Summarise: one line on your background, then what it adds up to."
                            .formatted(years.size()))
                    .quoting(intro.quote(firstYear.from(), lastYear.to()), intro.start(firstYear.from()), intro.end(lastYear.to() - 1)));
        } else if (steps >= RECITAL_STEPS) {
            verdict.add(Finding.of(FindingCode.LIST_RECITAL, Severity.WARNING,
                    "You told your career step by step (\"then... after that...\"). Summarise it in one sentence and spend the time on your strongest result."));
        }
    }
}
