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
 */
public final class LiveTranscription implements AutoCloseable {
    private final Recognizer recognizer;
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
        String before = wantsPartials ? currentText() : "";
        if (recognizer.acceptWaveForm(chunk, length)) {
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
