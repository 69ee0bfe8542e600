package org.introcoach.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.audio.SoundSource;

/** A recording played again and again until {@code seconds} have been delivered, as fast as it is read. */
    final class RepeatedSource implements SoundSource {
        private final Path file;
        private long remaining;
        private DecodedAudio audio;

        RepeatedSource(Path file, double seconds) {
            this.file = file;
            this.remaining = Math.round(seconds * AudioDecoder.TARGET_RATE);
        }

        @Override
        public int read(short[] buffer) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            if (audio == null) {
                audio = new AudioDecoder().open(file);
            }
            short[] target = remaining < buffer.length ? new short[(int) remaining] : buffer;
            int count = audio.read(target);
            if (target != buffer && count > 0) {
                System.arraycopy(target, 0, buffer, 0, count);
            }
            if (count <= 0) {
                audio.close();
                audio = null;
                return 0;
            }
            remaining -= count;
            return count;
        }

        @Override
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public void close() {
            if (audio != null) {
                try {
                    audio.close();
                } catch (IOException ignored) {
                    // reading only
                }
            }
        }
    }
