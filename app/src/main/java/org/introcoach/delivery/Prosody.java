package org.introcoach.delivery;

import java.util.Arrays;
import java.util.List;

/**
 * How a take sounded, frame by frame: F0 and level every {@link #FRAME_SECONDS} s, and the held,
 * flat vowels that may be filled pauses. Frame i is centred at i × {@link #FRAME_SECONDS} s.
 *
 * @param f0Hz       fundamental frequency per frame, 0 where unvoiced
 * @param loudnessDb level per frame in dBFS
 * @param heldVowels held, flat, voiced stretches in time order (see {@link HeldVowelFinder})
 */
public record Prosody(double[] f0Hz, double[] loudnessDb, List<HeldVowel> heldVowels) {
    public static final double FRAME_SECONDS = (double) PitchTracker.HOP / PitchTracker.RATE;

    /**
     * A stretch of voice held on one pitch and one vowel.
     *
     * @param spreadSemitones spread of F0 around its own median, as {@link Prosody#spreadSemitones}
     */
    public record HeldVowel(double start, double end, double medianHz, double spreadSemitones) {
        public double seconds() {
            return end - start;
        }
    }

    public Prosody {
        if (f0Hz.length != loudnessDb.length) {
            throw new IllegalArgumentException("one level per pitch frame");
        }
        f0Hz = f0Hz.clone();
        loudnessDb = loudnessDb.clone();
        heldVowels = List.copyOf(heldVowels);
    }

    public int frames() {
        return f0Hz.length;
    }

    public double f0(int frame) {
        return f0Hz[frame];
    }

    public double loudness(int frame) {
        return loudnessDb[frame];
    }

    public boolean voiced(int frame) {
        return f0Hz[frame] > 0;
    }

    /** The frame nearest to a time, clamped to the take. */
    public int frameAt(double seconds) {
        return Math.max(0, Math.min(frames(), (int) Math.round(seconds / FRAME_SECONDS)));
    }

    public double voicedSeconds() {
        return Arrays.stream(f0Hz).filter(f -> f > 0).count() * FRAME_SECONDS;
    }

    /** Median F0 of the voiced frames in [from, to), or 0 when none is voiced. */
    public double medianHz(int from, int to) {
        double[] voiced = Arrays.stream(f0Hz, from, to).filter(f -> f > 0).sorted().toArray();
        return voiced.length == 0 ? 0 : median(voiced);
    }

    public double medianHz() {
        return medianHz(0, frames());
    }

    /**
     * Spread of F0 in semitones over the voiced frames in [from, to): the root-mean-square distance
     * of 12·log2(F0 / reference) from 0, i.e. the standard deviation around the reference when it is
     * the median. This is the measure of Hincks and Edlund (Language Learning &amp; Technology 13(3),
     * 2009), and semitones make men's and women's voices comparable (Traunmüller and Eriksson 1995).
     * Returns 0 with fewer than two voiced frames.
     */
    public double spreadSemitones(int from, int to, double referenceHz) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (f0Hz[i] > 0) {
                double st = semitones(f0Hz[i], referenceHz);
                sum += st * st;
                count++;
            }
        }
        return count < 2 ? 0 : Math.sqrt(sum / count);
    }

    /** Standard deviation of the level of the voiced frames, dB; 0 with fewer than two. */
    public double loudnessVariationDb() {
        double[] levels = voicedLevels(0, frames());
        if (levels.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(levels).average().orElse(0);
        return Math.sqrt(Arrays.stream(levels).map(l -> (l - mean) * (l - mean)).sum() / levels.length);
    }

    /** Median level of all voiced frames, dBFS, or NaN when none is voiced. */
    public double medianLoudnessDb() {
        return medianLoudnessDb(0, frames());
    }

    /** Median level of the voiced frames in [from, to), dBFS, or NaN when none is voiced. */
    public double medianLoudnessDb(int from, int to) {
        double[] levels = voicedLevels(from, to);
        Arrays.sort(levels);
        return levels.length == 0 ? Double.NaN : median(levels);
    }

    private double[] voicedLevels(int from, int to) {
        return java.util.stream.IntStream.range(from, to).filter(this::voiced).mapToDouble(i -> loudnessDb[i]).toArray();
    }

    public static double semitones(double hz, double referenceHz) {
        return 12 * Math.log(hz / referenceHz) / Math.log(2);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
