package org.introcoach.speech;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.introcoach.testing.WordErrorRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8 kHz recordings (phone calls, voice-memo exports) must be recognised as well through
 * IntroCoach's own import as after converting them to 16 kHz with sox: the two word error rates,
 * summed over every telephone variant of real human speech, within half a point.
 *
 * <p>The speech is the five LibriVox sentences and the five "cards" utterances of Debian's
 * pocketsphinx-testdata (92 words), each made into five 8 kHz files the way phones and exports
 * make them: 16-bit PCM, mu-law and A-law WAV, the telephone band (300-3400 Hz) as PCM WAV and as
 * mu-law AU. That is 460 reference words, so half a point is two words. sox runs with -D (no
 * dither) so both sides are the same on every run.
 */
class TelephoneRateTest {
    private static final double TOLERANCE = 0.005;

    @Test
    void eightKilohertzSpeechIsRecognisedAsWellAsAfterSoxConversion(@TempDir Path dir) throws Exception {
        Map<Path, String> speech = new LinkedHashMap<>();
        TranscriptionTest.librivoxReferences().forEach((id, text) -> speech.put(ProjectFiles.librivox().resolve(id + ".wav"), text));
        Path cards = ProjectFiles.librivox().resolveSibling("cards");
        for (String line : Files.readAllLines(cards.resolve("cards.transcription"))) {
            String id = line.substring(line.lastIndexOf('(') + 1, line.lastIndexOf(')'));
            speech.put(cards.resolve(id + ".wav"), line.substring(0, line.lastIndexOf('(')).replace("<s>", "").replace("</s>", "").trim());
        }

        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("pcm.wav", List.of("-r", "8000", "-b", "16"));
        variants.put("ulaw.wav", List.of("-r", "8000", "-e", "u-law"));
        variants.put("alaw.wav", List.of("-r", "8000", "-e", "a-law"));
        variants.put("band.wav", List.of("-r", "8000", "-b", "16"));
        variants.put("band-ulaw.au", List.of("-r", "8000", "-e", "u-law"));

        List<Path> ours = new ArrayList<>();
        List<Path> soxs = new ArrayList<>();
        List<String> references = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Path, String> sentence : speech.entrySet()) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                Path file = dir.resolve(index + "-" + variant.getKey());
                List<String> convert = new ArrayList<>(List.of("sox", "-D", sentence.getKey().toString()));
                convert.addAll(variant.getValue());
                convert.add(file.toString());
                if (variant.getKey().startsWith("band")) {
                    convert.addAll(List.of("sinc", "300-3400"));
                }
                ExternalTool.run(convert.toArray(String[]::new));
                Path bySox = dir.resolve(index + "-" + variant.getKey() + ".sox16k.wav");
                ExternalTool.run("sox", "-D", file.toString(), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", bySox.toString());
                ours.add(file);
                soxs.add(bySox);
                references.add(sentence.getValue());
            }
            index++;
        }
        List<Path> all = new ArrayList<>(ours);
        all.addAll(soxs);
        List<BatchTranscription.Outcome> outcomes = new BatchTranscription(TestSpeech.transcriber(), 2).run(all);

        int words = 0;
        int ourErrors = 0;
        int soxErrors = 0;
        for (int i = 0; i < ours.size(); i++) {
            words += WordErrorRate.words(references.get(i)).size();
            ourErrors += WordErrorRate.errors(references.get(i), outcomes.get(i).result().transcript().text());
            soxErrors += WordErrorRate.errors(references.get(i), outcomes.get(i + ours.size()).result().transcript().text());
        }
        double ourWer = ourErrors / (double) words;
        double soxWer = soxErrors / (double) words;
        String report = "8 kHz speech, %d words: through IntroCoach %.2f%% word errors, converted by sox first %.2f%%"
                .formatted(words, 100 * ourWer, 100 * soxWer);
        System.out.println(report);
        assertTrue(Math.abs(ourWer - soxWer) <= TOLERANCE, report);
    }
}
