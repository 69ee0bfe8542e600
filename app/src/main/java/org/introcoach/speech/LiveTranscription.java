package org.introcoach.speech;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.introcoach.audio.AudioDecoder;
import org.vosk.Recognizer;

/**
 * Recognition of one take as its audio arrives: feed 16 kHz mono chunks, watch the text grow,
 * and get the final transcript as soon as the stream ends. Not thread-safe: feed it from one
 * thread. Close it after use.
 *
 * <p>Vosk decides where utterances end at the boundaries of the chunks it is given, so audio is
 * passed to it in fixed blocks whatever the caller's chunk sizes: the same audio then gives the
 * same words live, from a file, or from a microphone with another buffer size.
 */
public final class LiveTranscription implements AutoCloseable {
    /** A quarter second per call into Vosk, the block its own examples use. */
    static final int BLOCK_SAMPLES = AudioDecoder.TARGET_RATE / 4;

    private final Recognizer recognizer;
    private final short[] block = new short[BLOCK_SAMPLES];
    private final Dither dither = new Dither();
    private int blockFill;
    private final Consumer<String> onText;
    private final boolean wantsPartials;
    private final List<Word> words = new ArrayList<>();
    private final StringBuilder settledText = new StringBuilder();
    private String partial = "";
    private long samples;
    private Transcript finished;

    LiveTranscription(SpeechModel model, Consumer<String> onText) throws IOException {
        this(model, onText, true);
    }

    /** Without partials the recogniser skips a best-path search per chunk: batch work wants only the result. */
    static LiveTranscription withoutPartials(SpeechModel model) throws IOException {
        return new LiveTranscription(model, text -> { }, false);
    }

    private LiveTranscription(SpeechModel model, Consumer<String> onText, boolean wantsPartials) throws IOException {
        this.recognizer = model.newRecognizer(AudioDecoder.TARGET_RATE);
        this.onText = onText;
        this.wantsPartials = wantsPartials;
    }

    /** Feeds the next {@code length} samples of 16 kHz mono 16-bit audio. */
    public void accept(short[] chunk, int length) {
        if (finished != null) {
            throw new IllegalStateException("this transcription has finished");
        }
        samples += length;
        int offset = 0;
        while (offset < length) {
            int count = Math.min(length - offset, BLOCK_SAMPLES - blockFill);
            System.arraycopy(chunk, offset, block, blockFill, count);
            blockFill += count;
            offset += count;
            if (blockFill == BLOCK_SAMPLES) {
                recognizeBlock();
            }
        }
    }

    private void recognizeBlock() {
        String before = wantsPartials ? currentText() : "";
        int length = blockFill;
        blockFill = 0;
        dither.apply(block, length);
        if (recognizer.acceptWaveForm(block, length)) {
            settle(VoskJson.words(recognizer.getResult()));
            partial = "";
        } else if (wantsPartials) {
            partial = VoskJson.partial(recognizer.getPartialResult());
        }
        if (wantsPartials && !currentText().equals(before)) {
            onText.accept(currentText());
        }
    }

    /** The words settled so far followed by the recogniser's current guess. */
    public String currentText() {
        if (partial.isEmpty()) {
            return settledText.toString();
        }
        return settledText.isEmpty() ? partial : settledText + " " + partial;
    }

    public double secondsFed() {
        return samples / (double) AudioDecoder.TARGET_RATE;
    }

    /** Ends the stream and returns the transcript of everything fed. */
    public Transcript finish() {
        if (finished == null) {
            if (blockFill > 0) {
                recognizeBlock();
            }
            settle(VoskJson.words(recognizer.getFinalResult()));
            partial = "";
            finished = new Transcript(words, secondsFed());
        }
        return finished;
    }

    private void settle(List<Word> segment) {
        for (Word word : segment) {
            words.add(word);
            if (!settledText.isEmpty()) {
                settledText.append(' ');
            }
            settledText.append(word.text());
        }
    }

    @Override
    public void close() {
        recognizer.close();
    }
}
