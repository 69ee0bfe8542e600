package org.introcoach.audio;

import static org.introcoach.testing.Signals.amplitudeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioDecoderTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-bit tag {1}, {2} channel(s), {3} Hz")
    @CsvSource({
        "8, 1, 1, 8000", "16, 1, 1, 16000", "16, 1, 2, 44100", "24, 1, 2, 48000", "32, 1, 1, 96000",
        "32, 3, 1, 22050", "64, 3, 2, 11025", "24, 65534, 2, 44100", "16, 1, 1, 12000", "16, 1, 1, 32000"})
    void readsEveryPcmWavLayoutAs16kMono(int bits, int tag, int channels, int rate) throws IOException {
        Path file = TestWav.write(dir.resolve("tone.wav"), TestWav.sine(440, rate, 1.0, 0.5), rate, channels, bits, tag);

        Decoded decoded = decodeAll(file);

        assertEquals(16000, decoded.samples.length, 1, "one second at 16 kHz");
        assertEquals(0.5, amplitudeAt(decoded.samples, 2000, 14000, 440, 16000), 0.02);
        assertEquals(rate, decoded.info.sampleRate());
        assertEquals(channels, decoded.info.channels());
        assertEquals("WAV", decoded.info.container());
        assertEquals(1.0, decoded.info.durationSeconds(), 0.001);
    }

    @Test
    void readsAiffThroughJavaSound() throws IOException {
        Path file = dir.resolve("tone.aiff");
        writeWithJavaSound(file, AudioFileFormat.Type.AIFF, new AudioFormat(22050, 16, 2, true, true));

        Decoded decoded = decodeAll(file);

        assertEquals("AIFF", decoded.info.container());
        assertEquals(0.5, amplitudeAt(decoded.samples, 2000, 14000, 440, 16000), 0.02);
    }

    @Test
    void readsMuLawAu() throws IOException {
        Path file = dir.resolve("tone.au");
        writeWithJavaSound(file, AudioFileFormat.Type.AU,
                new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, true));

        Decoded decoded = decodeAll(file);

        assertEquals("AU", decoded.info.container());
        assertEquals("µ-law", decoded.info.encoding());
        assertEquals(0.5, amplitudeAt(decoded.samples, 2000, 14000, 440, 16000), 0.03);
    }

    @Test
    void readsFlac() throws Exception {
        Path wav = TestWav.write(dir.resolve("tone.wav"), TestWav.sine(440, 44100, 1.0, 0.5), 44100, 2, 24, TestWav.PCM);
        Path flac = dir.resolve("tone.flac");
        ExternalTool.run("sox", wav.toString(), flac.toString());

        Decoded decoded = decodeAll(flac);

        assertEquals("FLAC", decoded.info.container());
        assertEquals(16000, decoded.samples.length, 1);
        assertEquals(0.5, amplitudeAt(decoded.samples, 2000, 14000, 440, 16000), 0.02);
    }

    @Test
    void readsMp3() throws Exception {
        Path wav = TestWav.write(dir.resolve("tone.wav"), TestWav.sine(440, 44100, 2.0, 0.5), 44100, 2, 16, TestWav.PCM);
        Path mp3 = dir.resolve("tone.mp3");
        ExternalTool.run("sox", wav.toString(), "-C", "128", mp3.toString());

        Decoded decoded = decodeAll(mp3);

        assertEquals("MP3", decoded.info.container());
        assertEquals(32000, decoded.samples.length, 2000, "two seconds, give or take the encoder's padding");
        assertEquals(0.5, amplitudeAt(decoded.samples, 6000, 26000, 440, 16000), 0.03);
    }

    @Test
    void readsWhatACrashedRecorderLeft() throws IOException {
        short[] samples = new short[16000];
        Arrays.fill(samples, (short) 1000);
        byte[] complete = Files.readAllBytes(TestWav.write16(dir.resolve("full.wav"), samples, 16000));
        byte[] headerSaysNothing = complete.clone();
        Arrays.fill(headerSaysNothing, 40, 44, (byte) 0);
        Path file = Files.write(dir.resolve("crashed.wav"), headerSaysNothing);

        Decoded decoded = decodeAll(file);

        assertEquals(16000, decoded.samples.length);
        assertTrue(decoded.info.warnings().get(0).contains("does not give the data length"), decoded.info.warnings().toString());
    }

    @Test
    void readsATruncatedFileToItsEndWithAWarning() throws IOException {
        byte[] complete = Files.readAllBytes(TestWav.write16(dir.resolve("full.wav"), new short[16000], 16000));
        Path file = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(complete, 44 + 8000));

        Decoded decoded = decodeAll(file);

        assertEquals(4000, decoded.samples.length);
        assertTrue(decoded.info.warnings().get(0).contains("truncated"), decoded.info.warnings().toString());
    }

    @Test
    void reportsProgressUpToTheWhole() throws IOException {
        Path file = TestWav.write(dir.resolve("tone.wav"), TestWav.sine(440, 48000, 3.0, 0.5), 48000, 1, 16, TestWav.PCM);
        List<Double> progress = new ArrayList<>();
        try (DecodedAudio audio = decoder.open(file)) {
            short[] buffer = new short[1600];
            while (audio.read(buffer) > 0) {
                progress.add(audio.progress());
            }
            progress.add(audio.progress());
        }
        assertTrue(progress.get(0) < 0.5, "first progress " + progress.get(0));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress went back: " + progress);
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing         | no such file",
        "folder          | this is a folder, not an audio file",
        "empty           | the file is empty",
        "tiny riff       | the WAV header is truncated",
        "cut header      | the WAV header is truncated",
        "no data chunk   | no data chunk",
        "zero channels   | the WAV header is corrupt",
        "text            | this is a text file, not audio",
        "binary          | this is not a recognised audio format",
        "ima adpcm       | IMA ADPCM codec",
        "mp3 in wav      | MP3 codec",
        "ogg             | Ogg audio (Vorbis or Opus) is not supported",
        "no samples      | holds no audio samples",
        "riff not wave   | not WAVE audio",
        "broken flac     | FLAC",
        "broken aiff     | AIFF"})
    void rejectsBadInputWithASpecificMessage(String kind, String expected) throws IOException {
        Path file = badFile(kind);

        UnreadableAudioException error = assertThrows(UnreadableAudioException.class, () -> decodeAll(file));

        assertTrue(error.getMessage().contains(expected), kind + " gave: " + error.getMessage());
        assertTrue(error.getMessage().startsWith(file.toString()), "names the file: " + error.getMessage());
        assertTrue(!error.getMessage().contains("\n"), "one line");
    }

    private Path badFile(String kind) throws IOException {
        Path file = dir.resolve("take.wav");
        byte[] valid = TestWav.riff(TestWav.PCM, 1, 16000, 16, new byte[3200], 3200);
        switch (kind) {
            case "missing" -> { }
            case "folder" -> Files.createDirectory(file);
            case "empty" -> Files.createFile(file);
            case "tiny riff" -> Files.write(file, "RIFF\0\0".getBytes(StandardCharsets.ISO_8859_1));
            case "cut header" -> Files.write(file, Arrays.copyOf(valid, 30));
            case "no data chunk" -> Files.write(file, Arrays.copyOf(valid, 36));
            case "zero channels" -> {
                byte[] bytes = valid.clone();
                bytes[22] = 0;
                Files.write(file, bytes);
            }
            case "text" -> Files.writeString(file, "Hello, I am Maria Chen.\nThis is my intro, saved as text by mistake.\n");
            case "binary" -> Files.write(file, new byte[] {0x13, 0x37, 0x00, (byte) 0x99, 0x42, 0x01, 0x02, 0x03, 0x00, 0x00, 0x10, 0x20});
            case "ima adpcm" -> Files.write(file, TestWav.riff(0x11, 1, 16000, 4, new byte[800], 800));
            case "mp3 in wav" -> Files.write(file, TestWav.riff(0x55, 2, 44100, 16, new byte[800], 800));
            case "ogg" -> Files.write(file, "OggS\0\2\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
            case "no samples" -> Files.write(file, TestWav.riff(TestWav.PCM, 1, 16000, 16, new byte[0], 0));
            case "riff not wave" -> Files.write(file, "RIFF\4\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1));
            case "broken flac" -> Files.write(file, "fLaC\0\0\0\42garbage-garbage-garbage".getBytes(StandardCharsets.ISO_8859_1));
            case "broken aiff" -> Files.write(file, "FORM\0\0\0\4AIFFCOMM".getBytes(StandardCharsets.ISO_8859_1));
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    private void writeWithJavaSound(Path file, AudioFileFormat.Type type, AudioFormat format) throws IOException {
        double[] tone = TestWav.sine(440, format.getSampleRate(), 1.0, 0.5);
        AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, format.isBigEndian());
        byte[] bytes = new byte[tone.length * pcm.getFrameSize()];
        int position = 0;
        for (double sample : tone) {
            short value = (short) Math.round(sample * 32767);
            for (int c = 0; c < pcm.getChannels(); c++) {
                byte high = (byte) (value >> 8);
                byte low = (byte) value;
                bytes[position++] = pcm.isBigEndian() ? high : low;
                bytes[position++] = pcm.isBigEndian() ? low : high;
            }
        }
        AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(bytes), pcm, tone.length);
        if (!format.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED)) {
            stream = AudioSystem.getAudioInputStream(format, stream);
        }
        AudioSystem.write(stream, type, file.toFile());
    }

    record Decoded(AudioInfo info, short[] samples) {
    }

    private Decoded decodeAll(Path file) throws IOException {
        try (DecodedAudio audio = decoder.open(file)) {
            short[] all = new short[0];
            short[] buffer = new short[3000];
            int count;
            while ((count = audio.read(buffer)) > 0) {
                all = Arrays.copyOf(all, all.length + count);
                System.arraycopy(buffer, 0, all, all.length - count, count);
            }
            return new Decoded(audio.info(), all);
        }
    }
}
