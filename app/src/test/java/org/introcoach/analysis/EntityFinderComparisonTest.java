package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The trained entity finder against the gazetteers and cues alone, on every evaluation set: the
 * figures behind keeping it off (samples/evaluation/README.md). Also checks that it learned the
 * contexts names are said in.
 */
class EntityFinderComparisonTest {
    @Test
    void findsANameNoGazetteerHoldsFromItsContext() {
        EntityFinder finder = EntityFinder.train();
        List<EntityFinder.Found> found = finder.find(List.of("before", "that", "i", "was", "at", "quillpay", "where", "i", "ran", "the", "ledger"));
        assertTrue(found.stream().anyMatch(f -> f.kind() == Claim.Kind.EMPLOYER && f.from() == 5), found.toString());
        assertTrue(finder.find(List.of("at", "the", "end", "of", "the", "day", "i", "care")).stream()
                .noneMatch(f -> f.kind() == Claim.Kind.EMPLOYER), "at the end of the day is no employer");
    }

    /** Opt-in, a measurement rather than a check: {@code -Dintrocoach.evaluation.compare=true}. */
    @Test
    @EnabledIfSystemProperty(named = "introcoach.evaluation.compare", matches = "true")
    void comparedWithTheGazetteersOnEverySet() throws Exception {
        IntroAnalyzer gazetteers = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        IntroAnalyzer withFinder = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled(), Optional.of(EntityFinder.train()));
        StringBuilder figures = new StringBuilder();
        for (String file : SpokenEvaluationTest.SETS) {
            if (!java.nio.file.Files.exists(org.introcoach.testing.ProjectFiles.root().resolve("samples/evaluation").resolve(file))) {
                continue;
            }
            EvaluationSet set = new EvaluationSet(file);
            figures.append("%-16s gazetteers %s | with entity finder %s%n".formatted(file, tally(gazetteers, set), tally(withFinder, set)));
        }
        System.out.print(figures);
        assertTrue(figures.length() > 0);
    }

    private static String tally(IntroAnalyzer analyzer, EvaluationSet set) {
        EvaluationTally tally = new EvaluationTally();
        for (EvaluationSet.Case c : set.cases) {
            Set<FindingCode> found = analyzer.analyse(c.spoken(), c.against(set.asOf)).findings().stream().filter(EvaluationSet::counts)
                    .map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
            tally.add(c, EnumSet.allOf(FindingCode.class), found);
        }
        return "recall %.3f (%d/%d), false %.3f (%d/%d)".formatted(tally.recall(), tally.recalled, tally.expected, tally.falseRate(),
                tally.falseFindings, tally.mustNotSee);
    }
}
