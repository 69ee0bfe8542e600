package org.introcoach.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.introcoach.analysis.Report;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.audio.SoundSource;
import org.introcoach.audio.WavRecordingWriter;
import org.introcoach.delivery.Prosody;
import org.introcoach.delivery.ProsodyMeter;
import org.introcoach.followup.FollowUpFinder;
import org.introcoach.followup.QuestionBank;
import org.introcoach.history.Attempt;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.PendingAttempt;
import org.introcoach.history.UnfinishedTake;
import org.introcoach.job.JobCheck;
import org.introcoach.speech.LiveTranscription;
import org.introcoach.speech.Transcriber;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.VoskTranscriber;

/**
 * The practice loop without a screen: record or import a take, judge it, save it as an attempt.
 * Used by the app and by the benchmark; safe to call from any one background thread at a time.
 */
public final class Coach {
    private static final System.Logger LOG = System.getLogger(Coach.class.getName());
    private final Transcriber transcriber;
    private final Judge judge;
    private final AttemptStore attempts;
    private final AudioDecoder decoder;
    private final Clock clock;
    private final boolean resumeAware;
    private final FollowUpFinder followUps;

    public Coach(Transcriber transcriber, Judge judge, AttemptStore attempts, AudioDecoder decoder, Clock clock) {
        this(transcriber, judge, attempts, decoder, clock, true);
    }

    /** A coach whose reports also list the follow-up questions each intro invites, from {@code questions}. */
    public Coach(Transcriber transcriber, Judge judge, AttemptStore attempts, AudioDecoder decoder, Clock clock,
                 QuestionBank questions) {
        this(transcriber, judge, attempts, decoder, clock, true, new FollowUpFinder(questions));
    }

    /**
     * @param resumeAware whether recognition listens a second time for the resume's names (see
     *                    {@link org.introcoach.speech.ResumeAwarePass}); off only to measure what it costs
     */
    public Coach(Transcriber transcriber, Judge judge, AttemptStore attempts, AudioDecoder decoder, Clock clock,
                 boolean resumeAware) {
        this(transcriber, judge, attempts, decoder, clock, resumeAware, new FollowUpFinder(new QuestionBank(List.of(), List.of())));
    }

    private Coach(Transcriber transcriber, Judge judge, AttemptStore attempts, AudioDecoder decoder, Clock clock,
                  boolean resumeAware, FollowUpFinder followUps) {
        this.followUps = followUps;
        this.transcriber = transcriber;
        this.judge = judge;
        this.attempts = attempts;
        this.decoder = decoder;
        this.clock = clock;
        this.resumeAware = resumeAware;
    }

    private List<String> vocabulary(Judging judging) {
        return resumeAware ? ResumeVocabulary.of(judging.resume()) : List.of();
    }

    public AttemptStore attempts() {
        return attempts;
    }

    /** Starts recording from {@code source}; the recording is on disk from the first chunk. */
    public Take startTake(SoundSource source, Judging judging, TakeListener listener) throws IOException {
        PendingAttempt pending = attempts.begin("microphone");
        WavRecordingWriter writer = null;
        try {
            writer = WavRecordingWriter.create(pending.recording());
            LiveTranscription live = transcriber.startLive(listener::text).recheckAgainst(vocabulary(judging));
            Take take = new Take(this, pending, source, writer, live, judging, listener);
            take.start();
            return take;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.close();
            }
            attempts.abandon(pending);
            source.close();
            throw e;
        }
    }

    /**
     * Imports a recording: converts it to the attempt's WAV while recognising it, then judges and saves it.
     *
     * @throws org.introcoach.audio.UnreadableAudioException when the file is not audio this app reads; nothing is saved
     * @throws CancellationException when {@code cancelled} answers true; nothing is saved
     */
    public Feedback importRecording(Path file, Judging judging, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        try (DecodedAudio audio = decoder.open(file)) {
            PendingAttempt pending = attempts.begin(file.getFileName().toString());
            try {
                Transcript transcript = recognise(audio, pending, vocabulary(judging), progress, cancelled);
                List<String> warnings = new ArrayList<>(audio.info().warnings());
                return judgeAndSave(pending, transcript, judging, warnings);
            } catch (IOException | RuntimeException e) {
                attempts.abandon(pending);
                throw e;
            }
        }
    }

    /**
     * Finishes a take the app did not get to save: brings its recording's header up to date with
     * the samples in the file (the writer was killed before it could), recognises all of it and
     * saves the attempt.
     */
    public Feedback recover(UnfinishedTake take, Judging judging, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        PendingAttempt pending = attempts.resume(take);
        try (DecodedAudio audio = openRepaired(take.recording());
             LiveTranscription live = transcriber.startQuiet().recheckAgainst(vocabulary(judging))) {
            Transcript transcript = live.feedAll(audio, LiveTranscription.Copy.NONE, progress, cancelled);
            return judgeAndSave(pending, transcript, judging, List.of("recovered from a take that was not finished"));
        } catch (IOException | RuntimeException e) {
            attempts.release(pending);
            throw e;
        }
    }

    private DecodedAudio openRepaired(Path recording) throws IOException {
        WavRecordingWriter.repairHeader(recording);
        return decoder.openRecording(recording);
    }

    private Transcript recognise(DecodedAudio audio, PendingAttempt pending, List<String> vocabulary,
                                 DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        try (WavRecordingWriter writer = WavRecordingWriter.create(pending.recording());
             LiveTranscription live = transcriber.startQuiet().recheckAgainst(vocabulary)) {
            return live.feedAll(audio, writer::write, progress, cancelled);
        }
    }

    /** Judges a finished transcript and saves the attempt. */
    Feedback judgeAndSave(PendingAttempt pending, Transcript transcript, Judging judging, List<String> warnings)
            throws IOException {
        Report report = judge(transcript, judging, measure(pending.recording()));
        List<String> all = new ArrayList<>(warnings);
        if (transcript.isEmpty()) {
            all.add(VoskTranscriber.NO_SPEECH_WARNING);
        }
        Attempt attempt = attempts.complete(pending, report, judging.resume(), judging.draft());
        return new Feedback(attempt, report, pending.recording(), all);
    }

    public Report judge(Transcript transcript, Judging judging) {
        return judge(transcript, judging, Optional.empty());
    }

    /** Judges a transcript together with how its recording sounded. */
    public Report judge(Transcript transcript, Judging judging, Optional<Prosody> prosody) {
        Report report = judge.judge(transcript, judging, YearMonth.now(clock), prosody);
        return report.withFollowUps(followUps.find(report, judging.resume(),
                judging.job().map(org.introcoach.job.JobPosting::emphasis).orElse(java.util.Set.of())));
    }

    /**
     * Pitch, level and held vowels of a take's recording. A recording that cannot be read back (a
     * take stopped before its first chunk) is judged on its words alone.
     */
    Optional<Prosody> measure(Path recording) {
        try (DecodedAudio audio = decoder.open(recording)) {
            return Optional.of(new ProsodyMeter().measure(audio.readAll()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "judging " + recording + " on its words alone: " + e.getMessage());
            return Optional.empty();
        }
    }
}
