package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARIA = ProjectFiles.root().resolve("samples/resumes/maria-chen.json").toString();

    @TempDir
    Path dir;

    @Test
    void analysesARecordingEndToEnd() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--audio", ProjectFiles.sample("intro-maria-chen.wav").toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.get("overall").asInt() >= 80, run.out());
        assertEquals(4, report.get("dimensions").size());
        assertTrue(report.get("transcript").get("text").asText().contains("university of washington"));
        assertTrue(report.get("metrics").get("durationSeconds").asDouble() > 40);
        JsonNode matches = report.get("resumeMatches");
        assertEquals("matched", statusOf(matches, "school"));
        assertEquals("matched", statusOf(matches, "years"));
        assertEquals("matched", statusOf(matches, "employer"), "Stripe is heard in the flite sample");
        assertEquals("", run.err());
        JsonNode metrics = report.get("metrics");
        assertTrue(metrics.get("pitchMedianHz").asDouble() > 70 && metrics.get("pitchMedianHz").asDouble() < 200, metrics.toString());
        assertTrue(metrics.get("voicedSeconds").asDouble() > 10, metrics.toString());
        assertEquals(report.get("delivery").size(), countPhrases(report), "one delivery entry per phrase");
        assertEquals(0, report.get("soundFillers").size(), "no fillers were spoken");
    }

    private static int countPhrases(JsonNode report) {
        int words = 0;
        int phrases = 0;
        double lastEnd = -1;
        for (JsonNode phrase : report.get("delivery")) {
            assertTrue(phrase.get("start").asDouble() >= lastEnd, "phrases in time order");
            lastEnd = phrase.get("end").asDouble();
            assertTrue(phrase.get("wordsPerMinute").asDouble() > 0);
            words += phrase.get("pitch").size();
            phrases++;
        }
        assertTrue(words > 100, "a pitch contour point every 50 ms");
        return phrases;
    }

    @Test
    void textFormatPrintsTheFiguresOfTheSound() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--audio", ProjectFiles.sample("short-hello.wav").toString(), "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*Delivery: pitch \\d+ Hz median, \\d\\.\\d semitones of spread; loudness varies \\d+\\.\\d dB.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  0:00-0:0\\d +\\d+ wpm +pitch.*"), run.out());
    }

    @Test
    void readsTheTranscribeJsonAndFlagsAContradiction() throws Exception {
        Path transcript = transcript("hello i'm rebecca stone and i have worked as a backend engineer at stripe for seven years "
                + "i want to join your platform team because i love reliability work");

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString(), "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Overall "), run.out());
        assertTrue(run.out().contains("[problem] NAME_MISMATCH at 0:00: You introduced yourself as \"rebecca stone\""), run.out());
        assertTrue(run.out().contains("heard: \"rebecca stone\""), run.out());
    }

    @Test
    void nothingToJudgeIsNotAScore() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "{}");

        CliRun text = CliRun.of("analyze", "--resume", MARIA, "--transcript", empty.toString(), "--format", "text");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("No score: nothing to judge."), text.out());
        assertTrue(text.out().contains("Nothing was heard"), text.out());
        assertTrue(!text.out().contains("A clear target"), text.out());

        JsonNode report = JSON.readTree(CliRun.of("analyze", "--resume", MARIA, "--transcript", empty.toString()).out());
        assertTrue(report.get("nothingToJudge").asBoolean());
        assertEquals(0, report.get("overall").asInt());
    }

    @Test
    void aPlainTextTranscriptHasNoTimingFigures() throws Exception {
        Path transcript = Files.writeString(dir.resolve("intro.txt"), "Hello, I'm Maria Chen. I have worked as a backend engineer at Stripe for seven years. "
                + "I want to join your platform team because I love reliability work.");

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = JSON.readTree(run.out()).get("metrics");
        assertTrue(metrics.get("durationSeconds").isNull());
        assertTrue(metrics.get("wordsPerMinute").isNull());
        assertEquals(false, metrics.get("timingAvailable").asBoolean());
        assertEquals(28, metrics.get("wordCount").asInt());
    }

    @Test
    void theJsonKeepsItsTranscriptFieldHoldingTheTranscriptGiven() throws Exception {
        String said = "hello i'm maria chen and i have worked as a backend engineer at stripe for seven years";
        Path timed = transcript(said);
        String typedText = "Hello, I'm Maria Chen. I have worked as a backend engineer at Stripe for seven years.";
        Path typed = Files.writeString(dir.resolve("typed.txt"), typedText);

        JsonNode heard = JSON.readTree(CliRun.of("analyze", "--resume", MARIA, "--transcript", timed.toString()).out()).get("transcript");
        JsonNode written = JSON.readTree(CliRun.of("analyze", "--resume", MARIA, "--transcript", typed.toString()).out()).get("transcript");

        assertEquals(said, heard.get("text").asText());
        assertEquals(said.split(" ").length, heard.get("result").size());
        assertEquals(List.of("word", "start", "end", "conf"), List.copyOf(iterable(heard.get("result").get(0).fieldNames())));
        assertEquals(typedText, written.get("text").asText(), "a typed transcript's words are its text, as given");
        assertEquals(0, written.get("result").size());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> all = new java.util.ArrayList<>();
        items.forEachRemaining(all::add);
        return all;
    }

    @Test
    void judgesAgainstASavedDraft() throws Exception {
        Path draft = dir.resolve("draft.json");
        assertEquals(0, CliRun.of("draft", "--template", "standard", "--resume", MARIA, "--set", "Target Team/Project=your platform team",
                "--save", draft.toString()).exitCode());
        Path transcript = transcript("hello i'm maria chen and i graduated from the university of washington i want to join your platform team");

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString(), "--draft", draft.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(5, report.get("draft").size(), report.get("draft").toString());
        assertEquals("skipped", report.get("draft").get(2).get("status").asText(), report.get("draft").toString());
        assertTrue(run.out().contains("DRAFT_DEVIATION"));
    }

    @Test
    void badInputIsOneLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("t.json"), "{\"text\": \"hello\", \"result\": [");

        List<CliRun> runs = List.of(
                CliRun.of("analyze", "--resume", MARIA, "--transcript", dir.resolve("missing.json").toString()),
                CliRun.of("analyze", "--resume", MARIA, "--transcript", broken.toString()),
                CliRun.of("analyze", "--resume", MARIA, "--audio", "a.wav", "--transcript", "t.json"),
                CliRun.of("analyze", "--resume", dir.resolve("nope.json").toString(), "--transcript", broken.toString()));

        assertTrue(runs.get(0).err().contains("missing.json: no such file"), runs.get(0).err());
        assertTrue(runs.get(1).err().contains("t.json: the transcript JSON is malformed at line 1"), runs.get(1).err());
        assertTrue(runs.get(2).err().contains("mutually exclusive"), runs.get(2).err());
        assertTrue(runs.get(3).err().contains("nope.json: no such file"), runs.get(3).err());
        for (CliRun run : runs) {
            assertEquals(2, run.exitCode());
            assertEquals(1, run.errLines().size(), run.err());
        }
    }

    private Path transcript(String text) throws Exception {
        List<Word> words = new java.util.ArrayList<>();
        double time = 0;
        for (String word : text.split(" ")) {
            words.add(new Word(word, time, time + 0.3, 0.95));
            time += 0.4;
        }
        Path file = dir.resolve("transcript.json");
        Files.writeString(file, JSON.writeValueAsString(new Transcript(words, time).inFile("intro.wav")));
        return file;
    }

    private static String statusOf(JsonNode matches, String field) {
        for (JsonNode match : matches) {
            if (match.get("field").asText().equals(field)) {
                return match.get("status").asText();
            }
        }
        return "absent";
    }
}
