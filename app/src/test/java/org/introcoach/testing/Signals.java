package org.introcoach.testing;

/** Measurements on sampled signals. */
public final class Signals {
    private Signals() {
    }

    /** Amplitude of the {@code frequency} component over {@code [from, to)} (Goertzel, Hann-windowed). */
    public static double amplitudeAt(short[] samples, int from, int to, double frequency, double rate) {
        double[] values = new double[to - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = samples[from + i] / 32767.0;
        }
        return amplitudeAt(values, frequency, rate);
    }

    public static double amplitudeAt(double[] samples, double frequency, double rate) {
        int n = samples.length;
        double omega = 2 * Math.PI * frequency / rate;
        double real = 0;
        double imaginary = 0;
        double windowSum = 0;
        for (int i = 0; i < n; i++) {
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            windowSum += window;
            real += samples[i] * window * Math.cos(omega * i);
            imaginary -= samples[i] * window * Math.sin(omega * i);
        }
        return 2 * Math.hypot(real, imaginary) / windowSum;
    }

    public static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double value = samples[i] / 32767.0;
            sum += value * value;
        }
        return Math.sqrt(sum / (to - from));
    }

    public static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
