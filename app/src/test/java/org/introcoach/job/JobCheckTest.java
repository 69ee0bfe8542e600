package org.introcoach.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job check of the bundled sample intros against the bundled postings, through the real analysis. */
class JobCheckTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static IntroAnalyzer analyzer;

    @BeforeAll
    static void models() throws IOException {
        analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
    }

    private static Resume resume(String name) throws IOException {
        return new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes").resolve(name));
    }

    private static JobFit check(String resumeName, Transcript spoken, String postingName) throws IOException {
        Resume resume = resume(resumeName);
        Report report = analyzer.analyse(spoken, IntroAnalyzer.Against.resume(resume, MONTH));
        return JobCheck.check(JobPostingSamplesTest.read(postingName), report, resume, MONTH);
    }

    private static JobFit.Requirement requirement(JobFit fit, String text) {
        return fit.requirements().stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + fit.requirements()));
    }

    /** Words one a quarter second apart, each heard with the confidence given (1.0 unless listed as "word/0.4"). */
    private static Transcript timed(String text) {
        List<Word> words = new ArrayList<>();
        double at = 0.3;
        for (String token : text.split(" ")) {
            String[] parts = token.split("/");
            words.add(new Word(parts[0], at, at + 0.2, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0));
            at += 0.25;
        }
        return new Transcript(words, at + 0.5);
    }

    @Test
    void mariasIntroAgainstTheBackendPosting() throws IOException {
        JobFit fit = check("maria-chen.json", org.introcoach.speech.Transcript.typed(ProjectFiles.sampleText("intro-maria-chen.txt")),
                "senior-backend-engineer-ledgerline.md");

        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Java").status());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "distributed systems").status());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "5+ years").status(), "'over seven years' answers 5+ years");
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "billing").status());
        JobFit.Requirement kafka = requirement(fit, "Kafka");
        assertEquals(JobFit.Status.UNSAID, kafka.status(), "Kafka is on her resume and the posting requires it, but she never says it");
        assertEquals("skills: Kafka", kafka.resume());
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "on-call").status());
        assertTrue(requirement(fit, "on-call").resume().startsWith("Stripe: Mentored three new engineers through their first on-call"));
        assertEquals(JobFit.Status.GAP, requirement(fit, "Grafana").status(), "neither said nor on the resume");
        assertEquals(JobFit.Status.GAP, requirement(fit, "senior").status(), "her resume and her intro say backend engineer, not senior");
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "infrastructure").status(),
                "'university' was heard clearly: it does not sound its way into 'infrastructure'");
        assertTrue(fit.summary().contains("On your resume but not said: on-call, Kafka, PostgreSQL, AWS, Kubernetes."), fit.summary());
        assertTrue(fit.motivation().namesThisJob());
        assertEquals("the Platform Reliability team", fit.motivation().named());
        assertTrue(fit.motivation().advice().contains("Naming Ledgerline as well"), fit.motivation().advice());
    }

    @Test
    void priyasIntroAgainstTheManagerPosting() throws IOException {
        JobFit fit = check("priya-raman.pdf", org.introcoach.speech.Transcript.typed(ProjectFiles.sampleText("intro-priya-raman.txt")),
                "engineering-manager-infrastructure-harbourline.html");

        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "manager").status());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "8+ years").status());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Kubernetes").status());
        assertEquals("coached", requirement(fit, "coaching").heard());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "hiring").status(), "'i have hired' speaks to hiring");
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "Terraform").status());
        assertEquals(JobFit.Status.GAP, requirement(fit, "Google Cloud").status());
        assertTrue(fit.motivation().namesThisJob(), fit.motivation().toString());
        assertEquals("infrastructure", fit.motivation().heard());
    }

    @Test
    void jamessCareerChangeAgainstTheAnalystPosting() throws IOException {
        JobFit fit = check("james-patel.md", org.introcoach.speech.Transcript.typed(ProjectFiles.sampleText("career-change-james-patel.txt")),
                "data-analyst-education-insights-westbridge.txt");

        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Python").status());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "data analytics certificate").status());
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "SQL").status(), "'school' is not 'sequel': SQL stays unsaid");
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "Tableau").status());
        assertEquals(JobFit.Status.GAP, requirement(fit, "R").status());
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "attainment").status());
        assertEquals("the Education Insights team", fit.motivation().named());
    }

    @Test
    void aReasonAnyEmployerCouldHearDoesNotNameTheJob() throws IOException {
        JobFit fit = check("maria-chen.json", org.introcoach.speech.Transcript.typed("hello i am maria chen i have worked as a backend engineer at stripe "
                + "for seven years building payment services in java and kafka. i am looking for a new challenge at a fast growing company "
                + "because i want to grow my career"), "senior-backend-engineer-ledgerline.md");

        assertFalse(fit.motivation().namesThisJob());
        assertNull(fit.motivation().named());
        assertTrue(fit.motivation().advice().startsWith("Your reason could be said to any employer: end with why Ledgerline's Platform Reliability team"),
                fit.motivation().advice());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Kafka").status());
        assertTrue(fit.summary().endsWith("The reason does not name this job."), fit.summary());
    }

    @Test
    void aCompanyNamedInTheReasonNamesTheJob() throws IOException {
        JobFit fit = check("maria-chen.json", org.introcoach.speech.Transcript.typed("hello i am maria chen a backend engineer at stripe for seven years. "
                + "i would love to join ledgerline because your merchants depend on the same payment systems i build"),
                "senior-backend-engineer-ledgerline.md");

        assertTrue(fit.motivation().namesThisJob());
        assertEquals("Ledgerline", fit.motivation().named());
    }

    @Test
    void aSkillOnlyWantedIsNotAddressed() throws IOException {
        JobFit fit = check("maria-chen.json", org.introcoach.speech.Transcript.typed("hello i am maria chen a backend engineer at stripe for seven years "
                + "working in java. next i want to learn terraform and grow into the platform reliability team"),
                "senior-backend-engineer-ledgerline.md");

        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Java").status());
        assertEquals(JobFit.Status.UNSAID, requirement(fit, "Terraform").status(), "wanting to learn it is not having it");
    }

    @Test
    void aSpokenVariantAndAnUnsureMishearingStillAddressTheSkill() throws IOException {
        JobFit fit = check("maria-chen.json", timed("hello i am maria chen a backend engineer at stripe where i run postgres "
                + "and cafca/0.45 for our payment services"), "senior-backend-engineer-ledgerline.md");

        JobFit.Requirement postgres = requirement(fit, "PostgreSQL");
        assertEquals(JobFit.Status.ADDRESSED, postgres.status());
        assertEquals("postgres", postgres.heard());
        assertNotNull(postgres.start());
        assertEquals(JobFit.Status.ADDRESSED, requirement(fit, "Kafka").status(), "a word heard unsurely that sounds like kafka");
    }

    @Test
    void onlyAnUnsureWordMaySoundItsWayIntoARequirement() throws IOException {
        String said = "hello i am maria chen a backend engineer at stripe where i built our graffana%s dashboards for payment services";

        assertEquals(JobFit.Status.ADDRESSED, requirement(check("maria-chen.json", timed(said.formatted("/0.5")),
                "senior-backend-engineer-ledgerline.md"), "Grafana").status(), "heard unsurely, 'graffana' may be grafana");
        assertEquals(JobFit.Status.GAP, requirement(check("maria-chen.json", timed(said.formatted("")),
                "senior-backend-engineer-ledgerline.md"), "Grafana").status(), "heard with full confidence, it is what was said");
    }

    @Test
    void nothingHeardNamesNothing() throws IOException {
        JobFit fit = check("maria-chen.json", org.introcoach.speech.Transcript.typed(""), "senior-backend-engineer-ledgerline.md");

        assertFalse(fit.motivation().namesThisJob());
        assertTrue(fit.requirements().stream().noneMatch(r -> r.status() == JobFit.Status.ADDRESSED));
    }
}
