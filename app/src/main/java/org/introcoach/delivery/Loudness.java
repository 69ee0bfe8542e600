package org.introcoach.delivery;

/** Level of the voice every 10 ms: RMS over the same 30 ms window the pitch tracker uses, in dBFS. */
final class Loudness {
    /** The floor reported for digital silence. */
    static final double FLOOR_DBFS = -100;

    private Loudness() {
    }

    static double[] track(float[] x, int frames) {
        double[] prefix = prefixEnergy(x);
        double[] db = new double[frames];
        for (int i = 0; i < frames; i++) {
            int from = Math.max(0, i * PitchTracker.HOP - PitchTracker.WINDOW / 2);
            int to = Math.min(x.length, i * PitchTracker.HOP + PitchTracker.WINDOW / 2);
            double mean = to > from ? (prefix[to] - prefix[from]) / (to - from) : 0;
            db[i] = mean <= 0 ? FLOOR_DBFS : Math.max(FLOOR_DBFS, 10 * Math.log10(mean));
        }
        return db;
    }

    static double[] prefixEnergy(float[] x) {
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + (double) x[i] * x[i];
        }
        return prefix;
    }
}
