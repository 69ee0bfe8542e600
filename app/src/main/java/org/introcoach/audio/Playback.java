package org.introcoach.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays a recording from any point, one at a time: starting another stops the first. Sound goes
 * out on a daemon thread of its own; {@link #stop()} returns at once.
 */
public final class Playback implements AutoCloseable {
    private final AudioDecoder decoder;
    /** Stops the recording now playing; each playback has its own, so a new one never revives the last. */
    private AtomicBoolean playing = new AtomicBoolean();

    public Playback(AudioDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * Starts playing {@code recording} from {@code fromSeconds}.
     *
     * @throws IOException when the recording cannot be read or there is no output device
     */
    public synchronized void play(Path recording, double fromSeconds) throws IOException {
        stop();
        DecodedAudio audio = decoder.open(recording);
        SourceDataLine line;
        try {
            AudioFormat format = new AudioFormat(AudioDecoder.TARGET_RATE, 16, 1, true, false);
            line = AudioSystem.getSourceDataLine(format);
            line.open(format, AudioDecoder.TARGET_RATE / 5 * 2);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            audio.close();
            throw new IOException("No sound output is available to play the recording (" + e.getMessage() + ").", e);
        }
        skip(audio, fromSeconds);
        AtomicBoolean keepPlaying = new AtomicBoolean(true);
        playing = keepPlaying;
        Thread player = new Thread(() -> playToEnd(audio, line, keepPlaying), "introcoach-playback");
        player.setDaemon(true);
        player.start();
    }

    private static void skip(DecodedAudio audio, double seconds) throws IOException {
        long toSkip = Math.round(Math.max(0, seconds) * AudioDecoder.TARGET_RATE);
        short[] chunk = new short[8192];
        while (toSkip > 0) {
            int count = audio.read(chunk.length <= toSkip ? chunk : new short[(int) toSkip]);
            if (count <= 0) {
                return;
            }
            toSkip -= count;
        }
    }

    private static void playToEnd(DecodedAudio audio, SourceDataLine line, AtomicBoolean keepPlaying) {
        try (audio) {
            line.start();
            short[] chunk = new short[1600];
            byte[] bytes = new byte[chunk.length * 2];
            int count;
            while (keepPlaying.get() && (count = audio.read(chunk)) > 0) {
                for (int i = 0; i < count; i++) {
                    bytes[2 * i] = (byte) chunk[i];
                    bytes[2 * i + 1] = (byte) (chunk[i] >> 8);
                }
                line.write(bytes, 0, count * 2);
            }
            if (keepPlaying.get()) {
                line.drain();
            }
        } catch (IOException e) {
            System.getLogger(Playback.class.getName()).log(System.Logger.Level.WARNING, "playback stopped: " + e.getMessage());
        } finally {
            line.stop();
            line.close();
        }
    }

    public synchronized void stop() {
        playing.set(false);
    }

    @Override
    public void close() {
        stop();
    }
}
