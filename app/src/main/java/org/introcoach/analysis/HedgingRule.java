package org.introcoach.analysis;

import java.util.List;

/** Two hedges ("i think", "maybe", "kind of") sound unsure in a sixty-second intro; four undercut every claim around them. */
final class HedgingRule implements Rule {
    static final int HEDGES_WARNING = 2;
    static final int HEDGES_PROBLEM = 4;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<int[]> hedges = Delivery.hedges(intro.tokens());
        if (hedges.size() >= HEDGES_WARNING) {
            int[] first = hedges.get(0);
            verdict.add(Finding.of(FindingCode.HEDGING, hedges.size() >= HEDGES_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                    "You hedged %d times (\"%s\"). State what you did and want plainly: \"I led\", \"I want\"."
                            .formatted(hedges.size(), intro.quote(first[0], first[1])))
                    .quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
        }
    }
}
