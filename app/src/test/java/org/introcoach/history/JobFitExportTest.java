package org.introcoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.job.JobCheck;
import org.introcoach.job.PostingReader;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.storage.JsonFormat;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A take's job check in the saved report and in the HTML export. */
class JobFitExportTest {
    private static Report checked;

    @BeforeAll
    static void judge() throws IOException {
        YearMonth month = YearMonth.of(2026, 11);
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        Report report = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled())
                .analyse(org.introcoach.speech.Transcript.typed(ProjectFiles.sampleText("intro-maria-chen.txt")), IntroAnalyzer.Against.resume(resume, month));
        checked = report.withJob(JobCheck.check(new PostingReader().read(ProjectFiles.root()
                .resolve("samples/jobs/senior-backend-engineer-ledgerline.md")), report, resume, month));
    }

    private static String export(Report report) {
        Attempt attempt = new Attempt("take", Instant.parse("2026-12-01T09:00:00Z"), "microphone", 40.0, "Maria Chen", "", "",
                report.overall(), Map.of(), null, null);
        return new HtmlExport(ZoneOffset.UTC).attempt(new AttemptContents(attempt, Path.of("recording.wav"), report, null, Optional.empty()));
    }

    @Test
    void theExportShowsWhatTheIntroDidWithEachRequirement() {
        String html = export(checked);

        assertTrue(html.contains("<h3>Job check: Senior Backend Engineer, Platform Reliability at Ledgerline</h3>"), html);
        assertTrue(html.contains("<tr class=\"job-unsaid\"><td>Kafka</td><td>skill</td><td>required</td><td>on your resume, not said</td>"
                + "<td>skills: Kafka</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"job-addressed\"><td>Java</td><td>skill</td><td>required</td><td>said</td><td>&ldquo;java&rdquo;</td></tr>"), html);
        assertTrue(html.contains("<strong>Motivation:</strong> Your reason names the Platform Reliability team"), html);
        assertFalse(html.contains("<script"));
    }

    @Test
    void aTakeWithoutAPostingHasNoJobSection() {
        assertFalse(export(checked.withJob(null)).contains("Job check"));
    }

    @Test
    void theSavedReportKeepsTheJobCheck() throws IOException {
        Report again = JsonFormat.compact().readValue(JsonFormat.compact().writeValueAsString(checked), Report.class);

        assertEquals(checked.job(), again.job());
        assertEquals(JobFit.Status.UNSAID, again.job().requirements().stream().filter(r -> r.text().equals("Kafka")).findFirst()
                .orElseThrow().status());
    }

    @Test
    void aReportSavedBeforeTheJobCheckStillLoads() throws IOException {
        ObjectNode json = JsonFormat.compact().valueToTree(checked);
        json.remove("job");

        assertNull(JsonFormat.compact().treeToValue(json, Report.class).job());
    }
}
