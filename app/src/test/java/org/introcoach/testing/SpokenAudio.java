package org.introcoach.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;

/** Speech made for tests: espeak-ng sentences, held vowels made by formant synthesis, and splices of them. */
public final class SpokenAudio {
    public static final int RATE = 16_000;

    private SpokenAudio() {
    }

    /** espeak-ng at {@code wpm} words a minute as 16 kHz samples; {@code ssml} text is read as SSML ({@code -m}). */
    public static short[] espeak(Path dir, String text, int wpm, boolean ssml) throws IOException, InterruptedException {
        Path raw = Files.createTempFile(dir, "espeak", ".raw.wav");
        Path wav = Files.createTempFile(dir, "espeak", ".wav");
        if (ssml) {
            ExternalTool.run("espeak-ng", "-m", "-v", "en-us", "-s", String.valueOf(wpm), "-g", "8", "-w", raw.toString(), text);
        } else {
            ExternalTool.run("espeak-ng", "-v", "en-us", "-s", String.valueOf(wpm), "-g", "8", "-w", raw.toString(), text);
        }
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        return read(wav);
    }

    public static short[] read(Path file) throws IOException {
        try (DecodedAudio audio = new AudioDecoder().open(file)) {
            return audio.readAll();
        }
    }

    public static short[] silence(double seconds) {
        return new short[(int) Math.round(seconds * RATE)];
    }

    /** The first three formants of "uh" (the vowel of "but") and of "ee", Hz. */
    public static final double[] UH = {700, 1220, 2600};
    public static final double[] EE = {300, 2250, 2950};

    /**
     * A held "uh" resynthesised the classic way (Klatt 1980): a glottal pulse train at {@code hz},
     * falling by a third of a semitone as a held filler does, through a cascade of resonators at the
     * vowel's first three formants, faded in and out over 30 ms.
     */
    public static short[] heldVowel(double seconds, double hz, double peak) {
        return vowel(seconds, hz, hz * Math.pow(2, -(1.0 / 3) / 12), UH, UH, peak);
    }

    /** A vowel whose pitch glides from {@code hzFrom} to {@code hzTo} and whose formants move from {@code from} to {@code to}. */
    public static short[] vowel(double seconds, double hzFrom, double hzTo, double[] from, double[] to, double peak) {
        int n = (int) Math.round(seconds * RATE);
        double[] signal = new double[n];
        double phase = 1;
        double glottal = 0;
        for (int i = 0; i < n; i++) {
            double f = hzFrom * Math.pow(hzTo / hzFrom, i / (double) n);
            phase += f / RATE;
            double pulse = 0;
            if (phase >= 1) {
                phase -= 1;
                pulse = 1;
            }
            glottal = 0.9 * glottal + pulse;
            signal[i] = glottal;
        }
        double[] bandwidths = {130, 70, 160};
        for (int k = 0; k < 3; k++) {
            signal = resonate(signal, from[k], to[k], bandwidths[k]);
        }
        double max = 0;
        double mean = java.util.Arrays.stream(signal).average().orElse(0);
        for (int i = 0; i < n; i++) {
            signal[i] -= mean;
            max = Math.max(max, Math.abs(signal[i]));
        }
        short[] out = new short[n];
        int fade = (int) (0.03 * RATE);
        for (int i = 0; i < n; i++) {
            double envelope = Math.min(1, Math.min(i, n - 1 - i) / (double) fade);
            out[i] = (short) Math.round(signal[i] / max * peak * envelope * 32767);
        }
        return out;
    }

    private static double[] resonate(double[] x, double fromHz, double toHz, double bandwidth) {
        double t = 1.0 / RATE;
        double c = -Math.exp(-2 * Math.PI * bandwidth * t);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double frequency = fromHz + (toHz - fromHz) * i / x.length;
            double b = 2 * Math.exp(-Math.PI * bandwidth * t) * Math.cos(2 * Math.PI * frequency * t);
            double a = 1 - b - c;
            y[i] = a * x[i] + b * (i > 0 ? y[i - 1] : 0) + c * (i > 1 ? y[i - 2] : 0);
        }
        return y;
    }

    public static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] all = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Peak level, 0..1. */
    public static double peak(short[] samples) {
        int max = 0;
        for (short s : samples) {
            max = Math.max(max, Math.abs(s));
        }
        return max / 32768.0;
    }
}
