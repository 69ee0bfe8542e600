package org.introcoach.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches where the voice is held on one vowel at one pitch: what a filled pause ("uhhh",
 * "ummm") sounds like, and what fluent speech almost never does, since its vowels last 50-200 ms
 * and its pitch moves from syllable to syllable.
 *
 * <p>The rule of thumb is the one the open-source speaking coach parley uses for filled pauses: at
 * least {@value #MIN_SECONDS} s voiced, with under {@value #MAX_SPREAD_SEMITONES} semitones of F0
 * spread. A third condition keeps out sustained but changing sounds ("we are all", a monotone
 * voice running through sonorants): the spectral envelope must stay put, measured as the change of
 * the first {@value #ENVELOPE_LAGS} normalised autocorrelation coefficients (a stand-in for the
 * formants) across {@value #ENVELOPE_STEP} frames; a held vowel measured here changes by under
 * 0.05, running speech by 0.1-0.3.
 */
final class HeldVowelFinder {
    static final double MIN_SECONDS = 0.4;
    static final double MAX_SPREAD_SEMITONES = 1.2;
    static final int ENVELOPE_LAGS = 8;
    static final int ENVELOPE_STEP = 4;
    static final double MAX_ENVELOPE_CHANGE = 0.08;

    List<Prosody.HeldVowel> find(float[] x, double[] f0) {
        int window = (int) Math.round(MIN_SECONDS / Prosody.FRAME_SECONDS);
        boolean[] held = new boolean[f0.length];
        double[][] envelope = new double[f0.length][];
        int runStart = -1;
        for (int i = 0; i <= f0.length; i++) {
            boolean voiced = i < f0.length && f0[i] > 0;
            if (voiced && runStart < 0) {
                runStart = i;
            } else if (!voiced && runStart >= 0) {
                if (i - runStart >= window) {
                    markHeld(x, f0, runStart, i, window, held, envelope);
                }
                runStart = -1;
            }
        }
        List<Prosody.HeldVowel> found = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            if (held[i]) {
                int from = i;
                while (i < held.length && held[i]) {
                    i++;
                }
                double median = medianHz(f0, from, i);
                double spread = spread(f0, from, i, median);
                found.add(new Prosody.HeldVowel(from * Prosody.FRAME_SECONDS, i * Prosody.FRAME_SECONDS, median, spread));
            }
        }
        return found;
    }

    private static void markHeld(float[] x, double[] f0, int from, int to, int window, boolean[] held, double[][] envelope) {
        for (int i = from; i < to; i++) {
            envelope[i] = envelope(x, i * PitchTracker.HOP);
        }
        for (int start = from; start + window <= to; start++) {
            int end = start + window;
            double median = medianHz(f0, start, end);
            if (spread(f0, start, end, median) >= MAX_SPREAD_SEMITONES) {
                continue;
            }
            double change = 0;
            int pairs = 0;
            for (int i = start; i + ENVELOPE_STEP < end; i++) {
                change += distance(envelope[i], envelope[i + ENVELOPE_STEP]);
                pairs++;
            }
            if (pairs > 0 && change / pairs < MAX_ENVELOPE_CHANGE) {
                for (int i = start; i < end; i++) {
                    held[i] = true;
                }
            }
        }
    }

    private static double[] envelope(float[] x, int centre) {
        int from = Math.max(0, centre - PitchTracker.WINDOW / 2);
        int to = Math.min(x.length, centre + PitchTracker.WINDOW / 2);
        double[] r = new double[ENVELOPE_LAGS];
        double energy = 0;
        for (int j = from; j < to; j++) {
            energy += (double) x[j] * x[j];
        }
        for (int k = 1; k <= ENVELOPE_LAGS; k++) {
            double sum = 0;
            for (int j = from; j + k < to; j++) {
                sum += (double) x[j] * x[j + k];
            }
            r[k - 1] = energy <= 0 ? 0 : sum / energy;
        }
        return r;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(sum / a.length);
    }

    private static double medianHz(double[] f0, int from, int to) {
        double[] values = java.util.Arrays.copyOfRange(f0, from, to);
        java.util.Arrays.sort(values);
        return Prosody.median(values);
    }

    private static double spread(double[] f0, int from, int to, double median) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double st = Prosody.semitones(f0[i], median);
            sum += st * st;
        }
        return Math.sqrt(sum / (to - from));
    }
}
