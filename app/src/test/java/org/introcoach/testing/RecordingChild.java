package org.introcoach.testing;

import java.nio.file.Path;
import org.introcoach.audio.WavRecordingWriter;

/**
 * A child process that records as the app does: 0.1 s chunks handed to the real
 * {@link WavRecordingWriter} at real-time pace, sample i being {@code i % 1000}, and after each
 * chunk a line "written N" on stdout. The test kills it with {@code kill -9} mid-take.
 */
public final class RecordingChild {
    public static final int CHUNK = 1600;

    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        short[] chunk = new short[CHUNK];
        long written = 0;
        long start = System.nanoTime();
        try (WavRecordingWriter writer = WavRecordingWriter.create(Path.of(args[0]))) {
            for (int k = 0; k < 600; k++) {
                // a microphone hands over a chunk once its 0.1 s have been spoken
                long due = start + (k + 1) * 100_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                for (int i = 0; i < CHUNK; i++) {
                    chunk[i] = (short) ((written + i) % 1000);
                }
                writer.write(chunk, CHUNK);
                written += CHUNK;
                System.out.println("written " + written);
                System.out.flush();
            }
        }
    }
}
