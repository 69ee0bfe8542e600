package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.FindingCode;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.CaptureLostException;
import org.introcoach.audio.FileSoundSource;
import org.introcoach.audio.SoundSource;
import org.introcoach.audio.UnreadableAudioException;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.StoredAttempt;
import org.introcoach.history.UnfinishedTake;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachTest {
    private static SpeechModel model;
    private static Judge judge;
    private static Judging judging;

    @TempDir
    Path data;

    @BeforeAll
    static void load() throws Exception {
        model = SpeechModel.load(ProjectFiles.voskModel());
        judge = Judge.load();
        judging = Judging.resumeOnly(new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json")));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private Coach coach() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        return new Coach(new VoskTranscriber(model, new AudioDecoder()), judge, new AttemptStore(data, clock),
                new AudioDecoder(), clock);
    }

    private static final class Recorder implements TakeListener {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final AtomicInteger levels = new AtomicInteger();
        volatile double loudest;
        volatile String endedProblem;
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void heard(double level, double seconds) {
            levels.incrementAndGet();
            loudest = Math.max(loudest, level);
        }

        @Override
        public void text(String soFar) {
            texts.add(soFar);
        }

        @Override
        public void sourceEnded(String problem) {
            endedProblem = problem;
            ended.countDown();
        }
    }

    @Test
    void takeIsTranscribedLiveJudgedAndSavedWhenItStops() throws Exception {
        Coach coach = coach();
        Recorder listener = new Recorder();
        SoundSource sample = new FileSoundSource(new AudioDecoder().open(ProjectFiles.sample("intro-maria-chen.wav")), false);
        Take take = coach.startTake(sample, judging, listener);
        assertTrue(listener.ended.await(60, TimeUnit.SECONDS));
        Feedback feedback = take.stop();

        assertFalse(listener.texts.isEmpty(), "text grew while the take was recorded");
        assertTrue(listener.loudest > 0.5, "speech shows on the level meter: " + listener.loudest);
        assertTrue(feedback.report().transcript().text().contains("maria"), feedback.report().transcript().text());
        assertEquals(41.5, feedback.attempt().durationSeconds(), 0.2);
        assertEquals(1, coach.attempts().list().size());
        assertTrue(Files.size(feedback.recording()) > 41 * 32_000, "the whole take is on disk");
        assertEquals(feedback.report(), coach.attempts().load(feedback.attempt().id()).report());
    }

    @Test
    void importedRecordingGivesTheSameReportAsRecordingIt() throws Exception {
        Coach coach = coach();
        Path sample = ProjectFiles.sample("intro-maria-chen.wav");
        List<Double> progress = new CopyOnWriteArrayList<>();
        Feedback imported = coach.importRecording(sample, judging, progress::add, () -> false);
        Recorder listener = new Recorder();
        Take take = coach.startTake(new FileSoundSource(new AudioDecoder().open(sample), false), judging, listener);
        listener.ended.await(60, TimeUnit.SECONDS);
        Feedback recorded = take.stop();

        assertEquals(recorded.report().findings(), imported.report().findings());
        assertEquals(recorded.report().overall(), imported.report().overall());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() > 10, "progress moves during the import");
        assertEquals("intro-maria-chen.wav", imported.attempt().source());
    }

    @Test
    void cancelledImportSavesNothing() throws Exception {
        Coach coach = coach();
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> coach.importRecording(ProjectFiles.sample("intro-maria-chen.wav"),
                judging, fraction -> { }, () -> polls.incrementAndGet() > 20));
        assertTrue(coach.attempts().list().isEmpty());
        assertTrue(coach.attempts().unfinished().isEmpty());
    }

    @Test
    void unreadableImportIsRefusedWithTheReasonAndSavesNothing() throws Exception {
        Coach coach = coach();
        Path notAudio = Files.writeString(data.resolve("notes.wav"), "these are my notes, not a recording");
        UnreadableAudioException error = assertThrows(UnreadableAudioException.class,
                () -> coach.importRecording(notAudio, judging, fraction -> { }, () -> false));
        assertTrue(error.getMessage().startsWith(notAudio.toString()), error.getMessage());
        assertTrue(coach.attempts().list().isEmpty());
    }

    @Test
    void silentImportIsSavedWithAWarningAndTheNothingHeardFinding() throws Exception {
        Coach coach = coach();
        Path silence = org.introcoach.testing.TestWav.write16(data.resolve("silence.wav"), new short[16_000 * 3], 16_000);
        Feedback feedback = coach.importRecording(silence, judging, fraction -> { }, () -> false);
        assertTrue(feedback.warnings().contains(VoskTranscriber.NO_SPEECH_WARNING), feedback.warnings().toString());
        assertTrue(feedback.report().has(FindingCode.MISSING_SECTION));
    }

    @Test
    void microphoneLostMidTakeKeepsWhatWasRecordedAndJudgesIt() throws Exception {
        Coach coach = coach();
        SoundSource first20Seconds = new SoundSource() {
            final FileSoundSource file = new FileSoundSource(new AudioDecoder().open(ProjectFiles.sample("intro-maria-chen.wav")), false);
            long delivered;

            @Override
            public int read(short[] buffer) throws IOException {
                if (delivered >= 20 * 16_000) {
                    throw new CaptureLostException("The microphone 'USB mic' stopped sending sound.");
                }
                int count = file.read(buffer);
                delivered += count;
                return count;
            }

            @Override
            public String name() {
                return "USB mic";
            }

            @Override
            public void close() {
                file.close();
            }
        };
        Recorder listener = new Recorder();
        // judged against the usual 60-90 s of an intro, so that the 20 s kept is plainly too short
        Take take = coach.startTake(first20Seconds, judging.withTarget(new LengthTarget(IntroAnalyzer.DEFAULT_TARGET, "the usual length")), listener);
        assertTrue(listener.ended.await(60, TimeUnit.SECONDS));
        assertEquals("The microphone 'USB mic' stopped sending sound.", listener.endedProblem);
        Feedback feedback = take.stop();
        assertEquals(20.0, feedback.attempt().durationSeconds(), 0.1);
        assertTrue(feedback.warnings().contains("The microphone 'USB mic' stopped sending sound."));
        assertTrue(feedback.report().has(FindingCode.TOO_SHORT));
        assertTrue(feedback.report().score(Dimension.CONCISENESS) < 100);
    }

    @Test
    void takeLeftUnfinishedIsOfferedAndRecoveredOnTheNextStart() throws Exception {
        Coach crashed = coach();
        Recorder listener = new Recorder();
        Take take = crashed.startTake(new FileSoundSource(new AudioDecoder().open(ProjectFiles.sample("intro-maria-chen.wav")), false),
                judging, listener);
        listener.ended.await(60, TimeUnit.SECONDS);
        // the app dies here: stop() is never called, so no results are saved

        Coach nextStart = coach();
        List<UnfinishedTake> unfinished = nextStart.attempts().unfinished();
        assertEquals(1, unfinished.size());
        assertTrue(unfinished.get(0).seconds() > 40, "all but the last second is on disk: " + unfinished.get(0).seconds());
        Feedback recovered = nextStart.recover(unfinished.get(0), judging, fraction -> { }, () -> false);
        assertTrue(recovered.report().transcript().text().contains("maria"));
        assertInstanceOf(StoredAttempt.Complete.class, nextStart.attempts().list().get(0));
        assertTrue(nextStart.attempts().unfinished().isEmpty());
        assertEquals(take.pending().id(), recovered.attempt().id());
    }
}
