package org.introcoach.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.introcoach.fuzz.FuzzHarness;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;

/** Fuzz targets for the transcript reader of {@code analyze --transcript}: the transcribe JSON, and plain text. */
class TranscriptFuzzTest {
    private static Path folder;
    private static byte[] jsonSeed;
    private static byte[] textSeed;
    private static FuzzHarness json;
    private static FuzzHarness text;

    @BeforeContainer
    static void seeds() throws IOException {
        folder = Files.createTempDirectory("introcoach-fuzz-transcript");
        textSeed = Files.readAllBytes(ProjectFiles.sample("intro-maria-chen.txt"));
        String[] words = new String(textSeed, StandardCharsets.UTF_8).toLowerCase().replaceAll("[^a-z' ]", " ").trim().split("\\s+");
        List<Word> timed = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(words.length, 40); i++) {
            timed.add(new Word(words[i], i * 0.4, i * 0.4 + 0.3, 0.9));
        }
        jsonSeed = Json.pretty(new Transcript(timed, 16.5).inFile("intro.wav")).getBytes(StandardCharsets.UTF_8);
        json = new FuzzHarness("transcript-json", folder);
        text = new FuzzHarness("transcript-text", folder);
    }

    @AfterContainer
    static void report() throws IOException {
        for (FuzzHarness harness : List.of(json, text)) {
            System.out.println("fuzz " + harness.summary());
            harness.close();
        }
        FuzzHarness.deleteFolder(folder);
    }

    @Property
    void transcriptJson(@ForAll("json") byte[] input) throws Exception {
        json.check(input, "transcript.json", AnalyzeCommand::readTranscript);
    }

    @Property
    void transcriptText(@ForAll("text") byte[] input) throws Exception {
        text.check(input, "transcript.txt", AnalyzeCommand::readTranscript);
    }

    @Provide("json")
    Arbitrary<byte[]> jsonInputs() {
        return FuzzHarness.mutationsOf(jsonSeed, true);
    }

    @Provide("text")
    Arbitrary<byte[]> textInputs() {
        return FuzzHarness.mutationsOf(textSeed, true);
    }
}
