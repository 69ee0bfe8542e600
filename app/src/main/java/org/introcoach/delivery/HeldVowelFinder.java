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
 * voice running through sonorants, a diphthong): the spectral envelope must stay put. The envelope
 * of a frame is its first {@value #ENVELOPE_LAGS} normalised autocorrelation coefficients after
 * pre-emphasis (what linear prediction fits formants to); its spread over a stretch is the mean
 * distance of the frames from their average. Measured here over 400 ms stretches: a resynthesised
 * held vowel 0.011-0.014, an "uh" gliding to "ee" 0.15-0.16, every flat voiced stretch of espeak-ng
 * and LibriVox speech in the tests 0.17-0.38. The limit, {@value #MAX_ENVELOPE_SPREAD}, leaves room
 * for the wobble of a human "uhhh", which the tests do not have.
 */
final class HeldVowelFinder {
    static final double MIN_SECONDS = 0.4;
    static final double MAX_SPREAD_SEMITONES = 1.2;
    static final int ENVELOPE_LAGS = 8;
    static final double MAX_ENVELOPE_SPREAD = 0.08;
    /** The usual first-difference pre-emphasis of speech analysis, so that the formants, not the fundamental, shape the envelope. */
    static final double PRE_EMPHASIS = 0.97;

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
            if (envelopeSpread(envelope, start, end) < MAX_ENVELOPE_SPREAD) {
                for (int i = start; i < end; i++) {
                    held[i] = true;
                }
            }
        }
    }

    /** Mean distance of the frames' envelopes from their average over [from, to). */
    static double envelopeSpread(double[][] envelope, int from, int to) {
        double[] mean = new double[ENVELOPE_LAGS];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < ENVELOPE_LAGS; k++) {
                mean[k] += envelope[i][k] / (to - from);
            }
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += distance(envelope[i], mean);
        }
        return sum / (to - from);
    }

    private static double[] envelope(float[] x, int centre) {
        int from = Math.max(0, centre - PitchTracker.WINDOW / 2);
        int to = Math.min(x.length, centre + PitchTracker.WINDOW / 2);
        double[] e = new double[Math.max(0, to - from - 1)];
        for (int j = 0; j < e.length; j++) {
            e[j] = x[from + j + 1] - PRE_EMPHASIS * x[from + j];
        }
        double[] r = new double[ENVELOPE_LAGS];
        double energy = 0;
        for (double sample : e) {
            energy += sample * sample;
        }
        for (int k = 1; k <= ENVELOPE_LAGS; k++) {
            double sum = 0;
            for (int j = 0; j + k < e.length; j++) {
                sum += e[j] * e[j + k];
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
