package org.introcoach.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.SpokenAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProsodyMeterTest {
    private static final int RATE = PitchTracker.RATE;
    private final ProsodyMeter meter = new ProsodyMeter();

    /** A voice-like tone: the fundamental and four harmonics falling off at 6 dB an octave. */
    private static short[] tone(java.util.function.DoubleUnaryOperator hzAt, double seconds) {
        int n = (int) (seconds * RATE);
        short[] out = new short[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            phase += 2 * Math.PI * hzAt.applyAsDouble(i / (double) RATE) / RATE;
            double sample = 0;
            for (int k = 1; k <= 5; k++) {
                sample += Math.sin(k * phase) / k;
            }
            out[i] = (short) Math.round(sample * 0.25 * 32767);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {65, 100, 140, 210, 300, 440})
    void steadyTonesAreTrackedWithinOnePercent(double hz) {
        Prosody prosody = meter.measure(tone(t -> hz, 1.0));
        int voiced = 0;
        for (int i = 3; i < prosody.frames() - 3; i++) {
            assertEquals(hz, prosody.f0(i), hz * 0.01, "frame " + i);
            voiced++;
        }
        assertTrue(voiced >= 90);
    }

    @Test
    void aGlideIsFollowedWithinOnePercent() {
        // 90 Hz to 360 Hz over two seconds, exponentially: two octaves, a semitone every 83 ms
        java.util.function.DoubleUnaryOperator glide = t -> 90 * Math.pow(4, t / 2);
        Prosody prosody = meter.measure(tone(glide, 2.0));
        double worst = 0;
        for (int i = 3; i < prosody.frames() - 3; i++) {
            double expected = glide.applyAsDouble(i * Prosody.FRAME_SECONDS);
            assertTrue(prosody.voiced(i), "frame " + i);
            worst = Math.max(worst, Math.abs(prosody.f0(i) - expected) / expected);
        }
        assertTrue(worst < 0.01, "worst error " + worst);
    }

    @Test
    void aFallingGlideAsIntonationIsFollowedWithinOnePercent() {
        java.util.function.DoubleUnaryOperator fall = t -> 220 - 60 * t;
        Prosody prosody = meter.measure(tone(fall, 1.5));
        for (int i = 3; i < prosody.frames() - 3; i++) {
            double expected = fall.applyAsDouble(i * Prosody.FRAME_SECONDS);
            assertEquals(expected, prosody.f0(i), expected * 0.01, "frame " + i);
        }
    }

    @Test
    void silenceAndNoiseAreUnvoiced() {
        short[] noise = new short[RATE];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) (random.nextGaussian() * 3000);
        }
        Prosody prosody = meter.measure(SpokenAudio.concat(SpokenAudio.silence(1), noise));
        long voiced = java.util.stream.IntStream.range(0, prosody.frames()).filter(prosody::voiced).count();
        assertTrue(voiced <= prosody.frames() / 20, voiced + " of " + prosody.frames() + " frames voiced");
        assertEquals(List.of(), prosody.heldVowels());
        assertEquals(0, prosody.medianHz());
    }

    @Test
    void aHeldVowelIsFoundWithItsTimes() {
        short[] speechless = SpokenAudio.silence(0.8);
        Prosody prosody = meter.measure(SpokenAudio.concat(speechless, SpokenAudio.heldVowel(0.6, 120, 0.4), speechless));
        assertEquals(1, prosody.heldVowels().size(), prosody.heldVowels().toString());
        Prosody.HeldVowel held = prosody.heldVowels().get(0);
        assertEquals(0.8, held.start(), 0.05);
        assertEquals(1.4, held.end(), 0.05);
        assertEquals(120, held.medianHz(), 2);
    }

    @Test
    void aVowelWhosePitchRisesIsNotHeld() {
        // voiced and long, but rising eight semitones in half a second, like an accented syllable
        short[] rising = SpokenAudio.vowel(0.6, 110, 110 * Math.pow(2, 8 / 12.0), SpokenAudio.UH, SpokenAudio.UH, 0.4);
        assertEquals(List.of(), meter.measure(SpokenAudio.concat(SpokenAudio.silence(0.3), rising)).heldVowels());
    }

    @Test
    void aVowelThatChangesIsNotHeldEvenOnOnePitch() {
        // "uh" gliding to "ee" (the diphthong of "my") on a monotone 110 Hz: a word, not a filler
        short[] glide = SpokenAudio.vowel(0.6, 110, 110, SpokenAudio.UH, SpokenAudio.EE, 0.4);
        assertEquals(List.of(), meter.measure(SpokenAudio.concat(SpokenAudio.silence(0.3), glide)).heldVowels());
    }

    @Test
    void peopleReadingAloudLandInTheHumanRange() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(ProjectFiles.librivox())) {
            files = list.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
        short[][] all = new short[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            all[i] = SpokenAudio.read(files.get(i));
        }
        Prosody prosody = meter.measure(SpokenAudio.concat(all));
        double median = prosody.medianHz();
        double spread = prosody.spreadSemitones(0, prosody.frames(), median);
        System.out.printf("LibriVox, five sentences: median %.0f Hz, spread %.2f semitones, %.1f s voiced, level varies %.1f dB%n",
                median, spread, prosody.voicedSeconds(), prosody.loudnessVariationDb());
        assertTrue(spread >= 2.3 && spread <= 4.7, "spread " + spread);
        assertTrue(median > 70 && median < 160, "a man's speaking voice, median " + median);
        assertTrue(prosody.voicedSeconds() > 8, "voiced " + prosody.voicedSeconds());
    }
}
