package org.introcoach.audio;

/** Turns interleaved PCM bytes into mono samples in [-1, 1], averaging the channels. */
final class PcmFrameDecoder {
    private final PcmLayout layout;
    private final double fullScale;

    PcmFrameDecoder(PcmLayout layout) {
        this.layout = layout;
        this.fullScale = Math.pow(2, layout.bytesPerSample() * 8 - 1);
    }

    /** Decodes {@code frames} whole frames from {@code bytes} into {@code out}. */
    void decode(byte[] bytes, int frames, float[] out) {
        int channels = layout.channels();
        int width = layout.bytesPerSample();
        int position = 0;
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += sample(bytes, position);
                position += width;
            }
            out[frame] = (float) (sum / channels);
        }
    }

    private double sample(byte[] bytes, int offset) {
        return switch (layout.encoding()) {
            case SIGNED_INT -> signed(bytes, offset) / fullScale;
            case UNSIGNED_INT -> ((bytes[offset] & 0xff) - 128) / 128.0;
            case FLOAT -> layout.bytesPerSample() == 4
                    ? Float.intBitsToFloat((int) unsignedBits(bytes, offset))
                    : Double.longBitsToDouble(unsignedBits(bytes, offset));
            case A_LAW -> G711.alawToLinear(bytes[offset]) / 32768.0;
            case MU_LAW -> G711.ulawToLinear(bytes[offset]) / 32768.0;
        };
    }

    private long signed(byte[] bytes, int offset) {
        int bits = layout.bytesPerSample() * 8;
        long value = unsignedBits(bytes, offset);
        return (value << (64 - bits)) >> (64 - bits);
    }

    private long unsignedBits(byte[] bytes, int offset) {
        int width = layout.bytesPerSample();
        long value = 0;
        for (int i = 0; i < width; i++) {
            int index = layout.bigEndian() ? offset + i : offset + width - 1 - i;
            value = (value << 8) | (bytes[index] & 0xff);
        }
        return value;
    }

    /** ITU-T G.711 companding, as in the reference decoder. */
    static final class G711 {
        private G711() {
        }

        static int ulawToLinear(byte encoded) {
            int u = ~encoded & 0xff;
            int magnitude = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
            return (u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84;
        }

        static int alawToLinear(byte encoded) {
            int a = (encoded ^ 0x55) & 0xff;
            int magnitude = (a & 0x0f) << 4;
            int segment = (a & 0x70) >> 4;
            magnitude = switch (segment) {
                case 0 -> magnitude + 8;
                case 1 -> magnitude + 0x108;
                default -> (magnitude + 0x108) << (segment - 1);
            };
            return (a & 0x80) != 0 ? magnitude : -magnitude;
        }
    }
}
