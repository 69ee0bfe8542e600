package org.introcoach.practice;

import java.io.IOException;
import org.introcoach.audio.SoundSource;
import org.introcoach.audio.WavRecordingWriter;
import org.introcoach.followup.Question;
import org.introcoach.history.PendingAttempt;
import org.introcoach.history.SavedAnswer;
import org.introcoach.speech.LiveTranscription;
import org.introcoach.speech.Transcript;

/**
 * One answer being recorded: a daemon thread hands every chunk of the source to the WAV file and to
 * live recognition, as an intro {@link Take} does, so stopping leaves only the last moment to recognise.
 */
public final class AnswerTake {
    private final AnswerPractice practice;
    private final PendingAttempt pending;
    private final SoundSource source;
    private final WavRecordingWriter writer;
    private final LiveTranscription live;
    private final Question question;
    private final TakeListener listener;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile String problem;
    private SavedAnswer saved;

    AnswerTake(AnswerPractice practice, PendingAttempt pending, SoundSource source, WavRecordingWriter writer, LiveTranscription live,
               Question question, TakeListener listener) {
        this.practice = practice;
        this.pending = pending;
        this.source = source;
        this.writer = writer;
        this.live = live;
        this.question = question;
        this.listener = listener;
        this.thread = new Thread(this::record, "introcoach-answer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void record() {
        short[] chunk = new short[1600];
        try {
            int count;
            while (!stopping && (count = source.read(chunk)) >= 0) {
                if (count == 0) {
                    continue;
                }
                writer.write(chunk, count);
                live.accept(chunk, count);
                listener.heard(Take.level(chunk, count), writer.seconds());
            }
        } catch (IOException e) {
            problem = e.getMessage();
        }
        if (!stopping) {
            listener.sourceEnded(problem);
        }
    }

    /** Ends the answer: closes the source, finishes recognition, judges and saves it. Off the UI thread. */
    public synchronized SavedAnswer stop() throws IOException {
        if (saved != null) {
            return saved;
        }
        stopping = true;
        source.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the answer", e);
        }
        Transcript transcript;
        try (live) {
            transcript = live.finish();
        } finally {
            writer.close();
        }
        saved = practice.save(pending, transcript, question);
        return saved;
    }
}
