package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.introcoach.speech.Transcript;
import org.introcoach.draft.Template;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words of the feedback: statuses that say what happened, counts that agree with what is listed, clean punctuation. */
class FeedbackWordingTest {
    private static final YearMonth AS_OF = YearMonth.of(2026, 12);
    private static IntroAnalyzer analyzer;
    private static Resume maria;

    @BeforeAll
    static void load() throws Exception {
        analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        maria = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
    }

    @Test
    void aSkillTheResumeDoesNotListIsNotOnItRatherThanContradicted() {
        Report report = analyzer.analyse(Transcript.typed("Hello, I am Maria Chen, a backend engineer at Stripe. "
                + "I know Kubernetes and Haskell well, and I want to join your platform team because I love reliability."),
                IntroAnalyzer.Against.resume(maria, AS_OF));

        List<ResumeMatch> unlisted = report.resumeMatches().stream().filter(m -> m.field().equals("skill") && m.resume() == null).toList();
        assertFalse(unlisted.isEmpty(), report.resumeMatches().toString());
        for (ResumeMatch match : unlisted) {
            assertEquals(ResumeMatch.Status.UNBACKED, match.status(), match.toString());
            assertEquals("not on your resume: be ready to back it", match.status().label());
        }
        assertTrue(report.findings().stream().anyMatch(f -> f.code() == FindingCode.SKILL_NOT_ON_RESUME), "the finding itself stays");
        assertFalse(report.dimensions().get("consistency").summary().matches(".*[1-9]\\d* contradicted.*"),
                "nothing on the resume says otherwise: " + report.dimensions().get("consistency").summary());
    }

    @Test
    void aResumeSkillNotSaidIsNotSaid() {
        Report report = analyzer.analyse(Transcript.typed("Hello, I am Maria Chen, a backend engineer at Stripe, "
                + "and I want to join your platform team because I care about reliability."), IntroAnalyzer.Against.resume(maria, AS_OF));

        ResumeMatch skill = report.resumeMatches().stream().filter(m -> m.field().equals("skill")).findFirst().orElseThrow();
        assertEquals(ResumeMatch.Status.MISSING, skill.status());
        assertEquals("not said", skill.status().label());
    }

    @Test
    void oneConfirmedFactIsOneFact() {
        Report report = analyzer.analyse(Transcript.typed("Hi, I am Sarah, a nurse, and I want to join your team."),
                IntroAnalyzer.Against.resume(maria, AS_OF));
        String summary = report.dimensions().get("consistency").summary();

        assertFalse(summary.matches("^1 facts .*"), summary);
    }

    @Test
    void aTakeThatSkipsPlannedPointsNamesEveryOneItCounts() throws Exception {
        org.introcoach.draft.Template standard = new org.introcoach.draft.TemplateLibrary().load(null).find("standard").orElseThrow();
        org.introcoach.draft.Draft draft = new org.introcoach.draft.Draft(standard.title(), standard.id(),
                new org.introcoach.draft.DraftFiller().fill(standard, maria, AS_OF));
        var rendered = new org.introcoach.draft.DraftRenderer().render(standard, draft);
        Report report = analyzer.analyse(Transcript.typed("Hi, my name is Maria Chen and I like my work a lot."),
                new IntroAnalyzer.Against(maria, AS_OF, Optional.of(standard), Optional.of(rendered)));

        Finding skipped = report.findings().stream().filter(f -> f.code() == FindingCode.DRAFT_DEVIATION).findFirst().orElseThrow();
        long notSaid = report.draft().stream().filter(point -> point.status().equals("skipped")).count();
        assertTrue(notSaid >= 2, report.draft().toString());
        assertTrue(skipped.message().startsWith(notSaid + " planned points were not said: "), skipped.message());
        assertEquals(notSaid, skipped.message().chars().filter(c -> c == '"').count() / 2, "one quote per point counted: " + skipped.message());
        assertTrue(skipped.message().endsWith("rehearse until they stay in."), skipped.message());
        assertFalse(skipped.message().contains(".\"") || skipped.message().contains(".."), skipped.message());
    }

    @Test
    void everyPlannedPointCountedIsListed() {
        assertEquals("\"I lead the billing team\"", DraftComparison.quoted(List.of("I lead the billing team.")));
        assertEquals("\"One\", \"Two\" and \"Three\"", DraftComparison.quoted(List.of("One.", "Two!", "Three")));
    }

    @Test
    void aScoresSummaryTakesTheHeadlineOfItsWorstFindingNotTheWholeList() {
        assertEquals("3 planned points were not said.", IntroAnalyzer.Summaries.headline(
                "3 planned points were not said: \"A\", \"B\" and \"C\". Decide whether to drop them."));
        assertEquals("You introduced yourself as \"james patel\" but your resume says Maria Chen.", IntroAnalyzer.Summaries.headline(
                "You introduced yourself as \"james patel\" but your resume says Maria Chen. Use the name the interviewer has."));
        assertEquals("0:41, under the 60-90 s target.", IntroAnalyzer.Summaries.headline(
                "0:41, under the 60-90 s target. Add one concrete result and why you want this role."));
        assertEquals("Pitch 1.3 semitones, flat", IntroAnalyzer.Summaries.headline("Pitch 1.3 semitones, flat"), "a decimal is no sentence end");
    }

    @Test
    void aQuoteEndingASentenceTakesNoSecondFullStop() {
        Finding finding = Finding.of(FindingCode.DRAFT_DEVIATION, Severity.WARNING, "1 planned point was not said: \"I lead.\". Rehearse it..");

        assertEquals("1 planned point was not said: \"I lead.\" Rehearse it.", finding.message());
        assertEquals("Wait... then go.", Finding.tidy("Wait... then go."), "an ellipsis stays");
    }

    @Test
    void lengthIsJudgedAgainstTheTargetPassedIn() {
        String said = "hello i am maria chen a backend engineer at stripe for seven years building distributed systems in java "
                + "and i want to join your platform team because reliability at scale is what i do best";
        Transcript spoken = EvaluationSet.timed(said, 27.0 / said.split(" ").length);
        Report usual = analyzer.analyse(spoken, IntroAnalyzer.Against.resume(maria, AS_OF));
        Report standard = analyzer.analyse(spoken, new IntroAnalyzer.Against(maria, AS_OF, Optional.empty(), Optional.empty(),
                new Template.TargetBand(20, 45)));

        assertTrue(usual.findings().stream().anyMatch(f -> f.code() == FindingCode.TOO_SHORT && f.message().contains("under the 60-90 s target")),
                "without a target passed in, the analysis' own 60-90 s: " + usual.findings());
        assertTrue(standard.findings().stream().noneMatch(f -> f.code() == FindingCode.TOO_SHORT || f.code() == FindingCode.TOO_LONG),
                "27 s is within 20-45 s: " + standard.findings());
    }
}
