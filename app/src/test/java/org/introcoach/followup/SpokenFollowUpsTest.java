package org.introcoach.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.introcoach.practice.ResumeVocabulary;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when cases of the follow-up questions and answer practice on the real pipeline: intros
 * and answers spoken by flite's slt voice, recognised by the real Vosk model (with the resume-aware
 * second pass, as the app and {@code analyze --audio} do), judged by the real analysis.
 */
class SpokenFollowUpsTest {
    private static IntroAnalyzer analyzer;
    private static QuestionBank bank;
    private static LanguageModels language;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws Exception {
        language = LanguageModels.loadBundled();
        analyzer = new IntroAnalyzer(SectionTagger.train(), language);
        bank = new QuestionBanks().load(dir.resolve("no-user-banks"));
    }

    /** flite's slt voice at its natural pace, as 16 kHz mono: the sample audio's recipe (shared/RECIPES.md). */
    static Path speak(String name, String text) throws Exception {
        Path textFile = dir.resolve(name + ".txt");
        Files.writeString(textFile, text);
        Path raw = dir.resolve(name + ".raw.wav");
        Path wav = dir.resolve(name + ".wav");
        ExternalTool.run("flite", "-voice", "slt", "-f", textFile.toString(), "-o", raw.toString());
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        return wav;
    }

    static Transcript hear(Path wav, List<String> vocabulary) throws Exception {
        return TestSpeech.transcriber().transcribe(wav, vocabulary, fraction -> { }, () -> false).transcript();
    }

    static List<FollowUp> followUps(String name, String text, String resumeFile) throws Exception {
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes").resolve(resumeFile));
        Transcript heard = hear(speak(name, text), ResumeVocabulary.of(resume));
        Report report = analyzer.analyse(heard, IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 11)), Optional.empty());
        return new FollowUpFinder(bank).find(report, resume, Set.of());
    }

    private static Optional<FollowUp> question(List<FollowUp> followUps, String id) {
        return followUps.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Test
    void aSpokenDjangoAndRedisIntroDrawsDjangoAndCachingQuestionsOnStrengthsAndJavaExposed() throws Exception {
        List<FollowUp> followUps = followUps("django", "Hello, I am Tomas Reyes. I studied computer science at the University of "
                + "Manchester. For six years I have built backend services in Python and Django. At Shoplane I added Redis caching to "
                + "the catalogue service, which cut page time from eight hundred to one hundred twenty milliseconds. I also write Java "
                + "every day. I want to join your platform team because I love fast and reliable services.", "tomas-reyes.json");

        FollowUp caching = question(followUps, "django-redis-caching").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertEquals(FollowUp.STRENGTH, caching.standing(), caching.toString());
        assertNotNull(caching.start(), "the inviting words have a time");
        assertTrue(caching.start() > 5 && caching.start() < 20, caching.toString());
        List<FollowUp> django = followUps.stream().filter(f -> f.invited() && f.topic().equals("django")).toList();
        assertFalse(django.isEmpty(), followUps.toString());
        assertTrue(django.stream().allMatch(f -> f.standing().equals(FollowUp.STRENGTH)), django.toString());
        FollowUp java = question(followUps, "java").orElseThrow(() -> new AssertionError("Java is claimed but not on the resume: " + followUps));
        assertEquals(FollowUp.EXPOSED, java.standing());
        assertTrue(java.quote().contains("java"), java.quote());
    }

    @Test
    void aSpokenNurseCareChangeDrawsWhyThisMoveAndNoPython() throws Exception {
        List<FollowUp> followUps = followUps("nurse", "Hello, I'm Grace Mwangi. I have been a registered nurse for seven years, most "
                + "recently as a charge nurse on a respiratory ward. Now I am moving into user research for health technology. On my "
                + "ward I led the rollout of electronic observations and ran feedback sessions with forty nurses, and I loved finding "
                + "out why people work around a system. I would love to join your research team.", "grace-mwangi.md");

        FollowUp move = question(followUps, "why-this-move").orElseThrow(() -> new AssertionError(followUps.toString()));
        assertTrue(move.quote().contains("moving into"), move.quote());
        assertTrue(followUps.stream().noneMatch(f -> f.topic().equals("python") || f.topic().equals("django")), followUps.toString());
    }

    @Test
    void aSpokenTechnicalAnswerIsJudgedOnItsKeyPoints() throws Exception {
        Question question = bank.find("django-select-prefetch").orElseThrow();
        Path wav = speak("answer", "Both of them fix the N plus one problem when you follow relations in a loop. Select related follows "
                + "a foreign key with a join, so you get everything in one query. Prefetch related runs a second query for each "
                + "relation and joins the results in python.");

        AnswerFeedback feedback = new AnswerJudge(language.newAnnotator()).judge(question, hear(wav, List.of()).words(), true);

        assertTrue(feedback.keyPoints().get(1).covered(), "select_related with a join: " + feedback);
        assertTrue(feedback.keyPoints().get(2).covered(), "prefetch_related with a second query: " + feedback);
        assertFalse(feedback.keyPoints().get(3).covered(), "many-to-many was never mentioned: " + feedback);
        assertTrue(feedback.advice().stream().anyMatch(line -> line.startsWith("Not heard:") && line.contains("many-to-many")), feedback.advice().toString());
        assertEquals("under", feedback.duration(), "a 15 s answer is under the 45 s a technical question wants");
        assertTrue(feedback.wordsPerMinute() > 120 && feedback.wordsPerMinute() < 260, feedback.toString());
    }

    @Test
    void aSpokenStoryWithoutAResultIsToldItHasNone() throws Exception {
        Question question = bank.find("led-a-change").orElseThrow();
        Path wav = speak("story", "Last year our team had a billing service that failed every week. I needed to make it reliable before "
                + "the holiday season. So I decided to move it to an event driven design, and I talked to every team that used it. "
                + "Then I wrote the migration plan and we moved one customer at a time.");

        AnswerFeedback feedback = new AnswerJudge(language.newAnnotator()).judge(question, hear(wav, List.of()).words(), true);

        assertEquals(List.of("situation", "task", "action", "result"), feedback.shape().stream().map(AnswerFeedback.ShapePart::part).toList());
        assertTrue(feedback.shape().get(0).present() && feedback.shape().get(1).present() && feedback.shape().get(2).present(),
                feedback.shape().toString());
        assertFalse(feedback.shape().get(3).present(), "no result was said: " + feedback.shape());
        assertTrue(feedback.advice().stream().anyMatch(line -> line.startsWith("No result heard")), feedback.advice().toString());
    }
}
