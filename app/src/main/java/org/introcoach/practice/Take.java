package org.introcoach.practice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.introcoach.audio.SoundSource;
import org.introcoach.audio.WavRecordingWriter;
import org.introcoach.history.PendingAttempt;
import org.introcoach.speech.LiveTranscription;
import org.introcoach.speech.Transcript;

/**
 * One recording in progress. A daemon thread reads the sound source and hands every chunk to the
 * WAV file on disk and to live recognition, so when the take stops its transcript is already
 * there and only the last fraction of a second remains to recognise.
 */
public final class Take {
    private static final double SILENCE_DBFS = -60;

    private final SoundSource source;
    private final WavRecordingWriter writer;
    private final LiveTranscription live;
    private final TakeListener listener;
    private final PendingAttempt pending;
    private final Coach coach;
    private final Judging judging;
    private final Thread thread;
    private volatile String problem;
    private volatile boolean stopping;
    private volatile boolean sourceEnded;
    private Feedback feedback;

    Take(Coach coach, PendingAttempt pending, SoundSource source, WavRecordingWriter writer, LiveTranscription live,
         Judging judging, TakeListener listener) {
        this.coach = coach;
        this.pending = pending;
        this.source = source;
        this.writer = writer;
        this.live = live;
        this.judging = judging;
        this.listener = listener;
        this.thread = new Thread(this::record, "introcoach-take");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    public PendingAttempt pending() {
        return pending;
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
                listener.heard(level(chunk, count), writer.seconds());
            }
        } catch (IOException e) {
            problem = e.getMessage();
        }
        if (!stopping) {
            sourceEnded = true;
            listener.sourceEnded(problem);
        }
    }

    /** RMS loudness mapped from -60..0 dBFS onto 0..1, the range a level meter shows. */
    static double level(short[] chunk, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double sample = chunk[i] / 32768.0;
            sum += sample * sample;
        }
        double rms = Math.sqrt(sum / Math.max(1, count));
        double dbfs = rms <= 0 ? SILENCE_DBFS : 20 * Math.log10(rms);
        return Math.max(0, Math.min(1, (dbfs - SILENCE_DBFS) / -SILENCE_DBFS));
    }

    /**
     * Ends the take: closes the source, finishes recognition, judges and saves it. Call once, off the UI thread.
     */
    public synchronized Feedback stop() throws IOException {
        if (feedback != null) {
            return feedback;
        }
        stopping = true;
        source.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the take", e);
        }
        Transcript transcript;
        try (live) {
            transcript = live.finish();
        } finally {
            writer.close();
        }
        List<String> warnings = new ArrayList<>();
        Optional.ofNullable(problem).ifPresent(warnings::add);
        feedback = coach.judgeAndSave(pending, transcript, judging, warnings);
        return feedback;
    }

    /** True when the source ran out or was lost before {@link #stop()}. */
    public boolean sourceEnded() {
        return sourceEnded;
    }
}
