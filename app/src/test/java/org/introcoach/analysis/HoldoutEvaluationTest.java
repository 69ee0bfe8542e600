package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out intros (samples/evaluation/holdout.json and holdout-2.json), each set written after
 * the rules were settled: the honest measure of how the analysis does on intros it was not shaped on.
 */
class HoldoutEvaluationTest {
    @ParameterizedTest
    @ValueSource(strings = {"holdout.json", "holdout-2.json", "holdout-3.json"})
    void findsWhatACarefulInterviewerWouldOnIntrosItWasNotShapedOn(String fileName) throws Exception {
        EvaluationSet set = new EvaluationSet(fileName);
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        EvaluationTally tally = new EvaluationTally();
        for (EvaluationSet.Case c : set.cases) {
            Report report = analyzer.analyse(c.spoken(), c.against(set.asOf));
            Set<FindingCode> found = report.findings().stream().filter(EvaluationSet::counts).map(Finding::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<FindingCode> wrong = tally.add(c, EnumSet.allOf(FindingCode.class), found).wrong();
            report.findings().stream().filter(f -> wrong.contains(f.code()))
                    .forEach(f -> tally.details.append("      %s: %s | %s%n".formatted(f.code(), f.message(), f.quote())));
        }
        String summary = "%s, %d cases: recall %.3f (%d/%d), false findings %.3f (%d of %d must-not-see checks)%n%s"
                .formatted(fileName, set.cases.size(), tally.recall(), tally.recalled, tally.expected, tally.falseRate(), tally.falseFindings,
                        tally.mustNotSee, tally.details);
        System.out.print(summary);
        assertTrue(tally.recall() >= 0.9 && tally.falseRate() <= 0.05, summary);
    }
}
