package org.introcoach.audio;

/** The byte layout of interleaved PCM frames. */
record PcmLayout(SampleEncoding encoding, int bytesPerSample, int channels, float sampleRate,
                 boolean bigEndian) {

    int frameSize() {
        return bytesPerSample * channels;
    }

    String describe() {
        return switch (encoding) {
            case SIGNED_INT, UNSIGNED_INT -> (bytesPerSample * 8) + "-bit PCM";
            case FLOAT -> (bytesPerSample * 8) + "-bit float";
            case A_LAW -> "A-law";
            case MU_LAW -> "µ-law";
        };
    }
}
