package org.introcoach.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.introcoach.storage.PrivateFiles;

/**
 * Writes 16 kHz mono 16-bit audio to a WAV file as it is recorded. Every chunk goes straight to
 * the file (the operating system keeps it if the process is killed) and the header's sizes are
 * brought up to date and the file forced to disk every {@value #SYNC_MILLIS} ms of audio, so a
 * crash leaves a playable file; {@link AudioDecoder#openRecording} reads such a file to its last
 * whole sample whatever its header says. The file is readable by the user alone.
 */
public final class WavRecordingWriter implements AutoCloseable {
    private static final int HEADER_BYTES = 44;
    private static final int BYTES_PER_SAMPLE = 2;
    static final int SYNC_MILLIS = 200;
    private static final int SAMPLES_BETWEEN_SYNCS = AudioDecoder.TARGET_RATE * SYNC_MILLIS / 1000;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(16_384).order(ByteOrder.LITTLE_ENDIAN);
    private long samplesWritten;
    private long samplesAtLastSync;
    private boolean closed;

    private WavRecordingWriter(FileChannel channel) {
        this.channel = channel;
    }

    public static WavRecordingWriter create(Path file) throws IOException {
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PrivateFiles.fileAttributes());
        WavRecordingWriter writer = new WavRecordingWriter(channel);
        writer.writeHeader();
        return writer;
    }

    /**
     * Brings the header of a recording this class wrote, whose writer was killed before it could,
     * up to date with the whole samples in the file, so that every player reads all of it.
     *
     * @return the seconds of audio the file holds
     */
    public static double repairHeader(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long samples = Math.max(0, channel.size() - HEADER_BYTES) / BYTES_PER_SAMPLE;
            WavRecordingWriter writer = new WavRecordingWriter(channel);
            writer.samplesWritten = samples;
            writer.sync();
            return writer.seconds();
        }
    }

    public void write(short[] samples, int length) throws IOException {
        int offset = 0;
        while (offset < length) {
            buffer.clear();
            int count = Math.min(length - offset, buffer.capacity() / BYTES_PER_SAMPLE);
            for (int i = 0; i < count; i++) {
                buffer.putShort(samples[offset + i]);
            }
            buffer.flip();
            long position = HEADER_BYTES + samplesWritten * BYTES_PER_SAMPLE;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            samplesWritten += count;
            offset += count;
        }
        if (samplesWritten - samplesAtLastSync >= SAMPLES_BETWEEN_SYNCS) {
            sync();
        }
    }

    public double seconds() {
        return samplesWritten / (double) AudioDecoder.TARGET_RATE;
    }

    private void sync() throws IOException {
        writeHeader();
        channel.force(false);
        samplesAtLastSync = samplesWritten;
    }

    private void writeHeader() throws IOException {
        long dataBytes = samplesWritten * BYTES_PER_SAMPLE;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFF_FFFFL, 36 + dataBytes))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(AudioDecoder.TARGET_RATE)
                .putInt(AudioDecoder.TARGET_RATE * BYTES_PER_SAMPLE).putShort((short) BYTES_PER_SAMPLE).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFF_FFFFL, dataBytes));
        header.flip();
        long position = 0;
        while (header.hasRemaining()) {
            position += channel.write(header, position);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sync();
        } finally {
            channel.close();
        }
    }
}
