package org.introcoach.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import javax.sound.sampled.AudioFormat;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.sound.spi.Flac2PcmAudioInputStream;

/**
 * JFLAC's decoding stream with a guard found necessary by fuzzing: on some damaged frame headers
 * JFLAC's search for the next frame finds the same bad header again and again without reading on,
 * for ever. Every bad header is reported to the decoder's frame listeners, so a listener that
 * gives up after {@value #BAD_HEADERS_ALLOWED} of them ends the loop with an error the decoder
 * turns into "the FLAC data is corrupt" (a damaged but readable file has a handful).
 */
final class GuardedFlacStream extends Flac2PcmAudioInputStream {
    static final int BAD_HEADERS_ALLOWED = 10_000;
    private static final Field DECODER;

    static {
        try {
            DECODER = Flac2PcmAudioInputStream.class.getDeclaredField("decoder");
            DECODER.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("this JFLAC version keeps its decoder elsewhere: " + e);
        }
    }

    GuardedFlacStream(InputStream in, AudioFormat format) {
        super(in, format, -1);
    }

    @Override
    protected void initDecoder() throws IOException {
        super.initDecoder();
        try {
            ((FLACDecoder) DECODER.get(this)).addFrameListener(new BadHeaderLimit());
        } catch (IllegalAccessException e) {
            throw new IOException("the FLAC decoder cannot be guarded: " + e.getMessage(), e);
        }
    }

    private static final class BadHeaderLimit implements FrameListener {
        private int badHeaders;

        @Override
        public void processMetadata(Metadata metadata) {
        }

        @Override
        public void processFrame(Frame frame) {
        }

        @Override
        public void processError(String message) {
            if (++badHeaders > BAD_HEADERS_ALLOWED) {
                throw new UncheckedIOException(new IOException("more than " + BAD_HEADERS_ALLOWED + " damaged frame headers"));
            }
        }
    }
}
