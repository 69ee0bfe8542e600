package org.introcoach.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.introcoach.analysis.Annotator;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.SpokenText;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.audio.SoundSource;
import org.introcoach.audio.WavRecordingWriter;
import org.introcoach.followup.AnswerFeedback;
import org.introcoach.followup.AnswerJudge;
import org.introcoach.followup.Question;
import org.introcoach.history.AnswerStore;
import org.introcoach.history.PendingAttempt;
import org.introcoach.history.SavedAnswer;
import org.introcoach.speech.LiveTranscription;
import org.introcoach.speech.Transcriber;
import org.introcoach.speech.Transcript;

/**
 * Answer practice without a screen: record or import an answer to one question, judge it
 * ({@link AnswerJudge}) and save it with the other answers. Safe from one background thread at a time.
 */
public final class AnswerPractice {
    private final Transcriber transcriber;
    private final AudioDecoder decoder;
    private final AnswerStore answers;
    private final LanguageLoader language;
    private AnswerJudge judge;

    /** Where the language models come from: loaded already, or loaded on the first answer judged. */
    public interface LanguageLoader {
        LanguageModels load() throws IOException;
    }

    public AnswerPractice(Transcriber transcriber, AudioDecoder decoder, AnswerStore answers, LanguageModels language) {
        this(transcriber, decoder, answers, () -> language);
    }

    /** Loads the language models only when the first answer is judged: the app's start-up does not pay for them. */
    public AnswerPractice(Transcriber transcriber, AudioDecoder decoder, AnswerStore answers, LanguageLoader language) {
        this.transcriber = transcriber;
        this.decoder = decoder;
        this.answers = answers;
        this.language = language;
    }

    public AnswerStore answers() {
        return answers;
    }

    /** Judges recognised words without saving them (the command line's {@code answer}). */
    public synchronized AnswerFeedback judge(Question question, Transcript heard) throws IOException {
        if (judge == null) {
            Annotator annotator = language.load().newAnnotator();
            judge = new AnswerJudge(annotator);
        }
        SpokenText spoken = SpokenText.of(heard);
        return judge.judge(question, spoken.words(), spoken.timed());
    }

    /**
     * Imports a recorded answer: recognises it while copying it into the answer's folder, judges and saves it.
     *
     * @throws org.introcoach.audio.UnreadableAudioException when the file is not audio this app reads; nothing is saved
     * @throws CancellationException when {@code cancelled} answers true; nothing is saved
     */
    public SavedAnswer importAnswer(Path file, Question question, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        try (DecodedAudio audio = decoder.open(file)) {
            PendingAttempt pending = answers.begin(file.getFileName().toString());
            try (WavRecordingWriter writer = WavRecordingWriter.create(pending.recording());
                 LiveTranscription live = transcriber.startQuiet()) {
                short[] chunk = new short[4000];
                int count;
                while ((count = audio.read(chunk)) > 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("cancelled");
                    }
                    writer.write(chunk, count);
                    live.accept(chunk, count);
                    progress.accept(audio.progress());
                }
                progress.accept(1);
                Transcript transcript = live.finish();
                writer.close();
                return save(pending, transcript, question);
            } catch (IOException | RuntimeException e) {
                answers.abandon(pending);
                throw e;
            }
        }
    }

    /** Starts recording an answer from {@code source}; {@link AnswerTake#stop()} judges and saves it. */
    public AnswerTake startAnswer(SoundSource source, Question question, TakeListener listener) throws IOException {
        PendingAttempt pending = answers.begin("microphone");
        WavRecordingWriter writer = null;
        try {
            writer = WavRecordingWriter.create(pending.recording());
            LiveTranscription live = transcriber.startLive(listener::text);
            AnswerTake take = new AnswerTake(this, pending, source, writer, live, question, listener);
            take.start();
            return take;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.close();
            }
            answers.abandon(pending);
            source.close();
            throw e;
        }
    }

    SavedAnswer save(PendingAttempt pending, Transcript transcript, Question question) throws IOException {
        AnswerFeedback feedback = judge(question, transcript);
        return answers.complete(pending, transcript.inFile(org.introcoach.history.AttemptStore.RECORDING), feedback);
    }

    void abandon(PendingAttempt pending) throws IOException {
        answers.abandon(pending);
    }
}
