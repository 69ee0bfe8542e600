package org.introcoach.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.introcoach.analysis.FollowUp;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "What this intro invites" on typed intros: the ranking, the standings and the advice. */
class FollowUpFinderTest {
    static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);
    private static IntroAnalyzer analyzer;
    private static FollowUpFinder finder;
    private static QuestionBank bank;

    @BeforeAll
    static void load() throws Exception {
        analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        bank = new QuestionBanks().load(Path.of("target/no-user-banks"));
        finder = new FollowUpFinder(bank);
    }

    static Resume resume(String name) throws Exception {
        return new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes").resolve(name));
    }

    static List<FollowUp> followUps(String intro, Resume resume, Set<String> emphasis) {
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed(intro), IntroAnalyzer.Against.resume(resume, NOVEMBER_2026), Optional.empty());
        return finder.find(report, resume, emphasis);
    }

    static Optional<FollowUp> question(List<FollowUp> followUps, String id) {
        return followUps.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static final String DJANGO = "Hello, I am Tomas Reyes. For six years I have built backend services in Python and Django, most recently "
            + "at Shoplane, where I added Redis caching to the catalogue. I also run everything on Kubernetes. "
            + "I want to join your platform team because I love fast, reliable services.";

    @Test
    void djangoAndRedisDrawDjangoAndCachingQuestionsOnStrengths() throws Exception {
        List<FollowUp> followUps = followUps(DJANGO, resume("tomas-reyes.json"), Set.of());

        FollowUp caching = question(followUps, "django-redis-caching").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertEquals(FollowUp.STRENGTH, caching.standing());
        assertTrue(caching.quote().contains("redis caching"), caching.quote());
        assertTrue(caching.backedBy().startsWith("Shoplane: Added Redis caching"), caching.backedBy());
        FollowUp django = question(followUps, "django-request-lifecycle").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertEquals(FollowUp.STRENGTH, django.standing());
        assertTrue(followUps.indexOf(caching) < 3 && followUps.indexOf(django) < 3, "the two most likely: " + followUps);
    }

    @Test
    void aSkillClaimedThatTheResumeLacksIsExposedWithAdvice() throws Exception {
        List<FollowUp> followUps = followUps(DJANGO, resume("tomas-reyes.json"), Set.of());

        FollowUp kubernetes = question(followUps, "kubernetes").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertEquals(FollowUp.EXPOSED, kubernetes.standing());
        assertNull(kubernetes.backedBy());
        assertTrue(kubernetes.advice().contains("prepare one concrete example") && kubernetes.advice().contains("kubernetes"),
                kubernetes.advice());
    }

    @Test
    void noTopicFloodsTheList() throws Exception {
        List<FollowUp> followUps = followUps(DJANGO, resume("tomas-reyes.json"), Set.of());

        List<FollowUp> invited = followUps.stream().filter(FollowUp::invited).toList();
        assertTrue(invited.size() <= FollowUpFinder.SHOWN);
        assertTrue(invited.stream().filter(f -> f.topic().equals("django")).count() <= FollowUpFinder.PER_TOPIC, invited.toString());
        assertTrue(invited.stream().anyMatch(f -> f.topic().equals("python")), "room is left for the python questions: " + invited);
    }

    @Test
    void aNurseMovingIntoResearchDrawsWhyThisMoveAndNoPython() throws Exception {
        List<FollowUp> followUps = followUps("Hello, I'm Grace Mwangi. I have been a registered nurse for seven years, and I am now "
                + "moving into user research for health technology. On my ward I led the rollout of electronic observations and ran "
                + "feedback sessions with forty nurses, and I loved finding out why people work around a system. I would love to join "
                + "your research team.", resume("grace-mwangi.md"), Set.of());

        assertTrue(question(followUps, "why-this-move").isPresent(), followUps.toString());
        assertTrue(followUps.stream().noneMatch(f -> f.topic().equals("python") || f.topic().equals("django")), followUps.toString());
        FollowUp research = question(followUps, "user-research").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertEquals(FollowUp.STRENGTH, research.standing(), "her resume lists interviews and usability testing");
    }

    @Test
    void aFigureTheResumeStatesStandsAndOneItDoesNotIsExposed() throws Exception {
        Resume maria = resume("maria-chen.json");
        FollowUp backed = question(followUps("I am Maria Chen, a backend engineer at Stripe. I led the migration of our billing service, "
                + "which cut incidents by forty percent.", maria, Set.of()), "measured-result").orElseThrow();
        FollowUp unbacked = question(followUps("I am Maria Chen, a backend engineer at Stripe. I cut our cloud bill by "
                + "sixty percent.", maria, Set.of()), "measured-result").orElseThrow();

        assertEquals(FollowUp.STRENGTH, backed.standing(), backed.toString());
        assertEquals(FollowUp.EXPOSED, unbacked.standing(), unbacked.toString());
        assertTrue(unbacked.advice().contains("how it was measured"), unbacked.advice());
    }

    @Test
    void aStrengthTheIntroNeverInvitesGetsASentenceThatWould() throws Exception {
        List<FollowUp> followUps = followUps("Hello, I am Maria Chen. I graduated from the University of Washington and I have worked "
                + "as a backend engineer at Stripe for seven years. I want to join your reliability team.", resume("maria-chen.json"), Set.of());

        FollowUp kafka = question(followUps, "kafka").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertTrue(!kafka.invited() && kafka.quote() == null, kafka.toString());
        assertEquals(FollowUp.STRENGTH, kafka.standing());
        assertEquals("At Stripe, I led the migration of the billing service to an event-driven design on Kafka, cutting incidents by 40%.",
                kafka.suggestion());
    }

    @Test
    void termsAJobPostingStressesRankTheirQuestionsHigher() throws Exception {
        String intro = "Hello, I am Tomas Reyes. I build backend services in Python and Django, and I have used Kubernetes.";
        Resume tomas = resume("tomas-reyes.json");
        List<FollowUp> plain = followUps(intro, tomas, Set.of());
        List<FollowUp> stressed = followUps(intro, tomas, Set.of("kubernetes"));

        int before = plain.indexOf(question(plain, "kubernetes").orElseThrow());
        int after = stressed.indexOf(question(stressed, "kubernetes").orElseThrow());
        assertTrue(before > 0, "without a posting another question comes first: " + plain);
        assertEquals(0, after, stressed.toString());
        assertTrue(question(stressed, "kubernetes").get().likelihood() > question(plain, "kubernetes").get().likelihood());
    }

    @Test
    void theHtmlExportShowsWhatTheIntroInvites() throws Exception {
        Resume tomas = resume("tomas-reyes.json");
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed(DJANGO), IntroAnalyzer.Against.resume(tomas, NOVEMBER_2026), Optional.empty());
        report = report.withFollowUps(finder.find(report, tomas));
        org.introcoach.history.Attempt attempt = new org.introcoach.history.Attempt("take", java.time.Instant.parse("2026-11-25T09:00:00Z"),
                "microphone", 30.0, "Tomas Reyes", "", "", report.overall(), java.util.Map.of(), null, null);

        String html = new org.introcoach.history.HtmlExport(java.time.ZoneOffset.UTC)
                .attempt(new org.introcoach.history.AttemptContents(attempt, Path.of("recording.wav"), report, tomas, Optional.empty()));

        assertTrue(html.contains("<h3>What this intro invites</h3>"), html);
        assertTrue(html.contains("How have you used Redis for caching, and how do you keep the cache correct?</td><td>strength</td>"), html);
        assertTrue(html.contains("What does Kubernetes do for you, and what has gone wrong with it?</td><td>exposed</td>"), html);
    }

    @Test
    void aClearlySaidWordDoesNotInviteAQuestionByItsSoundAlone() throws Exception {
        List<FollowUp> followUps = followUps("Hello, I am Tomas Reyes. I added Redis caching to our catalogue.", resume("tomas-reyes.json"),
                Set.of());

        assertTrue(question(followUps, "growing-engineers").isEmpty(), "\"caching\" is not \"coaching\": " + followUps);
        assertNotNull(question(followUps, "django-redis-caching").orElse(null));
    }
}
