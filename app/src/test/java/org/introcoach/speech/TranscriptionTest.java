package org.introcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.audio.UnreadableAudioException;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.introcoach.testing.TestWav;
import org.introcoach.testing.WordErrorRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptionTest {
    private final Transcriber transcriber = TestSpeech.transcriber();

    @TempDir
    Path dir;

    @Test
    void transcribesRealHumanSpeechAccurately() throws Exception {
        Map<String, String> references = librivoxReferences();
        int errors = 0;
        int words = 0;
        for (Map.Entry<String, String> sentence : references.entrySet()) {
            Path audio = ProjectFiles.librivox().resolve(sentence.getKey() + ".wav");
            String heard = transcriber.transcribe(audio).transcript().text();
            double wer = WordErrorRate.of(sentence.getValue(), heard);
            assertTrue(wer <= 0.25, sentence.getKey() + " WER " + wer + ": heard '" + heard + "'");
            errors += WordErrorRate.errors(sentence.getValue(), heard);
            words += WordErrorRate.words(sentence.getValue()).size();
        }
        double overall = errors / (double) words;
        assertTrue(overall <= 0.10, "LibriVox WER " + overall + " (measured 0.056 on 2026-11-25)");
    }

    @Test
    void transcribesTheBundledSamples() throws Exception {
        int errors = 0;
        int words = 0;
        for (String name : List.of("intro-maria-chen.wav", "career-change-james-patel.wav", "intro-priya-raman.wav", "short-hello.wav")) {
            String reference = ProjectFiles.sampleText(name);
            String heard = transcriber.transcribe(ProjectFiles.sample(name)).transcript().text();
            errors += WordErrorRate.errors(reference, heard);
            words += WordErrorRate.words(reference).size();
        }
        double overall = errors / (double) words;
        assertTrue(overall <= 0.15, "flite and festival speech WER " + overall + " (measured 0.10 when this bound was set)");
        assertEquals("hello my name is sarah and i am a nurse",
                transcriber.transcribe(ProjectFiles.sample("short-hello.wav")).transcript().text(), "the README's first example");
    }

    @Test
    void transcribesTheEspeakStressSampleRoughly() throws Exception {
        String name = "stress-espeak-maria-chen.wav";
        double wer = WordErrorRate.of(ProjectFiles.sampleText(name), transcriber.transcribe(ProjectFiles.sample(name)).transcript().text());
        assertTrue(wer <= 0.40, "espeak-ng speech WER " + wer + " (measured 0.33 when this bound was set)");
    }

    /**
     * A noise gate or an editor leaves exact zeros between words. With the model's random dither
     * off, frames of zero energy derailed recognition (word error rate 0.33 to 0.65 on this sample).
     */
    @Test
    void exactDigitalSilenceBetweenWordsIsHeardAsWellAsQuietNoise() throws Exception {
        String name = "stress-espeak-maria-chen.wav";
        short[] samples = readAll(ProjectFiles.sample(name));
        int zeroed = 0;
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) <= 2) {
                samples[i] = 0;
                zeroed++;
            }
        }
        assertTrue(zeroed > samples.length / 5, "the gate silenced " + zeroed + " of " + samples.length + " samples");
        Path gated = TestWav.write16(dir.resolve("gated.wav"), samples, AudioDecoder.TARGET_RATE);
        String reference = ProjectFiles.sampleText(name);
        double original = WordErrorRate.of(reference, transcriber.transcribe(ProjectFiles.sample(name)).transcript().text());
        double afterGate = WordErrorRate.of(reference, transcriber.transcribe(gated).transcript().text());
        assertTrue(afterGate <= original + 0.05, "WER %.2f with the gate, %.2f without".formatted(afterGate, original));
    }

    private static short[] readAll(Path file) throws IOException {
        try (DecodedAudio audio = new AudioDecoder().open(file)) {
            return audio.readAll();
        }
    }

    @Test
    void wordsCarryOrderedTimingsAndConfidences() throws Exception {
        TranscriptionResult result = transcriber.transcribe(ProjectFiles.sample("intro-maria-chen.wav"));
        Transcript transcript = result.transcript();

        assertEquals(41.53, transcript.durationSeconds(), 0.01);
        assertTrue(transcript.words().size() > 80, "heard " + transcript.words().size() + " words");
        double previousEnd = 0;
        for (Word word : transcript.words()) {
            assertTrue(word.start() >= previousEnd - 1e-6 && word.end() > word.start(), "timing of " + word);
            assertTrue(word.end() <= transcript.durationSeconds(), "inside the recording: " + word);
            assertTrue(word.confidence() > 0 && word.confidence() <= 1, "confidence of " + word);
            previousEnd = word.end();
        }
        assertTrue(transcript.words().get(transcript.words().size() - 1).end() > 40, "timings run to the end");
    }

    @Test
    void streamingGivesTheSameWordsAsBatch() throws Exception {
        Path audio = ProjectFiles.sample("career-change-james-patel.wav");
        Transcript batch = transcriber.transcribe(audio).transcript();
        List<String> partials = new ArrayList<>();

        Transcript streamed;
        try (LiveTranscription live = transcriber.startLive(partials::add);
             DecodedAudio decoded = new AudioDecoder().open(audio)) {
            short[] chunk = new short[1234];
            int count;
            while ((count = decoded.read(chunk)) > 0) {
                live.accept(chunk, count);
            }
            streamed = live.finish();
        }

        assertEquals(batch.text(), streamed.text());
        assertEquals(batch.durationSeconds(), streamed.durationSeconds(), 1e-9);
        assertTrue(partials.size() > 20, "live text updated " + partials.size() + " times");
        assertTrue(streamed.text().startsWith(partials.get(partials.size() / 2).split(" ")[0]), "partials lead into the final text");
    }

    @Test
    void silenceGivesAnEmptyTranscriptAndAWarning() throws Exception {
        short[] quietNoise = new short[16000 * 3];
        Random random = new Random(7);
        for (int i = 0; i < quietNoise.length; i++) {
            quietNoise[i] = (short) (random.nextGaussian() * 3);
        }
        Path silent = TestWav.write16(dir.resolve("silent.wav"), quietNoise, 16000);

        TranscriptionResult result = transcriber.transcribe(silent);

        assertTrue(result.transcript().isEmpty(), "heard: " + result.transcript().text());
        assertEquals(3.0, result.transcript().durationSeconds(), 0.001);
        assertEquals(List.of(VoskTranscriber.NO_SPEECH_WARNING), result.warnings());
    }

    @Test
    void cancellingStopsTheWork() {
        AtomicInteger polls = new AtomicInteger();
        Path audio = ProjectFiles.sample("intro-maria-chen.wav");

        assertThrows(CancellationException.class,
                () -> transcriber.transcribe(audio, fraction -> { }, () -> polls.incrementAndGet() > 3));
        assertEquals(4, polls.get(), "stopped at the first poll that said cancel");
    }

    @Test
    void reportsProgressFromStartToFinish() throws Exception {
        List<Double> progress = new ArrayList<>();
        transcriber.transcribe(ProjectFiles.sample("short-hello.wav"), progress::add, () -> false);

        assertTrue(progress.size() > 5);
        assertTrue(progress.get(0) < 0.5);
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void batchKeepsOrderAndTranscribesTheRestWhenOneFileFails() throws Exception {
        Path broken = Files.writeString(dir.resolve("notes.wav"), "not audio at all, just notes\n");
        List<Path> files = List.of(ProjectFiles.sample("short-hello.wav"), broken,
                ProjectFiles.librivox().resolve("sense_and_sensibility_01_austen_64kb-0880.wav"));

        List<BatchTranscription.Outcome> outcomes = new BatchTranscription(transcriber, 2).run(files);

        assertEquals(files, outcomes.stream().map(BatchTranscription.Outcome::file).toList());
        assertTrue(outcomes.get(0).result().transcript().text().contains("nurse"));
        assertFalse(outcomes.get(1).succeeded());
        assertInstanceOf(UnreadableAudioException.class, outcomes.get(1).error());
        assertTrue(outcomes.get(2).result().transcript().text().contains("young man"));
    }

    static Map<String, String> librivoxReferences() throws IOException {
        return Files.readAllLines(ProjectFiles.librivox().resolve("transcription")).stream()
                .collect(Collectors.toMap(
                        line -> line.substring(line.lastIndexOf('(') + 1, line.lastIndexOf(')')),
                        line -> line.substring(0, line.lastIndexOf('(')).replace("<s>", "").replace("</s>", "").trim(),
                        (a, b) -> a, java.util.TreeMap::new));
    }
}
