package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole labelled evaluation set through the real analysis (real OpenNLP models): recall of
 * the findings a careful interviewer expects at least 0.9; findings that must not appear (every
 * code neither expected nor allowed for a case) at most 5% of such checks; and each flawed intro
 * scoring lower than its clean pair on the dimension its flaw affects.
 */
class EvaluationTest {
    private static EvaluationSet set;
    private static final Map<String, Report> REPORTS = new HashMap<>();

    @BeforeAll
    static void analyseAll() throws Exception {
        set = new EvaluationSet();
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        for (EvaluationSet.Case c : set.cases) {
            REPORTS.put(c.id(), analyzer.analyse(c.spoken(), c.against(set.asOf)));
        }
    }

    private static Set<FindingCode> found(String id) {
        return REPORTS.get(id).findings().stream().filter(EvaluationSet::counts).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void hasAtLeastFortyCases() {
        assertTrue(set.cases.size() >= 40, set.cases.size() + " cases");
    }

    @Test
    void findsWhatACarefulInterviewerWouldAndLittleElse() {
        EvaluationTally tally = new EvaluationTally();
        for (EvaluationSet.Case c : set.cases) {
            Set<FindingCode> wrong = tally.add(c, EnumSet.allOf(FindingCode.class), found(c.id())).wrong();
            REPORTS.get(c.id()).findings().stream().filter(f -> wrong.contains(f.code()))
                    .forEach(f -> tally.details.append("      %s: %s%n".formatted(f.code(), f.message())));
        }
        double recall = tally.recall();
        double falseRate = tally.falseRate();
        String summary = "recall %.3f (%d/%d), false findings %.3f (%d of %d must-not-see checks)%n%s"
                .formatted(recall, tally.recalled, tally.expected, falseRate, tally.falseFindings, tally.mustNotSee, tally.details);
        System.out.print(summary);
        assertTrue(recall >= 0.9 && falseRate <= 0.05, summary);
    }

    @Test
    void aFlawedIntroScoresLowerThanItsCleanPairWhereTheFlawIs() {
        StringBuilder failures = new StringBuilder();
        int pairs = 0;
        for (EvaluationSet.Case c : set.cases) {
            if (c.pairedWith() == null) {
                continue;
            }
            pairs++;
            int flawed = REPORTS.get(c.id()).score(c.dimension());
            int clean = REPORTS.get(c.pairedWith()).score(c.dimension());
            if (flawed >= clean) {
                failures.append("%s %s %d is not below %s %d%n".formatted(c.id(), c.dimension().id(), flawed, c.pairedWith(), clean));
            }
        }
        assertTrue(pairs >= 25, pairs + " pairs");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
