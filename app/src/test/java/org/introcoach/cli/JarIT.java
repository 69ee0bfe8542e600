package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run from the project folder as the README shows. */
class JarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void transcribesTheBundledSample() throws Exception {
        Result result = run("transcribe", "samples/audio/short-hello.wav");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(JSON.readTree(result.out()).get("text").asText().contains("my name is sarah"), result.out());
        assertEquals("", result.err(), "nothing from Vosk or the JVM on stderr");
    }

    @Test
    void badInputGivesOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("take.wav"), "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1));

        Result result = run("transcribe", corrupt.toString());

        assertEquals(2, result.exitCode());
        assertEquals(List.of("introcoach: " + corrupt + ": the WAV header is truncated: it ends before the format chunk"),
                result.err().lines().toList());
    }

    @Test
    void analyzeWithAJobPostingSavedAsAWebPageAddsTheJobCheck() throws Exception {
        Result result = run("analyze", "--resume", "samples/resumes/priya-raman.pdf", "--transcript", "samples/audio/intro-priya-raman.txt",
                "--job", "samples/jobs/engineering-manager-infrastructure-harbourline.html");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Harbourline Commerce", JSON.readTree(result.out()).get("job").get("company").asText(), result.out());
        assertEquals("", result.err(), "jsoup and PDFBox print nothing");
    }

    @Test
    void helpPrintsUsage() throws Exception {
        Result result = run("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Usage: introcoach"), result.out());
        assertTrue(result.out().replaceAll("\\s+", " ").contains("No command opens the window: to practise in the app, run 'introcoach' with no arguments"),
                "--help says how the window opens: " + result.out());
    }

    @Test
    void withoutADisplayTheAppSaysSoInOneLine() throws Exception {
        Result result = run(Map.of("DISPLAY", ""), List.of());

        assertEquals(2, result.exitCode());
        assertEquals(List.of("introcoach: the window cannot be opened (Unable to open DISPLAY); run 'introcoach --help' for the command line"),
                result.err().lines().toList());
    }

    @Test
    void withoutACommandTheAppOpensWithTheSampleResumeAndStandardDraft(@TempDir Path data) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "needs xvfb-run (apt-get install xvfb)");
        List<String> command = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1440x900x24",
                javaBinary(), "-Dprism.order=sw", "-D" + org.introcoach.ui.IntroCoachApp.REPORT_STARTUP + "=true",
                "-jar", System.getProperty("introcoach.jar")));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile());
        builder.environment().put("INTROCOACH_DATA_DIR", data.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path settings = data.resolve("settings.json");
            while (System.nanoTime() < deadline && !(Files.exists(settings) && Files.readString(data.resolve("out.txt")).contains("window shown"))) {
                Thread.sleep(100);
            }
            String out = Files.readString(data.resolve("out.txt"));
            System.out.println("JarIT: " + out.strip());
            assertTrue(out.contains("window shown"), out);
            assertTrue(Files.readString(settings).contains("maria-chen.json"), "the sample resume is current");
            try (var drafts = Files.list(data.resolve("drafts"))) {
                List<Path> files = drafts.toList();
                assertEquals(1, files.size(), files.toString());
                assertTrue(Files.readString(files.get(0)).contains("\"templateId\" : \"standard\""), "the standard template gives the first draft");
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void benchPrintsItsFigures() throws Exception {
        Result result = run("bench", "--audio", "samples/audio/short-hello.wav", "--rounds", "1");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode figures = JSON.readTree(result.out());
        assertTrue(figures.get("modelLoadSeconds").asDouble() > 0);
        JsonNode speech = figures.get("speech");
        assertTrue(speech.get("pipelineRealTimeFactor").asDouble() > 0);
        assertTrue(speech.get("bareVoskRealTimeFactor").asDouble() > 0);
        assertTrue(speech.get("liveStopToFinalMillis").asDouble() > 0);
        assertTrue(figures.get("peakHeapMegabytes").asLong() > 0);
        assertTrue(figures.get("analysis").get("warmAnalysisMedianMillis").asDouble() > 0);
        assertEquals(90.0, figures.get("analysis").get("takeSeconds").asDouble(), 4.0);
        assertTrue(figures.get("practiceLoop").get("stopToSavedFeedbackMedianMillis").asDouble() > 0);
        assertTrue(figures.get("practiceLoop").get("firstPassOnlyStopToSavedFeedbackMedianMillis").asDouble() > 0);
        assertTrue(figures.get("practiceLoop").has("secondPassStopCostMillis"));
        assertEquals(500, figures.get("history").get("attempts").asInt());
        assertTrue(figures.get("history").get("listMillis").asDouble() > 0);
        assertTrue(figures.get("liveHeapMegabytes").asLong() > 0);
        assertTrue(figures.get("liveHeapMegabytes").asLong() <= figures.get("peakHeapMegabytes").asLong());
        assertFalse(result.err().contains("Exception"), result.err());
        assertTrue(result.err().startsWith("bench: loading the speech model..."), "progress on stderr: " + result.err());
        assertTrue(result.err().strip().endsWith("bench: done"), result.err());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), List.of(args));
    }

    private static Result run(Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("introcoach.jar"));
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
        command.addAll(args);
        Path out = Files.createTempFile("introcoach-out", ".txt");
        Path err = Files.createTempFile("introcoach-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("introcoach " + String.join(" ", args) + " did not finish");
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
