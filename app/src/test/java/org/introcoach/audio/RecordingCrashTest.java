package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.RecordingChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A take killed with kill -9 loses at most 0.5 s, through the real writer (in a child JVM) and the real reader. */
class RecordingCrashTest {
    private static final int RATE = AudioDecoder.TARGET_RATE;

    @Test
    void aKillMidTakeLosesAtMostHalfASecond(@TempDir Path dir) throws Exception {
        Path recording = dir.resolve("recording.wav");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingChild.class.getName(), recording.toString());
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long handedToWriter = 0;
        long firstChunkNanos = 0;
        long killNanos;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = lines.readLine()) != null) {
                handedToWriter = Long.parseLong(line.substring("written ".length()));
                if (firstChunkNanos == 0) {
                    firstChunkNanos = System.nanoTime();
                }
                // 2.1 s in, between two chunks: the header was last brought up to date at 2.0 s.
                if (handedToWriter >= 2 * RATE + RecordingChild.CHUNK) {
                    Thread.sleep(30);
                    break;
                }
            }
            killNanos = System.nanoTime();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        }
        double recordedSeconds = (killNanos - firstChunkNanos) / 1e9 + RecordingChild.CHUNK / (double) RATE;

        short[] kept;
        try (DecodedAudio audio = new AudioDecoder().openRecording(recording)) {
            kept = audio.readAll();
        }
        short[] byHeader;
        try (DecodedAudio audio = new AudioDecoder().open(recording)) {
            byHeader = audio.readAll();
        }

        double lost = recordedSeconds - kept.length / (double) RATE;
        System.out.printf("kill -9 after %.2f s of take: %.3f s read back, %.3f s by the header alone, %.3f s lost%n",
                recordedSeconds, kept.length / (double) RATE, byHeader.length / (double) RATE, lost);
        assertTrue(kept.length >= handedToWriter, "everything handed to the writer is read back: " + kept.length + " < " + handedToWriter);
        assertTrue(lost <= 0.5, "lost " + lost + " s");
        assertTrue(byHeader.length <= kept.length, "the header may lag the data; the reader of an unfinished take does not stop there");
        if (kept.length == handedToWriter) {
            assertTrue(byHeader.length < kept.length, "the header lagged here, and the data past it was read: "
                    + byHeader.length + " by the header, " + kept.length + " in the file");
        }
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != (short) (i % 1000)) {
                assertEquals(i % 1000, kept[i], "sample " + i + " is read back as written");
            }
        }
        assertTrue(Files.size(recording) >= 44 + 2L * handedToWriter);

        assertEquals(kept.length / (double) RATE, WavRecordingWriter.repairHeader(recording), 1e-9);
        try (DecodedAudio audio = new AudioDecoder().open(recording)) {
            assertEquals(kept.length, audio.readAll().length, "once recovery repairs the header, any reader gets it all");
        }
    }
}
