package org.introcoach.audio;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;
import javax.sound.sampled.spi.FormatConversionProvider;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;
import org.jflac.sound.spi.FlacAudioFileReader;
import org.jflac.sound.spi.FlacFormatConversionProvider;

/**
 * Opens audio files of the kinds people have (WAV, AIFF, AU, FLAC, MP3), chosen by their content
 * rather than their name, and delivers them as 16 kHz mono 16-bit samples for recognition.
 */
public final class AudioDecoder {
    /** The sample rate the recogniser expects. */
    public static final int TARGET_RATE = 16_000;
    /** The lowest sample rate read: telephone audio. Below it a header is corrupt, and resampling up from it would not end. */
    public static final int MIN_RATE = 8_000;
    /** The highest sample rate read, the resampler's tested range. */
    public static final int MAX_RATE = 96_000;
    /** The most channels read; more is a corrupt header, and would ask for gigabytes of buffer. */
    public static final int MAX_CHANNELS = 32;
    private static final int SNIFF_BYTES = 512;

    private enum Container { WAV, AIFF, AU, FLAC, MP3 }

    /** Opens {@code file}; the caller closes what it returns. */
    public DecodedAudio open(Path file) throws IOException {
        checkReadable(file);
        byte[] head = readHead(file);
        Container container = identify(file, head);
        return switch (container) {
            case WAV -> openWav(file, false);
            case AIFF, AU -> openWithJavaSound(file, container, null, null);
            case FLAC -> {
                FlacMetadata.check(file);
                yield openWithJavaSound(file, container, new FlacAudioFileReader(), new FlacFormatConversionProvider());
            }
            case MP3 -> openWithJavaSound(file, container, new MpegAudioFileReader(), new MpegFormatConversionProvider());
        };
    }

    /**
     * Opens a WAV recording IntroCoach wrote while recording, reading it to its last whole sample
     * whatever its header says: the header of a take cut short by a crash lags its data.
     */
    public DecodedAudio openRecording(Path file) throws IOException {
        checkReadable(file);
        Container container = identify(file, readHead(file));
        return container == Container.WAV ? openWav(file, true) : open(file);
    }

    private static void checkReadable(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UnreadableAudioException(file, "this is a folder, not an audio file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableAudioException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableAudioException(file, "this is not a regular file (a device, a pipe or a socket); "
                    + "give a saved recording");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableAudioException(file, "the file cannot be read (permission denied)");
        }
        if (Files.size(file) == 0) {
            throw new UnreadableAudioException(file, "the file is empty");
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (AccessDeniedException e) {
            throw new UnreadableAudioException(file, "the file cannot be read (permission denied)", e);
        }
    }

    private static Container identify(Path file, byte[] head) throws UnreadableAudioException {
        String ascii = new String(head, 0, Math.min(head.length, 12), StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("RIFF") || ascii.startsWith("RF64")) {
            if (head.length < 12) {
                throw new UnreadableAudioException(file, "the WAV header is truncated: the file ends after %d bytes"
                        .formatted(head.length));
            }
            if (!ascii.startsWith("WAVE", 8)) {
                throw new UnreadableAudioException(file, "this RIFF file is not WAVE audio (it says '%s')"
                        .formatted(printable(ascii.substring(8))));
            }
            return Container.WAV;
        }
        if (ascii.startsWith("FORM") && (ascii.startsWith("AIFF", 8) || ascii.startsWith("AIFC", 8))) {
            return Container.AIFF;
        }
        if (ascii.startsWith(".snd")) {
            return Container.AU;
        }
        if (ascii.startsWith("fLaC")) {
            return Container.FLAC;
        }
        if (ascii.startsWith("ID3") || isMpegFrameSync(head)) {
            return Container.MP3;
        }
        throw new UnreadableAudioException(file, describeUnknown(head));
    }

    /** Bytes from a header as they can be shown in a one-line message: anything unprintable as '?'. */
    private static String printable(String bytes) {
        return bytes.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static boolean isMpegFrameSync(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int b1 = head[1] & 0xff;
        int b2 = head[2] & 0xff;
        boolean sync = (head[0] & 0xff) == 0xff && (b1 & 0xe0) == 0xe0;
        boolean validLayer = ((b1 >> 1) & 0x3) != 0;
        boolean validBitrate = ((b2 >> 4) & 0xf) != 0xf;
        boolean validRate = ((b2 >> 2) & 0x3) != 0x3;
        return sync && validLayer && validBitrate && validRate;
    }

    private static String describeUnknown(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 12), StandardCharsets.ISO_8859_1);
        String supported = "IntroCoach reads WAV, AIFF, AU, FLAC and MP3";
        if (ascii.startsWith("OggS")) {
            return "Ogg audio (Vorbis or Opus) is not supported; " + supported;
        }
        if (ascii.length() >= 8 && ascii.startsWith("ftyp", 4)) {
            return "MP4/M4A audio (AAC) is not supported; " + supported;
        }
        if (ascii.startsWith("%PDF")) {
            return "this is a PDF document, not audio";
        }
        if (ascii.startsWith("PK\u0003\u0004")) {
            return "this is a ZIP archive, not audio";
        }
        if (ascii.startsWith("RIFF") || ascii.startsWith("FORM") || ascii.startsWith(".snd")) {
            return "the audio header is truncated";
        }
        if (looksLikeText(head)) {
            return "this is a text file, not audio";
        }
        return "this is not a recognised audio format; " + supported;
    }

    private static boolean looksLikeText(byte[] head) {
        String decoded = new String(head, StandardCharsets.UTF_8);
        long control = decoded.chars()
                .filter(c -> c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
                .count();
        return control <= decoded.length() / 100;
    }

    private static DecodedAudio openWav(Path file, boolean toEndOfFile) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ);
        try {
            WavHeader header = WavHeader.read(file, channel, toEndOfFile);
            channel.position(header.dataOffset());
            CountingInputStream counted = new CountingInputStream(
                    new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), header.dataLength());
            PcmLayout layout = header.layout();
            AudioInfo info = new AudioInfo("WAV", layout.describe(), layout.sampleRate(), layout.channels(),
                    header.dataLength() / layout.frameSize(), header.warnings());
            return new DecodedAudio(file, info, counted, layout, fraction(counted::count, header.dataLength()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static DecodedAudio openWithJavaSound(Path file, Container container, AudioFileReader reader,
                                                  FormatConversionProvider converter) throws IOException {
        long size = Files.size(file);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file), Long.MAX_VALUE);
        InputStream buffered = new BufferedInputStream(counted, 1 << 16);
        try {
            AudioInputStream encoded = reader == null
                    ? AudioSystem.getAudioInputStream(buffered)
                    : reader.getAudioInputStream(buffered);
            AudioInputStream pcm = toPcm(file, container, encoded, converter);
            AudioFormat format = pcm.getFormat();
            PcmLayout layout = layoutOf(file, container, format);
            AudioFormat original = encoded.getFormat();
            long frames = encoded.getFrameLength() == AudioSystem.NOT_SPECIFIED ? -1 : encoded.getFrameLength();
            String encoding = reader == null ? layout.describe() : describeCompressed(container, original);
            AudioInfo info = new AudioInfo(container.name(), encoding, format.getSampleRate(),
                    format.getChannels(), frames, List.of());
            return new DecodedAudio(file, info, pcm, layout, fraction(counted::count, size));
        } catch (UnsupportedAudioFileException e) {
            counted.close();
            throw new UnreadableAudioException(file, "the %s header is corrupt or uses an unsupported codec"
                    .formatted(container), e);
        } catch (UnreadableAudioException e) {
            counted.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw new UnreadableAudioException(file, "the %s file is truncated or corrupt".formatted(container), e);
        }
    }

    private static String describeCompressed(Container container, AudioFormat original) {
        return container == Container.MP3 ? "MPEG audio" : original.getSampleSizeInBits() + "-bit FLAC";
    }

    private static AudioInputStream toPcm(Path file, Container container, AudioInputStream encoded,
                                          FormatConversionProvider converter) throws UnreadableAudioException {
        AudioFormat source = encoded.getFormat();
        AudioFormat.Encoding encoding = source.getEncoding();
        boolean readable = encoding.equals(AudioFormat.Encoding.PCM_SIGNED)
                || encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                || encoding.equals(AudioFormat.Encoding.PCM_FLOAT)
                || encoding.equals(AudioFormat.Encoding.ULAW)
                || encoding.equals(AudioFormat.Encoding.ALAW);
        if (readable) {
            return encoded;
        }
        if (converter == null) {
            throw new UnreadableAudioException(file, "it uses the %s codec, which is not supported in %s files"
                    .formatted(encoding, container));
        }
        int bits = source.getSampleSizeInBits() > 0 ? source.getSampleSizeInBits() : 16;
        AudioFormat target = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), bits,
                source.getChannels(), source.getChannels() * ((bits + 7) / 8), source.getSampleRate(), false);
        if (!converter.isConversionSupported(target, source)) {
            target = new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
        }
        AudioInputStream converted = converter.getAudioInputStream(target, encoded);
        return converted instanceof org.jflac.sound.spi.Flac2PcmAudioInputStream
                ? new GuardedFlacStream(encoded, converted.getFormat()) : converted;
    }

    private static PcmLayout layoutOf(Path file, Container container, AudioFormat format)
            throws UnreadableAudioException {
        AudioFormat.Encoding encoding = format.getEncoding();
        SampleEncoding sampleEncoding;
        if (encoding.equals(AudioFormat.Encoding.PCM_SIGNED)) {
            sampleEncoding = SampleEncoding.SIGNED_INT;
        } else if (encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            sampleEncoding = SampleEncoding.UNSIGNED_INT;
        } else if (encoding.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            sampleEncoding = SampleEncoding.FLOAT;
        } else if (encoding.equals(AudioFormat.Encoding.ULAW)) {
            sampleEncoding = SampleEncoding.MU_LAW;
        } else {
            sampleEncoding = SampleEncoding.A_LAW;
        }
        int channels = format.getChannels();
        int bytesPerSample = (format.getSampleSizeInBits() + 7) / 8;
        boolean validWidth = sampleEncoding == SampleEncoding.FLOAT
                ? bytesPerSample == 4 || bytesPerSample == 8
                : bytesPerSample >= 1 && bytesPerSample <= 4;
        if (channels < 1 || format.getSampleRate() <= 0 || !validWidth) {
            throw new UnreadableAudioException(file, "the %s header is corrupt: %d channels, %s Hz, %d-bit"
                    .formatted(container, channels, format.getSampleRate(), format.getSampleSizeInBits()));
        }
        checkBounds(file, container.name(), format.getSampleRate(), channels);
        return new PcmLayout(sampleEncoding, bytesPerSample, channels, format.getSampleRate(), format.isBigEndian());
    }

    /** Refuses sample rates and channel counts outside what the decoder promises to read. */
    static void checkBounds(Path file, String container, double sampleRate, int channels) throws UnreadableAudioException {
        if (!(sampleRate >= MIN_RATE && sampleRate <= MAX_RATE)) {
            String rate = sampleRate == Math.rint(sampleRate) ? Long.toString((long) sampleRate) : Double.toString(sampleRate);
            throw new UnreadableAudioException(file, "the %s header gives a sample rate of %s Hz; IntroCoach reads %d to %d Hz (a corrupt header? or convert the file)"
                    .formatted(container, rate, MIN_RATE, MAX_RATE));
        }
        if (channels > MAX_CHANNELS) {
            throw new UnreadableAudioException(file, "the %s header gives %d channels; IntroCoach reads at most %d (a corrupt header?)"
                    .formatted(container, channels, MAX_CHANNELS));
        }
    }

    private static DoubleSupplier fraction(LongSupplier done, long total) {
        return () -> total <= 0 ? 0 : done.getAsLong() / (double) total;
    }

    /** Counts the bytes read, and stops at {@code limit}. */
    private static final class CountingInputStream extends FilterInputStream {
        private final long limit;
        private volatile long count;

        CountingInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) {
                return -1;
            }
            int value = super.read();
            if (value >= 0) {
                count++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (count >= limit) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, limit - count));
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count));
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
