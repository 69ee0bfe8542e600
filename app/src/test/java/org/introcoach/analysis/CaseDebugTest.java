package org.introcoach.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints what the analysis made of chosen evaluation cases: {@code -Dintrocoach.debug.set=holdout-3.json -Dintrocoach.debug.cases=id,id}. */
class CaseDebugTest {
    @Test
    @EnabledIfSystemProperty(named = "introcoach.debug.cases", matches = ".+")
    void printsClaimsAndFindings() throws Exception {
        EvaluationSet set = new EvaluationSet(System.getProperty("introcoach.debug.set", "cases.json"));
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        for (String id : System.getProperty("introcoach.debug.cases").split(",")) {
            EvaluationSet.Case c = set.find(id.strip());
            Report report = analyzer.analyse(c.spoken(), c.against(set.asOf));
            System.out.println("== " + c.id() + " expected " + c.expected() + " overall " + report.overall());
            report.sections().forEach(s -> System.out.println("  [" + s.section() + "] " + s.text()));
            report.claims().forEach(claim -> System.out.println("  claim " + claim));
            report.resumeMatches().forEach(m -> System.out.println("  match " + m));
            report.draft().forEach(p -> System.out.println("  draft " + p));
            report.findings().forEach(f -> System.out.println("  " + f.severity().id() + " " + f.code() + ": " + f.message()));
        }
    }
}
