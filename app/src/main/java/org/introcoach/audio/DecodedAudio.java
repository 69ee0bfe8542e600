package org.introcoach.audio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * An open audio file delivered as 16 kHz mono 16-bit samples, a block at a time, so that files of
 * any length stream through in bounded memory.
 */
public final class DecodedAudio implements Closeable {
    private static final int FRAMES_PER_BLOCK = 8192;

    private final Path file;
    private final AudioInfo info;
    private final InputStream pcm;
    private final PcmLayout layout;
    private final PcmFrameDecoder decoder;
    private final Resampler resampler;
    private final DoubleSupplier progress;
    private final byte[] raw;
    private final float[] mono;
    private float[] pending = new float[0];
    private int pendingPosition;
    private boolean sourceEnded;
    private boolean flushed;
    private long framesRead;

    DecodedAudio(Path file, AudioInfo info, InputStream pcm, PcmLayout layout, DoubleSupplier progress) {
        this.file = file;
        this.info = info;
        this.pcm = pcm;
        this.layout = layout;
        this.decoder = new PcmFrameDecoder(layout);
        this.resampler = new Resampler(layout.sampleRate(), AudioDecoder.TARGET_RATE);
        this.progress = progress;
        this.raw = new byte[FRAMES_PER_BLOCK * layout.frameSize()];
        this.mono = new float[FRAMES_PER_BLOCK];
    }

    public AudioInfo info() {
        return info;
    }

    public Path file() {
        return file;
    }

    /** How much of the file has been read, from 0 to 1. */
    public double progress() {
        return sourceEnded ? 1 : Math.max(0, Math.min(1, progress.getAsDouble()));
    }

    /**
     * Fills {@code buffer} with up to its length of 16 kHz mono samples.
     *
     * @return the number of samples written, or -1 at the end of the audio
     */
    public int read(short[] buffer) throws IOException {
        int written = 0;
        while (written < buffer.length) {
            if (pendingPosition == pending.length && !refill()) {
                break;
            }
            int count = Math.min(buffer.length - written, pending.length - pendingPosition);
            for (int i = 0; i < count; i++) {
                buffer[written + i] = toShort(pending[pendingPosition + i]);
            }
            pendingPosition += count;
            written += count;
        }
        return written == 0 ? -1 : written;
    }

    private boolean refill() throws IOException {
        if (flushed) {
            return false;
        }
        pendingPosition = 0;
        if (sourceEnded) {
            pending = resampler.flush();
            flushed = true;
            return pending.length > 0;
        }
        int bytes = readFully(raw);
        int frames = bytes / layout.frameSize();
        if (bytes < raw.length) {
            sourceEnded = true;
        }
        decoder.decode(raw, frames, mono);
        framesRead += frames;
        pending = resampler.process(mono, frames);
        return true;
    }

    private int readFully(byte[] target) throws IOException {
        int total = 0;
        try {
            while (total < target.length) {
                int count = pcm.read(target, total, target.length - total);
                if (count < 0) {
                    break;
                }
                total += count;
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAudioException(file, "the %s data is corrupt after %.1f s"
                    .formatted(info.container(), framesRead / (double) layout.sampleRate()), e);
        }
        return total;
    }

    /** Everything not yet read, in one array: for files known to be short, not for streaming. */
    public short[] readAll() throws IOException {
        short[] all = new short[AudioDecoder.TARGET_RATE * 60];
        short[] chunk = new short[8192];
        int length = 0;
        int count;
        while ((count = read(chunk)) > 0) {
            if (length + count > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, length + count));
            }
            System.arraycopy(chunk, 0, all, length, count);
            length += count;
        }
        return Arrays.copyOf(all, length);
    }

    private static short toShort(float sample) {
        long value = Math.round(sample * 32767.0);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }

    @Override
    public void close() throws IOException {
        pcm.close();
    }
}
