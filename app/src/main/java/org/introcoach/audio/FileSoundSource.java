package org.introcoach.audio;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A recording played into a take as if it came from a microphone: at once, or paced in real time. */
public final class FileSoundSource implements SoundSource {
    private final DecodedAudio audio;
    private final boolean realTime;
    /** A tenth of a second per read, like a capture line. */
    private final short[] tenth = new short[AudioDecoder.TARGET_RATE / 10];
    private final long startedNanos = System.nanoTime();
    private long samplesDelivered;
    private volatile boolean closed;

    public FileSoundSource(DecodedAudio audio, boolean realTime) {
        this.audio = audio;
        this.realTime = realTime;
    }

    @Override
    public int read(short[] buffer) throws IOException {
        if (closed) {
            return -1;
        }
        short[] target = buffer.length > tenth.length ? tenth : buffer;
        int count = audio.read(target);
        if (count <= 0) {
            return -1;
        }
        if (target != buffer) {
            System.arraycopy(tenth, 0, buffer, 0, count);
        }
        samplesDelivered += count;
        if (realTime) {
            long due = startedNanos + samplesDelivered * 1_000_000_000L / AudioDecoder.TARGET_RATE;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
        }
        return count;
    }

    @Override
    public String name() {
        return audio.file().getFileName().toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            audio.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
