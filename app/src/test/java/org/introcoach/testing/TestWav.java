package org.introcoach.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes WAV files byte by byte, independently of the code under test. */
public final class TestWav {
    public static final int PCM = 1;
    public static final int FLOAT = 3;
    public static final int EXTENSIBLE = 0xFFFE;

    private TestWav() {
    }

    public static double[] sine(double frequency, double rate, double seconds, double amplitude) {
        double[] samples = new double[(int) Math.round(rate * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = amplitude * Math.sin(2 * Math.PI * frequency * i / rate);
        }
        return samples;
    }

    /** Writes {@code mono} to every channel with the given encoding; {@code bits} is 8, 16, 24, 32 or 64. */
    public static Path write(Path file, double[] mono, int rate, int channels, int bits, int formatTag) throws IOException {
        int bytes = bits / 8;
        ByteBuffer data = ByteBuffer.allocate(mono.length * channels * bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean floating = formatTag == FLOAT;
        for (double sample : mono) {
            for (int c = 0; c < channels; c++) {
                putSample(data, sample, bits, floating);
            }
        }
        Files.write(file, riff(formatTag, channels, rate, bits, data.array(), data.capacity()));
        return file;
    }

    public static Path write16(Path file, short[] samples, int rate) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            data.putShort(sample);
        }
        Files.write(file, riff(PCM, 1, rate, 16, data.array(), data.capacity()));
        return file;
    }

    /** A complete RIFF WAVE file; {@code declaredDataSize} may differ from the data actually given. */
    public static byte[] riff(int formatTag, int channels, int rate, int bits, byte[] data, long declaredDataSize) {
        boolean extensible = formatTag == EXTENSIBLE;
        int fmtSize = extensible ? 40 : 16;
        ByteBuffer header = ByteBuffer.allocate(12 + 8 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = channels * bits / 8;
        header.put("RIFF".getBytes()).putInt((int) (4 + 8 + fmtSize + 8 + data.length)).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(fmtSize).putShort((short) formatTag).putShort((short) channels)
                .putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        if (extensible) {
            header.putShort((short) 22).putShort((short) bits).putInt(channels == 2 ? 3 : 4)
                    .putShort((short) PCM).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        header.put("data".getBytes()).putInt((int) declaredDataSize);
        byte[] file = new byte[header.capacity() + data.length];
        System.arraycopy(header.array(), 0, file, 0, header.capacity());
        System.arraycopy(data, 0, file, header.capacity(), data.length);
        return file;
    }

    private static void putSample(ByteBuffer data, double sample, int bits, boolean floating) {
        if (floating) {
            if (bits == 32) {
                data.putFloat((float) sample);
            } else {
                data.putDouble(sample);
            }
            return;
        }
        switch (bits) {
            case 8 -> data.put((byte) (Math.round(sample * 127) + 128));
            case 16 -> data.putShort((short) Math.round(sample * 32767));
            case 24 -> {
                int value = (int) Math.round(sample * 8388607);
                data.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
            }
            case 32 -> data.putInt((int) Math.round(sample * 2147483647.0));
            default -> throw new IllegalArgumentException(bits + " bits");
        }
    }
}
