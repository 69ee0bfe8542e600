package org.introcoach.audio;

import java.util.concurrent.TimeUnit;

/**
 * Sound from a capture line, converted to 16 kHz mono. A line whose device has gone away does not
 * throw: its reads return nothing at once, for ever. After {@link #SILENT_DEVICE_MILLIS} of empty
 * reads the device is taken as lost.
 */
final class MicrophoneSource implements SoundSource {
    /** Real devices deliver a block every 10-100 ms; a full second of nothing is a lost device, not a slow one. */
    static final long SILENT_DEVICE_MILLIS = 1000;
    private static final long EMPTY_READ_BACKOFF_MILLIS = 20;

    interface Line {
        int read(byte[] buffer, int offset, int length);

        void close();
    }

    private final Line line;
    private final String name;
    private final Resampler resampler;
    private final byte[] bytes;
    private final long nanosAllowedSilent;
    private volatile boolean closed;
    private float[] pending = new float[0];
    private int pendingOffset;

    MicrophoneSource(Line line, float sampleRate, String name) {
        this(line, sampleRate, name, SILENT_DEVICE_MILLIS);
    }

    MicrophoneSource(Line line, float sampleRate, String name, long silentDeviceMillis) {
        this.line = line;
        this.name = name;
        this.resampler = new Resampler(sampleRate, AudioDecoder.TARGET_RATE);
        this.bytes = new byte[(int) (sampleRate / 10) * 2];
        this.nanosAllowedSilent = TimeUnit.MILLISECONDS.toNanos(silentDeviceMillis);
    }

    @Override
    public int read(short[] buffer) throws CaptureLostException {
        while (pendingOffset >= pending.length) {
            if (closed) {
                return -1;
            }
            int count = readSome();
            if (count < 0) {
                return -1;
            }
            float[] samples = new float[count / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
            }
            pending = resampler.isIdentity() ? samples : resampler.process(samples, samples.length);
            pendingOffset = 0;
        }
        int count = Math.min(buffer.length, pending.length - pendingOffset);
        for (int i = 0; i < count; i++) {
            float sample = Math.max(-1f, Math.min(1f, pending[pendingOffset + i]));
            buffer[i] = (short) Math.round(sample * 32767f);
        }
        pendingOffset += count;
        return count;
    }

    private int readSome() throws CaptureLostException {
        long silentSince = System.nanoTime();
        while (!closed) {
            int count = line.read(bytes, 0, bytes.length);
            if (count > 0) {
                return count - count % 2;
            }
            if (System.nanoTime() - silentSince > nanosAllowedSilent) {
                throw new CaptureLostException("The microphone '" + name
                        + "' stopped sending sound; it may have been unplugged. What was recorded so far is kept.");
            }
            try {
                Thread.sleep(EMPTY_READ_BACKOFF_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        closed = true;
        line.close();
    }
}
