package org.introcoach.audio;

import java.util.Arrays;

/**
 * Band-limited sample-rate conversion for a stream of mono samples, by windowed-sinc
 * interpolation (J. O. Smith, "Digital Audio Resampling"): each output sample is the input
 * convolved with a Kaiser-windowed sinc low-pass whose cutoff sits below the lower of the two
 * Nyquist frequencies, so downsampling does not alias and upsampling does not image.
 *
 * <p>Design figures: 80 dB stopband (Kaiser beta 7.857, D = 5.02 by Kaiser's formulas), 48 zero
 * crossings each side, which puts the transition band at D/(2*48) = 5% of the lower Nyquist
 * frequency: converting to 16 kHz keeps 0-7.2 kHz flat and rejects everything above 8 kHz by
 * 80 dB, more than the 16-bit output can carry. The sinc is tabulated with 512 points per zero
 * crossing and interpolated linearly, an error near -100 dB.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 48;
    private static final int TABLE_POINTS_PER_CROSSING = 512;
    private static final double STOPBAND_DB = 80;
    private static final double KAISER_BETA = 0.1102 * (STOPBAND_DB - 8.7);
    private static final double KAISER_D = (STOPBAND_DB - 7.95) / 14.36;
    private static final double[] FILTER = filterTable();

    private final double inputRate;
    private final double outputRate;
    private final double step;
    private final double scale;
    private final double halfWidth;

    private float[] history = new float[4096];
    private int historyLength;
    private long historyStart;
    private long outputIndex;

    public Resampler(double inputRate, double outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + inputRate + " -> " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.step = inputRate / outputRate;
        double nyquist = Math.min(inputRate, outputRate) / 2;
        double cutoff = nyquist / (1 + KAISER_D / (2.0 * ZERO_CROSSINGS));
        this.scale = 2 * cutoff / inputRate;
        this.halfWidth = ZERO_CROSSINGS / scale;
    }

    public boolean isIdentity() {
        return inputRate == outputRate;
    }

    /** Converts the next {@code length} input samples; returns the output now available. */
    public float[] process(float[] input, int length) {
        if (isIdentity()) {
            return Arrays.copyOf(input, length);
        }
        append(input, length);
        long available = historyStart + historyLength;
        return produce(available, false);
    }

    /** Ends the stream: returns the remaining output, treating the input as silent beyond its end. */
    public float[] flush() {
        if (isIdentity()) {
            return new float[0];
        }
        long inputCount = historyStart + historyLength;
        return produce(inputCount, true);
    }

    private float[] produce(long inputCount, boolean ending) {
        long total = ending
                ? (long) Math.ceil(inputCount * outputRate / inputRate - 1e-9)
                : Long.MAX_VALUE;
        float[] out = new float[estimateOutputs(inputCount)];
        int produced = 0;
        while (outputIndex < total) {
            double time = outputIndex * step;
            if (!ending && (long) Math.floor(time + halfWidth) >= inputCount) {
                break;
            }
            if (produced == out.length) {
                out = Arrays.copyOf(out, out.length * 2 + 16);
            }
            out[produced++] = (float) interpolate(time);
            outputIndex++;
        }
        discardBefore((long) Math.ceil(outputIndex * step - halfWidth));
        return produced == out.length ? out : Arrays.copyOf(out, produced);
    }

    private int estimateOutputs(long inputCount) {
        double pending = inputCount * outputRate / inputRate - outputIndex;
        return (int) Math.max(16, Math.min(Integer.MAX_VALUE - 64, pending + 16));
    }

    private double interpolate(double time) {
        long first = Math.max(historyStart, (long) Math.ceil(time - halfWidth));
        long last = Math.min(historyStart + historyLength - 1, (long) Math.floor(time + halfWidth));
        double sum = 0;
        for (long k = first; k <= last; k++) {
            sum += history[(int) (k - historyStart)] * filter(Math.abs(time - k) * scale);
        }
        return sum * scale;
    }

    private static double filter(double crossings) {
        double position = crossings * TABLE_POINTS_PER_CROSSING;
        int index = (int) position;
        if (index >= FILTER.length - 1) {
            return 0;
        }
        double fraction = position - index;
        return FILTER[index] + fraction * (FILTER[index + 1] - FILTER[index]);
    }

    private void append(float[] input, int length) {
        if (historyLength + length > history.length) {
            history = Arrays.copyOf(history, Math.max(history.length * 2, historyLength + length));
        }
        System.arraycopy(input, 0, history, historyLength, length);
        historyLength += length;
    }

    private void discardBefore(long index) {
        int drop = (int) Math.max(0, Math.min(historyLength, index - historyStart));
        if (drop > 0) {
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
            historyStart += drop;
        }
    }

    private static double[] filterTable() {
        int points = ZERO_CROSSINGS * TABLE_POINTS_PER_CROSSING + 1;
        double[] table = new double[points + 1];
        double denominator = besselI0(KAISER_BETA);
        for (int i = 0; i < points; i++) {
            double x = i / (double) TABLE_POINTS_PER_CROSSING;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double ratio = x / ZERO_CROSSINGS;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / denominator;
            table[i] = sinc * window;
        }
        return table;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
