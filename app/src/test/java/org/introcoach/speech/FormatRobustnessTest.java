package org.introcoach.speech;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Recognition must not depend on the file format: each variant of the same speech, read by
 * IntroCoach, must transcribe as well as the same variant converted to 16 kHz by sox. sox runs
 * with -D (no dither) so that its reference is the same on every run.
 */
class FormatRobustnessTest {
    /**
     * Allowed extra word error rate over sox's conversion: two words of the 71. Equally good
     * conversions (sox's default and its very-high-quality mode) differed by up to one word here.
     */
    private static final double TOLERANCE = 2.0 / 71;

    @Test
    void everyFormatTranscribesAsWellAsSoxConversion(@TempDir Path dir) throws Exception {
        Map<String, String> references = TranscriptionTest.librivoxReferences();
        List<String> command = new ArrayList<>(List.of("sox", "-D"));
        references.keySet().forEach(id -> command.add(ProjectFiles.librivox().resolve(id + ".wav").toString()));
        Path speech = dir.resolve("speech.wav");
        command.add(speech.toString());
        ExternalTool.run(command.toArray(String[]::new));
        String reference = String.join(" ", references.values());

        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("8k.wav", List.of("-r", "8000", "-b", "16"));
        variants.put("44k-stereo-24bit.wav", List.of("-r", "44100", "-c", "2", "-b", "24"));
        variants.put("48k.wav", List.of("-r", "48000", "-b", "16"));
        variants.put("22k-float.wav", List.of("-r", "22050", "-e", "floating-point", "-b", "32"));
        variants.put("44k.flac", List.of("-r", "44100", "-c", "2", "-b", "16"));
        variants.put("44k.mp3", List.of("-r", "44100", "-c", "2", "-C", "128"));

        List<Path> ours = new ArrayList<>();
        List<Path> soxs = new ArrayList<>();
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
            Path file = dir.resolve(variant.getKey());
            List<String> convert = new ArrayList<>(List.of("sox", "-D", speech.toString()));
            convert.addAll(variant.getValue());
            convert.add(file.toString());
            ExternalTool.run(convert.toArray(String[]::new));
            Path bySox = dir.resolve(variant.getKey() + ".sox16k.wav");
            ExternalTool.run("sox", "-D", file.toString(), "-r", "16000", "-c", "1", "-b", "16", bySox.toString());
            ours.add(file);
            soxs.add(bySox);
        }
        List<Path> all = new ArrayList<>(ours);
        all.addAll(soxs);
        List<BatchTranscription.Outcome> outcomes = new BatchTranscription(TestSpeech.transcriber(), 2).run(all);

        StringBuilder report = new StringBuilder();
        boolean allWithin = true;
        for (int i = 0; i < ours.size(); i++) {
            double ourWer = WordErrorRate.of(reference, outcomes.get(i).result().transcript().text());
            double soxWer = WordErrorRate.of(reference, outcomes.get(i + ours.size()).result().transcript().text());
            report.append("%s: ours %.3f, sox %.3f%n".formatted(ours.get(i).getFileName(), ourWer, soxWer));
            allWithin &= ourWer <= soxWer + TOLERANCE;
        }
        System.out.print(report);
        assertTrue(allWithin, report.toString());
    }
}
