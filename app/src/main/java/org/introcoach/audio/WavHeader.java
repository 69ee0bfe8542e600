package org.introcoach.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a RIFF/RF64 WAVE header far enough to find the PCM layout and the sample data. Written
 * here rather than taken from Java Sound so that every fault gets its own message, and so that a
 * recording cut off by a crash (data size 0, or larger than the file) still reads to its end.
 */
record WavHeader(PcmLayout layout, long dataOffset, long dataLength, List<String> warnings) {

    private static final int WAVE_FORMAT_PCM = 0x0001;
    private static final int WAVE_FORMAT_IEEE_FLOAT = 0x0003;
    private static final int WAVE_FORMAT_ALAW = 0x0006;
    private static final int WAVE_FORMAT_MULAW = 0x0007;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
    private static final Map<Integer, String> KNOWN_CODECS = Map.ofEntries(
            Map.entry(0x0002, "Microsoft ADPCM"), Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0031, "GSM 6.10"), Map.entry(0x0040, "G.721 ADPCM"),
            Map.entry(0x0050, "MPEG"), Map.entry(0x0055, "MP3"), Map.entry(0x0160, "WMA"),
            Map.entry(0x0161, "WMA"), Map.entry(0x0162, "WMA Pro"), Map.entry(0x00FF, "AAC"),
            Map.entry(0x1610, "AAC"), Map.entry(0x2000, "AC-3"), Map.entry(0xF1AC, "FLAC"));

    static WavHeader read(Path file, SeekableByteChannel channel) throws IOException {
        return read(file, channel, false);
    }

    /**
     * With {@code toEndOfFile}, the sample data runs to the last whole frame of the file whatever
     * the header says: for a recording whose writer was killed before it brought the header up to date.
     */
    static WavHeader read(Path file, SeekableByteChannel channel, boolean toEndOfFile) throws IOException {
        long fileSize = channel.size();
        ByteBuffer riff = readExactly(file, channel, 12, fileSize);
        String id = fourCc(riff, 0);
        boolean rf64 = id.equals("RF64");
        PcmLayout layout = null;
        long dataSize64 = -1;
        while (true) {
            if (channel.position() + 8 > fileSize) {
                throw new UnreadableAudioException(file, layout == null
                        ? "the WAV header is truncated: it ends before the format chunk"
                        : "the WAV file has no data chunk: the header is truncated or corrupt");
            }
            ByteBuffer chunk = readExactly(file, channel, 8, fileSize);
            String chunkId = fourCc(chunk, 0);
            long chunkSize = Integer.toUnsignedLong(chunk.getInt(4));
            long bodyStart = channel.position();
            switch (chunkId) {
                case "ds64" -> {
                    ByteBuffer ds64 = readExactly(file, channel, (int) Math.min(chunkSize, 28), fileSize);
                    if (ds64.capacity() >= 24) {
                        dataSize64 = ds64.getLong(8);
                    }
                }
                case "fmt " -> layout = parseFormat(file, readExactly(file, channel,
                        (int) Math.min(chunkSize, 64), fileSize), chunkSize);
                case "data" -> {
                    if (layout == null) {
                        throw new UnreadableAudioException(file,
                                "the WAV header is corrupt: sample data comes before the format chunk");
                    }
                    long declared = rf64 && dataSize64 >= 0 ? dataSize64 : chunkSize;
                    return withData(file, layout, bodyStart, toEndOfFile ? fileSize - bodyStart : declared, fileSize);
                }
                default -> {
                    // LIST, fact, cue, bext, JUNK and others carry nothing we need.
                }
            }
            channel.position(bodyStart + chunkSize + (chunkSize & 1));
        }
    }

    private static WavHeader withData(Path file, PcmLayout layout, long dataOffset, long declared,
                                      long fileSize) throws UnreadableAudioException {
        long present = fileSize - dataOffset;
        List<String> warnings = new ArrayList<>();
        long length = declared;
        if (declared == 0 || declared == UNKNOWN_SIZE) {
            length = present;
            if (present > 0) {
                warnings.add("the WAV header does not give the data length (an unfinished recording?); "
                        + "read the %.1f s that are there".formatted(seconds(layout, present)));
            }
        } else if (declared > present) {
            length = present;
            warnings.add("the file is truncated: the header promises %.1f s but it holds %.1f s; read what is there"
                    .formatted(seconds(layout, declared), seconds(layout, present)));
        }
        length -= length % layout.frameSize();
        if (length <= 0) {
            throw new UnreadableAudioException(file, "the WAV file holds no audio samples");
        }
        return new WavHeader(layout, dataOffset, length, warnings);
    }

    private static double seconds(PcmLayout layout, long bytes) {
        return bytes / (double) layout.frameSize() / layout.sampleRate();
    }

    private static PcmLayout parseFormat(Path file, ByteBuffer fmt, long declaredSize)
            throws UnreadableAudioException {
        if (declaredSize < 16 || fmt.capacity() < 16) {
            throw new UnreadableAudioException(file, "the WAV header is corrupt: the format chunk is too short");
        }
        int tag = Short.toUnsignedInt(fmt.getShort(0));
        int channels = Short.toUnsignedInt(fmt.getShort(2));
        long rate = Integer.toUnsignedLong(fmt.getInt(4));
        int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
        int bits = Short.toUnsignedInt(fmt.getShort(14));
        if (tag == WAVE_FORMAT_EXTENSIBLE) {
            if (fmt.capacity() < 26) {
                throw new UnreadableAudioException(file,
                        "the WAV header is corrupt: the extensible format chunk is too short");
            }
            tag = Short.toUnsignedInt(fmt.getShort(24));
        }
        SampleEncoding encoding = switch (tag) {
            case WAVE_FORMAT_PCM -> bits <= 8 ? SampleEncoding.UNSIGNED_INT : SampleEncoding.SIGNED_INT;
            case WAVE_FORMAT_IEEE_FLOAT -> SampleEncoding.FLOAT;
            case WAVE_FORMAT_ALAW -> SampleEncoding.A_LAW;
            case WAVE_FORMAT_MULAW -> SampleEncoding.MU_LAW;
            default -> throw new UnreadableAudioException(file, "it uses the %s codec (WAV format 0x%04X), which is not supported; convert it to PCM WAV, FLAC or MP3"
                    .formatted(KNOWN_CODECS.getOrDefault(tag, "unknown"), tag));
        };
        if (channels == 0 || rate == 0 || blockAlign == 0) {
            throw new UnreadableAudioException(file, "the WAV header is corrupt: it gives %d channels, %d Hz, block size %d"
                    .formatted(channels, rate, blockAlign));
        }
        AudioDecoder.checkBounds(file, "WAV", rate, channels);
        int bytesPerSample = blockAlign / channels;
        boolean validWidth = switch (encoding) {
            case UNSIGNED_INT, A_LAW, MU_LAW -> bytesPerSample == 1;
            case SIGNED_INT -> bytesPerSample >= 2 && bytesPerSample <= 4;
            case FLOAT -> bytesPerSample == 4 || bytesPerSample == 8;
        };
        if (!validWidth || blockAlign % channels != 0 || bits > bytesPerSample * 8) {
            throw new UnreadableAudioException(file, "the WAV header is corrupt or unsupported: %d-bit samples in %d-byte frames of %d channels"
                    .formatted(bits, blockAlign, channels));
        }
        return new PcmLayout(encoding, bytesPerSample, channels, rate, false);
    }

    private static ByteBuffer readExactly(Path file, SeekableByteChannel channel, int count, long fileSize)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new UnreadableAudioException(file,
                        "the WAV header is truncated: the file ends after %d bytes".formatted(fileSize));
            }
        }
        return buffer.flip();
    }

    private static String fourCc(ByteBuffer buffer, int offset) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (buffer.get(offset + i) & 0xff);
        }
        return new String(chars);
    }
}
