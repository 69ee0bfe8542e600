package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.introcoach.testing.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavRecordingWriterTest {
    @TempDir
    Path folder;

    @Test
    void closedRecordingReadsBackSampleForSample() throws Exception {
        Path file = folder.resolve("take.wav");
        short[] tone = tone(16_000 * 3);
        try (WavRecordingWriter writer = WavRecordingWriter.create(file)) {
            for (int offset = 0; offset < tone.length; offset += 1600) {
                writer.write(java.util.Arrays.copyOfRange(tone, offset, offset + 1600), 1600);
            }
        }
        short[] back = readAll(file);
        assertEquals(tone.length, back.length);
        assertEquals(tone[12345], back[12345]);
        assertTrue(new AudioDecoder().open(file).info().warnings().isEmpty(), "a finished recording needs no repair");
    }

    @Test
    void recordingNeverClosedKeepsAllButTheLastSecond() throws Exception {
        Path file = folder.resolve("crashed.wav");
        short[] tone = tone(16_000 * 5 / 2);
        WavRecordingWriter writer = WavRecordingWriter.create(file);
        for (int offset = 0; offset < tone.length; offset += 1600) {
            writer.write(java.util.Arrays.copyOfRange(tone, offset, offset + 1600), 1600);
        }
        // no close(): as if the app were killed; a copy of the file is what a crash leaves on disk
        Path leftOver = Files.copy(file, folder.resolve("left-over.wav"));
        short[] back = readAll(leftOver);
        assertTrue(back.length >= tone.length - 16_000, "kept " + back.length + " of " + tone.length + " samples");
        assertTrue(Signals.rms(back, 0, back.length) > 0.1, "the kept audio is the tone, not silence");
    }

    @Test
    void refusesToOverwriteAnExistingRecording() throws Exception {
        Path file = Files.writeString(folder.resolve("old.wav"), "precious");
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> WavRecordingWriter.create(file));
        assertEquals("precious", Files.readString(file));
    }

    private static short[] readAll(Path file) throws java.io.IOException {
        try (DecodedAudio audio = new AudioDecoder().open(file)) {
            return audio.readAll();
        }
    }

    private static short[] tone(int length) {
        short[] samples = new short[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (short) (16_000 * Math.sin(2 * Math.PI * 440 * i / 16_000.0));
        }
        return samples;
    }
}
