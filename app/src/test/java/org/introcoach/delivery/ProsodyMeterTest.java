package org.introcoach.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProsodyMeterTest {
    private final ProsodyMeter meter = new ProsodyMeter();

    @Test
    void explore(@TempDir Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(ProjectFiles.librivox())) {
            files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".wav")).sorted().toList());
        }
        Path flat = dir.resolve("flat.wav");
        espeak(dir, "<speak><prosody range=\"0\">Hello, I am Maria Chen. I studied computer science at the University of Washington, and I work at Stripe.</prosody></speak>", flat, true);
        Path normal = dir.resolve("normal.wav");
        espeak(dir, "Hello, I am Maria Chen. I studied computer science at the University of Washington, and I work at Stripe.", normal, false);
        files.add(flat);
        files.add(normal);
        files.add(ProjectFiles.sample("intro-maria-chen.wav"));
        short[] longest = read(ProjectFiles.sample("intro-maria-chen.wav"));
        short[] ninety = java.util.Arrays.copyOf(longest, 90 * 16000);
        System.arraycopy(longest, 0, ninety, longest.length, 90 * 16000 - longest.length);
        for (int k = 0; k < 8; k++) {
            long a = System.nanoTime();
            new PitchTracker().track(ninety, ninety.length);
            long b = System.nanoTime();
            meter.measure(ninety);
            long c = System.nanoTime();
            System.out.printf("90 s: pitch %d ms, all %d ms%n", (b - a) / 1_000_000, (c - b) / 1_000_000);
        }
        for (Path file : files) {
            short[] pcm = read(file);
            long t0 = System.nanoTime();
            Prosody p = meter.measure(pcm);
            long t1 = System.nanoTime();
            double median = p.medianHz();
            System.out.printf("%s: %.1f s, voiced %.1f s, median %.0f Hz, spread %.2f st, loudness var %.1f dB, held %s, %d ms%n",
                    file.getFileName(), pcm.length / 16000.0, p.voicedSeconds(), median, p.spreadSemitones(0, p.frames(), median),
                    p.loudnessVariationDb(), p.heldVowels(), (t1 - t0) / 1_000_000);
        }
    }

    static void espeak(Path dir, String text, Path out, boolean ssml) throws Exception {
        Path raw = dir.resolve("raw-" + out.getFileName());
        if (ssml) {
            ExternalTool.run("espeak-ng", "-m", "-v", "en-us", "-w", raw.toString(), text);
        } else {
            ExternalTool.run("espeak-ng", "-v", "en-us", "-w", raw.toString(), text);
        }
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString());
    }

    static short[] read(Path file) throws IOException {
        try (DecodedAudio audio = new AudioDecoder().open(file)) {
            return audio.readAll();
        }
    }
}
