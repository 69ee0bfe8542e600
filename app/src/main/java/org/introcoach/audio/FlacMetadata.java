package org.introcoach.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the metadata blocks of a FLAC file before JFLAC reads them. JFLAC allocates what the
 * lengths inside a block say (a Vorbis comment of 2 GB in a 30 KB file, found by fuzzing), so
 * every length must fit inside its block, and every block inside the file.
 */
final class FlacMetadata {
    private static final int STREAMINFO = 0;
    private static final int VORBIS_COMMENT = 4;
    private static final int PICTURE = 6;
    private static final int INVALID = 127;

    private FlacMetadata() {
    }

    static void check(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            long position = 4;
            boolean last = false;
            int blocks = 0;
            while (!last) {
                if (position + 4 > size) {
                    throw corrupt(file, "the file ends inside its metadata");
                }
                ByteBuffer header = read(channel, position, 4);
                int first = header.get(0) & 0xff;
                last = (first & 0x80) != 0;
                int type = first & 0x7f;
                long length = ((header.get(1) & 0xffL) << 16) | ((header.get(2) & 0xffL) << 8) | (header.get(3) & 0xffL);
                position += 4;
                if (type == INVALID || (blocks == 0 && type != STREAMINFO) || (type == STREAMINFO && length != 34)) {
                    throw corrupt(file, "metadata block %d is not valid (type %d, %d bytes)".formatted(blocks + 1, type, length));
                }
                if (position + length > size) {
                    throw corrupt(file, "a metadata block of %d bytes runs past the end of the file".formatted(length));
                }
                if (type == VORBIS_COMMENT) {
                    checkVorbisComment(file, read(channel, position, (int) length).order(ByteOrder.LITTLE_ENDIAN));
                } else if (type == PICTURE) {
                    checkPicture(file, read(channel, position, (int) length));
                }
                position += length;
                blocks++;
            }
        }
    }

    private static void checkVorbisComment(Path file, ByteBuffer block) throws UnreadableAudioException {
        skipString(file, block, "the tags");
        long count = unsigned(file, block, "the tags");
        for (long i = 0; i < count; i++) {
            skipString(file, block, "the tags");
        }
    }

    private static void checkPicture(Path file, ByteBuffer block) throws UnreadableAudioException {
        unsigned(file, block, "the picture");
        skipString(file, block, "the picture");
        skipString(file, block, "the picture");
        for (int i = 0; i < 4; i++) {
            unsigned(file, block, "the picture");
        }
        skipString(file, block, "the picture");
    }

    private static void skipString(Path file, ByteBuffer block, String what) throws UnreadableAudioException {
        long length = unsigned(file, block, what);
        if (length > block.remaining()) {
            throw corrupt(file, "%s give a length of %d bytes in a block of %d".formatted(what, length, block.capacity()));
        }
        block.position(block.position() + (int) length);
    }

    private static long unsigned(Path file, ByteBuffer block, String what) throws UnreadableAudioException {
        if (block.remaining() < 4) {
            throw corrupt(file, what + " end early");
        }
        return Integer.toUnsignedLong(block.getInt());
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading
        }
        return buffer.flip();
    }

    private static UnreadableAudioException corrupt(Path file, String problem) {
        return new UnreadableAudioException(file, "the FLAC header is corrupt: " + problem);
    }
}
