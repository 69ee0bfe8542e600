package org.introcoach.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
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
    public static final int BLOCK_SAMPLES = AudioDecoder.TARGET_RATE / 4;

    private final Recognizer recognizer;
    private final SpeechModel model;
    private ResumeAwarePass resumePass;
    /** The audio since the last settled utterance, kept for the second pass. */
    private short[] utterance = new short[0];
    private int utteranceLength;
    private long utteranceStartSample;
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
        this.model = model;
        this.onText = onText;
        this.wantsPartials = wantsPartials;
    }

    /**
     * Turns on the resume-aware second pass for this take: each utterance, as it settles, has the
     * stretches that may hold a resume fact re-decoded against these phrases (the resume's names,
     * schools, employers, titles and skills). Call before feeding audio; an empty list turns it off.
     */
    public LiveTranscription recheckAgainst(List<String> phrases) {
        if (samples > 0) {
            throw new IllegalStateException("the second pass is chosen before the take starts");
        }
        ResumeAwarePass pass = new ResumeAwarePass(model, phrases);
        resumePass = pass.isEmpty() ? null : pass;
        return this;
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
        keepForSecondPass(block, length);
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

    /** Where a copy of each chunk fed goes: the take's own recording, or nowhere. */
    @FunctionalInterface
    public interface Copy {
        Copy NONE = (chunk, length) -> { };

        void write(short[] chunk, int length) throws IOException;
    }

    /**
     * Feeds the whole of {@code audio} and finishes: the one decode-and-feed loop, for a file
     * transcribed, a recording imported and a take recovered.
     *
     * @param copy      given every chunk before it is recognised
     * @param progress  told the fraction of the audio read so far, from 0 to 1
     * @param cancelled polled between chunks; when it answers true the work stops
     * @throws CancellationException when cancelled
     */
    public Transcript feedAll(DecodedAudio audio, Copy copy, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        short[] chunk = new short[BLOCK_SAMPLES];
        int count;
        while ((count = audio.read(chunk)) > 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            copy.write(chunk, count);
            accept(chunk, count);
            progress.accept(audio.progress());
        }
        progress.accept(1);
        return finish();
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

    private void keepForSecondPass(short[] audio, int length) {
        if (resumePass == null) {
            return;
        }
        if (utteranceLength + length > utterance.length) {
            utterance = Arrays.copyOf(utterance, Math.max(utterance.length * 2, utteranceLength + length));
        }
        System.arraycopy(audio, 0, utterance, utteranceLength, length);
        utteranceLength += length;
    }

    private List<Word> secondPass(List<Word> segment) {
        if (resumePass == null) {
            return segment;
        }
        List<Word> chosen;
        try {
            chosen = resumePass.recheck(segment, utterance, utteranceLength, utteranceStartSample / (double) AudioDecoder.TARGET_RATE);
        } catch (IOException e) {
            throw new UncheckedIOException("the second pass could not start a recognizer", e);
        }
        // the utterance has settled: its audio up to its last word is no longer needed
        long fed = utteranceStartSample + utteranceLength;
        long keepFrom = segment.isEmpty() ? fed - BLOCK_SAMPLES
                : Math.round(segment.get(segment.size() - 1).end() * AudioDecoder.TARGET_RATE);
        keepFrom = Math.min(keepFrom, fed - BLOCK_SAMPLES);
        int drop = (int) Math.max(0, Math.min(utteranceLength, keepFrom - utteranceStartSample));
        System.arraycopy(utterance, drop, utterance, 0, utteranceLength - drop);
        utteranceLength -= drop;
        utteranceStartSample += drop;
        return chosen;
    }

    private void settle(List<Word> found) {
        List<Word> segment = secondPass(found);
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
