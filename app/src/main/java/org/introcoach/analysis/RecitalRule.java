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

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<SpokenNumbers.Spoken> years = SpokenNumbers.find(intro.tokens()).stream().filter(SpokenNumbers.Spoken::year).toList();
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
