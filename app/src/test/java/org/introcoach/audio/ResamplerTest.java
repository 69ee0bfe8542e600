package org.introcoach.audio;

import static org.introcoach.testing.Signals.amplitudeAt;
import static org.introcoach.testing.Signals.decibels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

    @ParameterizedTest(name = "{0} Hz -> 16 kHz keeps a {1} Hz tone")
    @CsvSource({"44100, 1000", "48000, 3000", "96000, 6500", "8000, 3000", "22050, 440", "11025, 5000", "32000, 7000"})
    void keepsTonesInThePassband(int inputRate, double frequency) {
        double[] output = resample(TestWav.sine(frequency, inputRate, 1.0, 0.5), inputRate, 16000);
        double[] steady = Arrays.copyOfRange(output, 2000, 14000);
        assertEquals(0.5, amplitudeAt(steady, frequency, 16000), 0.5 * 0.012, "passband gain within 0.1 dB");
    }

    @ParameterizedTest(name = "{0} Hz -> 16 kHz rejects a {1} Hz tone that would alias to {2} Hz")
    @CsvSource({"48000, 12000, 4000", "44100, 9000, 7000", "96000, 20000, 4000", "44100, 15000, 1000"})
    void rejectsWhatWouldAlias(int inputRate, double frequency, double alias) {
        double[] output = resample(TestWav.sine(frequency, inputRate, 1.0, 0.5), inputRate, 16000);
        double[] steady = Arrays.copyOfRange(output, 2000, 14000);
        double level = decibels(amplitudeAt(steady, alias, 16000) / 0.5);
        assertTrue(level < -70, "alias at " + alias + " Hz only " + level + " dB down");
    }

    /**
     * Upsampling must cut off at the input's Nyquist frequency, not the output's: a 3 kHz tone at
     * 8 kHz has its first image at 5 kHz, and nothing of it may be left anywhere between 4 and 8 kHz.
     */
    @ParameterizedTest(name = "{0} Hz -> 16 kHz leaves no image of a {1} Hz tone above -80 dB")
    @CsvSource({"8000, 3000", "8000, 1000", "11025, 5000", "12000, 2000"})
    void upsamplingLeavesNoImages(int inputRate, double frequency) {
        double[] output = resample(TestWav.sine(frequency, inputRate, 1.0, 0.5), inputRate, 16000);
        double[] steady = Arrays.copyOfRange(output, 2000, 14000);
        double worst = Double.NEGATIVE_INFINITY;
        double worstAt = 0;
        for (double probe = inputRate / 2.0; probe < 8000; probe += 10) {
            double level = decibels(amplitudeAt(steady, probe, 16000) / 0.5);
            if (level > worst) {
                worst = level;
                worstAt = probe;
            }
        }
        assertTrue(worst < -80, "image at " + worstAt + " Hz only " + worst + " dB down");
    }

    @Test
    void producesTheLengthTheRatesImply() {
        assertEquals(16000, resample(new double[44100], 44100, 16000).length);
        assertEquals(1162, resample(new double[3201], 44100, 16000).length);
        assertEquals(32000, resample(new double[16000], 8000, 16000).length);
    }

    @Test
    void chunkedInputGivesTheSameOutputAsOneBlock() {
        double[] input = TestWav.sine(440, 44100, 0.5, 0.8);
        float[] whole = toFloats(resample(input, 44100, 16000));
        Resampler resampler = new Resampler(44100, 16000);
        float[] chunked = new float[0];
        int offset = 0;
        int[] sizes = {1, 7, 100, 1023, 4096, 17};
        for (int i = 0; offset < input.length; i++) {
            int size = Math.min(sizes[i % sizes.length], input.length - offset);
            float[] chunk = toFloats(Arrays.copyOfRange(input, offset, offset + size));
            chunked = concat(chunked, resampler.process(chunk, size));
            offset += size;
        }
        chunked = concat(chunked, resampler.flush());
        assertArrayEquals(whole, chunked, 1e-6f);
    }

    @Test
    void sameRatePassesSamplesThrough() {
        Resampler resampler = new Resampler(16000, 16000);
        float[] input = {0.1f, -0.2f, 0.3f};
        assertArrayEquals(input, resampler.process(input, 3));
        assertEquals(0, resampler.flush().length);
    }

    static double[] resample(double[] input, int inputRate, int outputRate) {
        Resampler resampler = new Resampler(inputRate, outputRate);
        float[] out = concat(resampler.process(toFloats(input), input.length), resampler.flush());
        double[] result = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            result[i] = out[i];
        }
        return result;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
