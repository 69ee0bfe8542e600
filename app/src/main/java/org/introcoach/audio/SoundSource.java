package org.introcoach.audio;

import java.io.IOException;

/** Where a take's sound comes from: 16 kHz mono 16-bit samples, read as they arrive. */
public interface SoundSource extends AutoCloseable {
    /**
     * Blocks until some audio is available and copies it into {@code buffer}.
     *
     * @return the number of samples read, or -1 when the source has ended
     * @throws CaptureLostException when the device stopped delivering sound
     */
    int read(short[] buffer) throws IOException;

    /** A name for the user: the device or the file. */
    String name();

    @Override
    void close();
}
