package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscribeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsOneFileAsVoskShapedJson() throws Exception {
        String file = ProjectFiles.sample("short-hello.wav").toString();

        CliRun run = CliRun.of("transcribe", file);

        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.out());
        assertEquals(file, document.get("file").asText());
        assertTrue(document.get("text").asText().contains("my name is sarah"), run.out());
        assertEquals(3.04, document.get("durationSeconds").asDouble(), 0.01);
        JsonNode first = document.get("result").get(0);
        assertEquals(List.of("word", "start", "end", "conf"), fieldNames(first));
        assertEquals("", run.err());
    }

    @Test
    void printsSeveralFilesAsJsonLinesInTheOrderGiven() throws Exception {
        Path first = ProjectFiles.librivox().resolve("sense_and_sensibility_01_austen_64kb-0930.wav");
        Path second = ProjectFiles.sample("short-hello.wav");

        CliRun run = CliRun.of("transcribe", first.toString(), second.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(first.toString(), JSON.readTree(lines.get(0)).get("file").asText());
        assertTrue(JSON.readTree(lines.get(0)).get("text").asText().contains("amiable himself"));
        assertEquals(second.toString(), JSON.readTree(lines.get(1)).get("file").asText());
    }

    @Test
    void aBadFileExitsTwoWithOneLineAndTheOthersAreStillTranscribed() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.wav"), "my intro, typed out\n");
        Path good = ProjectFiles.sample("short-hello.wav");

        CliRun run = CliRun.of("transcribe", "--format", "text", notes.toString(), good.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("introcoach: " + notes + ": this is a text file, not audio"), run.errLines());
        assertTrue(run.out().startsWith(good + ": hello my name is sarah"), run.out());
    }

    @Test
    void silenceIsAWarningNotAnError() throws Exception {
        Path silent = TestWav.write16(dir.resolve("silent.wav"), new short[32000], 16000);

        CliRun run = CliRun.of("transcribe", "--format", "text", silent.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of("introcoach: " + silent + ": warning: no speech was heard: the recording is silent or too quiet"),
                run.errLines());
    }

    @Test
    void aMissingModelIsOneLine() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-model"));

        CliRun run = CliRun.of("transcribe", "--model", empty.toString(), ProjectFiles.sample("short-hello.wav").toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("is not a Vosk model"), run.err());
    }

    @Test
    void aWrongOptionIsOneLine() {
        CliRun run = CliRun.of("transcribe", "--formatt", "json", "x.wav");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("introcoach: Unknown option: '--formatt' (see 'introcoach transcribe --help')"), run.errLines());
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        CliRun run = CliRun.of("transcribe", "--format", "xml", "x.wav");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("json, jsonl, text"), run.err());
    }

    @Test
    void noCommandPrintsUsage() {
        CliRun run = CliRun.of();

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("transcribe") && run.out().contains("bench"), run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
