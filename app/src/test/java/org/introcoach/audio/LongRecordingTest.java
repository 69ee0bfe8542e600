package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongRecordingTest {
    private static final long THREE_HOURS_OF_SAMPLES = 3L * 3600 * 16000;

    @Test
    void aThreeHourFileStreamsThroughASmallHeap(@TempDir Path dir) throws Exception {
        Path file = sparseWav(dir.resolve("three-hours.wav"), THREE_HOURS_OF_SAMPLES);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"),
                DecodeToEnd.class.getName(), file.toString())).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        child.waitFor(5, TimeUnit.MINUTES);

        assertEquals(0, child.exitValue(), output);
        assertEquals(Long.toString(THREE_HOURS_OF_SAMPLES), output, "345 MB of samples through a 40 MB heap");
    }

    /** A valid 16 kHz mono WAV whose data is a hole in the file system: no disk space, no time to write. */
    private static Path sparseWav(Path file, long samples) throws IOException {
        long dataBytes = samples * 2;
        byte[] header = TestWav.riff(TestWav.PCM, 1, 16000, 16, new byte[0], dataBytes);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(header);
            out.setLength(header.length + dataBytes);
        }
        return file;
    }
}
