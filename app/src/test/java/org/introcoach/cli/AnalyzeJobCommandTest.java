package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --job FILE}: the job check in the report JSON and the text, on real audio and the real models. */
class AnalyzeJobCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String path(String relative) {
        return ProjectFiles.root().resolve(relative).toString();
    }

    private static JsonNode requirement(JsonNode job, String text) {
        for (JsonNode requirement : job.get("requirements")) {
            if (requirement.get("text").asText().equals(text)) {
                return requirement;
            }
        }
        throw new AssertionError(text + " not in " + job);
    }

    @Test
    void checksARecordingAgainstAPostingSavedAsAWebPage() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", path("samples/resumes/priya-raman.pdf"),
                "--audio", ProjectFiles.sample("intro-priya-raman.wav").toString(),
                "--job", path("samples/jobs/engineering-manager-infrastructure-harbourline.html"));

        assertEquals(0, run.exitCode(), run.err());
        JsonNode job = JSON.readTree(run.out()).get("job");
        assertEquals("Harbourline Commerce", job.get("company").asText());
        assertEquals("Infrastructure group", job.get("team").asText());
        JsonNode kubernetes = requirement(job, "Kubernetes");
        assertEquals("addressed", kubernetes.get("status").asText(), job.toString());
        assertEquals("required", kubernetes.get("necessity").asText());
        assertTrue(kubernetes.get("start").asDouble() > 5, "the time it was said: " + kubernetes);
        assertEquals("unsaid", requirement(job, "Terraform").get("status").asText());
        assertEquals("addressed", requirement(job, "manager").get("status").asText());
        assertTrue(job.get("motivation").get("namesThisJob").asBoolean(), job.get("motivation").toString());
    }

    @Test
    void textFormatPrintsTheJobCheck() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", path("samples/resumes/james-patel.md"),
                "--transcript", ProjectFiles.sample("career-change-james-patel.txt").toString(),
                "--job", path("samples/jobs/data-analyst-education-insights-westbridge.txt"), "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nJob check: Data Analyst - Education Insights at Westbridge Learning Trust\n"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  skill +required +SQL +on your resume, not said +skills: SQL\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  skill +required +Python +said +\"python\"\\n.*"), run.out());
        assertTrue(run.out().contains("  Motivation: Your reason names the Education Insights team"), run.out());
    }

    @Test
    void withoutAPostingTheReportHasNoJob() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", path("samples/resumes/james-patel.md"),
                "--transcript", ProjectFiles.sample("career-change-james-patel.txt").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(JSON.readTree(run.out()).get("job").isNull());
    }

    @Test
    void aFileThatIsNotAPostingIsOneLineAndExitTwo() throws Exception {
        Path binary = Files.write(dir.resolve("posting.html"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0, 0});

        CliRun run = CliRun.of("analyze", "--resume", path("samples/resumes/james-patel.md"),
                "--transcript", ProjectFiles.sample("career-change-james-patel.txt").toString(), "--job", binary.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("introcoach: " + binary + ": this is not a job posting IntroCoach can read"), run.err());
        assertEquals("", run.out());
    }
}
