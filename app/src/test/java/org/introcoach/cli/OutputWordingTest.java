package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line prints for people and scripts: refusals in words, rounded numbers, stable keys, the length target. */
class OutputWordingTest {
    private static final String MARIA = ProjectFiles.root().resolve("samples/resumes/maria-chen.json").toString();
    private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{3,}");

    @TempDir
    Path dir;

    @Test
    void aRecordingGivenAsTheTranscriptIsNamedAndPointedToAudio() {
        Path wav = ProjectFiles.sample("intro-maria-chen.wav");

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", wav.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("introcoach: " + wav + ": this is a WAV recording, not a transcript: --transcript takes the JSON "
                + "'introcoach transcribe' prints or plain UTF-8 text; give a recording with --audio"), run.errLines());
    }

    @Test
    void aPdfGivenAsTheTranscriptIsNamedAsOne() {
        Path pdf = ProjectFiles.root().resolve("samples/resumes/priya-raman.pdf");

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", pdf.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(pdf + ": this is a PDF document, not a transcript"), run.err());
        assertFalse(run.err().contains("Input length") || run.err().contains("UTF-8 text (byte"), run.err());
    }

    @Test
    void reportJsonHasRoundedNumbersStableKeysAndTheLengthTarget() throws Exception {
        Path transcript = Files.writeString(dir.resolve("t.json"), timedTranscript());

        CliRun first = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString());
        CliRun second = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out(), "the same input prints the same text");
        List<String> longDecimals = new ArrayList<>();
        Matcher matcher = LONG_DECIMAL.matcher(first.out());
        while (matcher.find()) {
            if (Math.abs(Double.parseDouble(matcher.group())) >= 0.1) {
                longDecimals.add(matcher.group());
            }
        }
        assertEquals(List.of(), longDecimals, "seconds, paces and shares to two decimals");
        JsonNode report = new ObjectMapper().readTree(first.out());
        double wpm = report.get("metrics").get("wordsPerMinute").asDouble();
        assertEquals(Math.round(wpm * 100) / 100.0, wpm, 1e-9);
        List<String> dimensions = new ArrayList<>();
        report.get("dimensions").fieldNames().forEachRemaining(dimensions::add);
        assertEquals(dimensions.stream().sorted().toList(), dimensions, "a map's keys come sorted");
        assertEquals("overall", report.fieldNames().next(), "a record's fields in their declared order");
        JsonNode target = report.get("lengthTarget");
        assertEquals(20, target.get("minSeconds").asInt(), first.out());
        assertEquals(45, target.get("maxSeconds").asInt());
        assertEquals("the default template 'Standard introduction', no draft given", target.get("from").asText());
    }

    @Test
    void textReportSaysTheTargetAndWhereItComesFrom() throws Exception {
        Path transcript = Files.writeString(dir.resolve("t.json"), timedTranscript());

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString(), "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Target 20–45 s (from the default template 'Standard introduction', no draft given)", run.out().lines().toList().get(1));
    }

    @Test
    void resumeExperienceIsSaidInWholeYears() {
        CliRun run = CliRun.of("resume", MARIA, "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("Experience: about \\d+ years in total")), run.out());
    }

    @Test
    void helpSaysNoCommandOpensTheWindow() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("No command opens the window: to practise in the app, run 'introcoach' with no arguments"),
                run.out());
    }

    /** A 27 s intro with word times in thirds of a second, the kind that print as 0.30000000000000004 unrounded. */
    private static String timedTranscript() {
        String[] words = ("hello i am maria chen i graduated from the university of washington and since then i have worked "
                + "as a backend engineer at stripe for seven years building distributed systems in java and i want to join "
                + "your platform team because reliability is what i do best").split(" ");
        StringBuilder json = new StringBuilder("{\"result\": [");
        double time = 0.1;
        for (int i = 0; i < words.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"word\": \"%s\", \"start\": %s, \"end\": %s, \"conf\": 0.95}"
                    .formatted(words[i], time, time + 0.2));
            time += 1.0 / 3;
        }
        return json.append("], \"durationSeconds\": 27.0}").toString();
    }
}
