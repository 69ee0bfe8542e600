package org.introcoach.delivery;

/**
 * The YIN fundamental-frequency estimator (de Cheveigné and Kawahara, "YIN, a fundamental frequency
 * estimator for speech and music", JASA 111(4), 2002), one estimate every 10 ms over 16 kHz PCM.
 *
 * <p>Steps as in the paper: the squared difference function d(τ) over a 30 ms window (step 2), its
 * cumulative mean normalisation d'(τ) (step 3), the first dip of d' under an absolute threshold
 * (step 4), parabolic interpolation around it (step 5). Two changes for speed, neither of which
 * changes what is measured: the lag search runs on the signal low-passed at 1.6 kHz and decimated to
 * 4 kHz (F0 of speech is under 450 Hz; the paper itself finds that low-pass filtering the input
 * reduces errors), with the difference
 * function summed from 10 ms blocks that three neighbouring frames share; the winning lag is then
 * refined on the full 16 kHz signal a few samples either side. Frames quieter than
 * {@value #SILENCE_DBFS} dBFS are not searched and count as unvoiced.
 */
public final class PitchTracker {
    /** Input sample rate. */
    public static final int RATE = 16_000;
    /** One estimate every 10 ms, the usual hop of speech pitch trackers (Praat, pYIN, parley). */
    public static final int HOP = 160;
    /** 30 ms: two periods of the lowest F0 searched (60 Hz), as YIN needs. */
    static final int WINDOW = 480;
    /** The F0 range searched, 60-450 Hz, covers low male to high female speaking voices. */
    public static final double MIN_HZ = 60;
    public static final double MAX_HZ = 450;
    /** YIN's absolute threshold; 0.1-0.15 is the paper's range, 0.12 measured well on speech here. */
    static final double THRESHOLD = 0.12;
    /** A frame whose best dip of d' is above this is aperiodic: unvoiced. */
    static final double VOICING_LIMIT = 0.25;
    /** Frames below this level are silence: 15 dB under quiet speech at a desk microphone. */
    static final double SILENCE_DBFS = -50;

    private static final int DECIMATION = 4;
    /** Zeros around the full-rate signal so that windows and lags never leave the array. */
    private static final int PAD = WINDOW / 2 + (int) Math.ceil(RATE / MIN_HZ) + 16;
    private static final int DECIMATED_RATE = RATE / DECIMATION;
    private static final int D_HOP = HOP / DECIMATION;
    private static final int D_WINDOW = WINDOW / DECIMATION;
    private static final int D_MAX_LAG = (int) Math.ceil(DECIMATED_RATE / MIN_HZ) + 1;
    private static final int D_MIN_LAG = (int) Math.floor(DECIMATED_RATE / MAX_HZ);
    /** A 63-tap windowed-sinc low-pass at 1.6 kHz for the 4:1 decimation. */
    private static final float[] LOW_PASS = lowPass(63, 1600.0 / RATE);

    /** F0 in Hz per frame, 0 where unvoiced; frame i is centred on sample i × {@link #HOP}. */
    public double[] track(short[] pcm, int length) {
        int frames = length == 0 ? 0 : (length + HOP - 1) / HOP;
        double[] f0 = new double[frames];
        if (frames == 0) {
            return f0;
        }
        float[] full = toFloat(pcm, length);
        boolean[] loud = loudFrames(full, frames);
        float[] padded = new float[length + 2 * PAD];
        System.arraycopy(full, 0, padded, PAD, length);
        // decimated signal, padded so that frame i's window [i·hop - W/2, i·hop + W/2) starts at i·hop
        int pad = D_WINDOW / 2;
        int blocks = frames + 2;
        float[] x = new float[pad + blocks * D_HOP + D_MAX_LAG + 1];
        decimate(padded, length, x, pad);
        boolean[] neededBlock = new boolean[blocks];
        for (int i = 0; i < frames; i++) {
            if (loud[i]) {
                neededBlock[i] = neededBlock[i + 1] = neededBlock[i + 2] = true;
            }
        }
        double[][] blockSums = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            if (neededBlock[b]) {
                blockSums[b] = blockDifference(x, b * D_HOP);
            }
        }
        double[] d = new double[D_MAX_LAG + 1];
        double[] cmnd = new double[D_MAX_LAG + 1];
        for (int i = 0; i < frames; i++) {
            if (!loud[i]) {
                continue;
            }
            for (int tau = 1; tau <= D_MAX_LAG; tau++) {
                d[tau] = blockSums[i][tau] + blockSums[i + 1][tau] + blockSums[i + 2][tau];
            }
            normalise(d, cmnd);
            int tau = pick(cmnd);
            if (tau < 0 || depth(cmnd, tau) > VOICING_LIMIT) {
                continue;
            }
            double lag = refine(padded, i * HOP, (int) Math.round(DECIMATION * interpolate(cmnd, tau)));
            double hz = RATE / lag;
            f0[i] = hz >= MIN_HZ * 0.97 && hz <= MAX_HZ * 1.03 ? hz : 0;
        }
        return f0;
    }

    /** Step 3: d'(0) = 1, d'(τ) = d(τ) / ((1/τ) Σ_{j≤τ} d(j)). */
    private static void normalise(double[] d, double[] cmnd) {
        double running = 0;
        cmnd[0] = 1;
        for (int tau = 1; tau < d.length; tau++) {
            running += d[tau];
            cmnd[tau] = running <= 0 ? 1 : d[tau] * tau / running;
        }
    }

    /**
     * Step 4: the first dip of d' under the threshold, else the deepest dip. A dip's depth is read
     * at the vertex of the parabola through it and its neighbours: at 4 kHz a period falls between
     * samples, and the sampled value alone would miss the true dip and prefer twice the period.
     */
    private static int pick(double[] cmnd) {
        int best = -1;
        double bestDepth = Double.MAX_VALUE;
        for (int tau = D_MIN_LAG; tau + 1 < cmnd.length; tau++) {
            if (cmnd[tau] > cmnd[tau - 1] || cmnd[tau] > cmnd[tau + 1]) {
                continue;
            }
            double depth = vertexValue(cmnd, tau);
            if (depth < THRESHOLD) {
                return tau;
            }
            if (depth < bestDepth) {
                best = tau;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** The dip's depth, the parabola's vertex value (never below 0). */
    static double depth(double[] cmnd, int tau) {
        return tau <= 0 || tau + 1 >= cmnd.length ? cmnd[tau] : vertexValue(cmnd, tau);
    }

    private static double vertexValue(double[] cmnd, int tau) {
        double a = cmnd[tau - 1];
        double c = cmnd[tau];
        double b = cmnd[tau + 1];
        double denominator = a - 2 * c + b;
        if (denominator <= 0) {
            return c;
        }
        double shift = Math.max(-0.5, Math.min(0.5, 0.5 * (a - b) / denominator));
        return Math.max(0, c - 0.25 * (a - b) * shift);
    }

    /** The vertex of the parabola through d'(τ-1), d'(τ), d'(τ+1). */
    private static double interpolate(double[] cmnd, int tau) {
        if (tau <= 1 || tau + 1 >= cmnd.length) {
            return tau;
        }
        double denominator = cmnd[tau - 1] - 2 * cmnd[tau] + cmnd[tau + 1];
        double shift = denominator <= 0 ? 0 : 0.5 * (cmnd[tau - 1] - cmnd[tau + 1]) / denominator;
        return tau + Math.max(-0.5, Math.min(0.5, shift));
    }

    /**
     * Step 5 at full rate: d(τ) around the decimated lag scaled up, then a parabola through the
     * lowest point and its neighbours. {@code x} is the signal with {@link #PAD} zeros either side.
     */
    private static double refine(float[] x, int centre, int approxLag) {
        int from = Math.max(2, approxLag - 3);
        int to = approxLag + 3;
        double[] d = new double[to - from + 1];
        int start = centre - WINDOW / 2 + PAD;
        int best = 0;
        for (int k = 0; k < d.length; k++) {
            int tau = from + k;
            float sum = 0;
            for (int j = start; j < start + WINDOW; j++) {
                float diff = x[j] - x[j + tau];
                sum += diff * diff;
            }
            d[k] = sum;
            if (sum < d[best]) {
                best = k;
            }
        }
        if (best == 0 || best == d.length - 1) {
            return from + best;
        }
        double left = d[best - 1];
        double mid = d[best];
        double right = d[best + 1];
        double denominator = left - 2 * mid + right;
        double shift = denominator <= 0 ? 0 : 0.5 * (left - right) / denominator;
        return from + best + Math.max(-0.5, Math.min(0.5, shift));
    }

    /** Σ over one 10 ms block of (x_j - x_{j+τ})² for every lag. */
    private static double[] blockDifference(float[] x, int start) {
        double[] sums = new double[D_MAX_LAG + 1];
        for (int tau = 1; tau <= D_MAX_LAG; tau++) {
            float sum = 0;
            for (int j = start; j < start + D_HOP; j++) {
                float diff = x[j] - x[j + tau];
                sum += diff * diff;
            }
            sums[tau] = sum;
        }
        return sums;
    }

    private static boolean[] loudFrames(float[] x, int frames) {
        boolean[] loud = new boolean[frames];
        double limit = Math.pow(10, SILENCE_DBFS / 10) * WINDOW;
        double[] prefix = Loudness.prefixEnergy(x);
        for (int i = 0; i < frames; i++) {
            int from = Math.max(0, i * HOP - WINDOW / 2);
            int to = Math.min(x.length, i * HOP + WINDOW / 2);
            loud[i] = prefix[to] - prefix[from] >= limit;
        }
        return loud;
    }

    /** Low-pass and keep every fourth sample; {@code padded} has {@link #PAD} zeros either side. */
    private static void decimate(float[] padded, int length, float[] into, int offset) {
        int half = LOW_PASS.length / 2;
        int count = Math.min(length / DECIMATION, into.length - offset);
        for (int n = 0; n < count; n++) {
            int first = PAD + DECIMATION * n - half;
            float sum = 0;
            for (int k = 0; k < LOW_PASS.length; k++) {
                sum += LOW_PASS[k] * padded[first + k];
            }
            into[offset + n] = sum;
        }
    }

    private static float[] lowPass(int taps, double cutoff) {
        double[] h = new double[taps];
        int half = taps / 2;
        double total = 0;
        for (int k = 0; k < taps; k++) {
            int n = k - half;
            double sinc = n == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * n) / (Math.PI * n);
            double blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * k / (taps - 1)) + 0.08 * Math.cos(4 * Math.PI * k / (taps - 1));
            h[k] = sinc * blackman;
            total += h[k];
        }
        float[] normalised = new float[taps];
        for (int k = 0; k < taps; k++) {
            normalised[k] = (float) (h[k] / total);
        }
        return normalised;
    }

    static float[] toFloat(short[] pcm, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = pcm[i] / 32768f;
        }
        return x;
    }
}
