package org.introcoach.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the fuzz targets (org.introcoach.fuzz) found that once crashed or stalled a reader. */
class FuzzFindingsTest {
    @TempDir
    Path dir;

    /** Found by the flac target: JFLAC allocated what the tag lengths said, 3.3 GB and 7.7 s for a 30 KB file. */
    @Test
    void aFlacWhoseTagsClaimGigabytesIsRefusedAtOnce() throws Exception {
        Path flac = Files.write(dir.resolve("tags.flac"), flacWithVorbisComment(0x7fff_ffff));

        UnreadableAudioException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnreadableAudioException.class, () -> new AudioDecoder().open(flac).close()));

        assertEquals(flac + ": the FLAC header is corrupt: the tags end early", refused.getMessage());
    }

    /**
     * Found by the flac target (a mutation of the sample's first second, cut to 12 KB): JFLAC met the
     * same bad frame header for ever, at full CPU, and never returned.
     */
    @Test
    void aFlacWhoseFrameHeadersSendJflacRoundInCirclesIsRefused() throws Exception {
        Path flac = Path.of(FuzzFindingsTest.class.getResource("/fuzz-findings/flac-endless-bad-headers.flac").toURI());

        UnreadableAudioException refused = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(UnreadableAudioException.class, () -> {
            try (DecodedAudio audio = new AudioDecoder().open(flac)) {
                audio.readAll();
            }
        }));

        assertEquals(flac + ": the FLAC data is corrupt after 0.0 s", refused.getMessage());
    }

    /** Found by the wav target: the bytes where "WAVE" should be were put in the message as they were, newline and all. */
    @Test
    void aRiffThatIsNotWaveIsRefusedInOneLine() throws Exception {
        Path riff = Files.write(dir.resolve("odd.wav"), "RIFF\0\0\0\0W\nV\u0001fmt ".getBytes(StandardCharsets.ISO_8859_1));

        UnreadableAudioException refused = assertThrows(UnreadableAudioException.class, () -> new AudioDecoder().open(riff).close());

        assertEquals(riff + ": this RIFF file is not WAVE audio (it says 'W?V?')", refused.getMessage());
    }

    @Test
    void aFlacWhoseMetadataRunsPastTheFileIsRefused() throws Exception {
        byte[] bytes = flacWithVorbisComment(1);
        bytes[43] = (byte) 0x7f; // the comment block's length, now about 8 MB
        Path flac = Files.write(dir.resolve("long.flac"), bytes);

        UnreadableAudioException refused = assertThrows(UnreadableAudioException.class, () -> new AudioDecoder().open(flac).close());

        assertEquals(flac + ": the FLAC header is corrupt: a metadata block of 8323091 bytes runs past the end of the file",
                refused.getMessage());
    }

    /** "fLaC", a STREAMINFO for 1 s of 16 kHz mono 16-bit, then a Vorbis comment claiming {@code comments} comments. */
    private static byte[] flacWithVorbisComment(int comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("fLaC".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer info = ByteBuffer.allocate(4 + 34).order(ByteOrder.BIG_ENDIAN);
        info.putInt(34); // not last, type 0, 34 bytes
        info.putShort((short) 4096).putShort((short) 4096).put(new byte[6]);
        info.putLong((16_000L << 44) | (15L << 36) | 16_000L);
        info.put(new byte[16]);
        out.writeBytes(info.array());
        byte[] vendor = "reference".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer comment = ByteBuffer.allocate(4 + 4 + vendor.length + 4 + 2).order(ByteOrder.LITTLE_ENDIAN);
        int length = comment.capacity() - 4;
        comment.put((byte) 0x84).put((byte) (length >> 16)).put((byte) (length >> 8)).put((byte) length);
        comment.putInt(vendor.length).put(vendor).putInt(comments).put(new byte[2]);
        out.writeBytes(comment.array());
        return out.toByteArray();
    }
}
