package org.introcoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.analysis.SpokenText;
import org.introcoach.draft.Draft;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptStoreTest {
    private static Resume resume;
    private static Report report;
    private static Transcript transcript;

    @TempDir
    Path folder;

    @BeforeAll
    static void judgeOneIntro() throws Exception {
        resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        Transcript spoken = new Transcript(List.of(new Word("hello", 0.2, 0.5, 1), new Word("i", 0.6, 0.7, 1),
                new Word("am", 0.7, 0.9, 1), new Word("maria", 0.9, 1.3, 1), new Word("chen", 1.3, 1.7, 1)), 2.0);
        report = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled())
                .analyse(SpokenText.of(spoken), IntroAnalyzer.Against.resume(resume, java.time.YearMonth.of(2026, 11)));
        transcript = spoken.inFile("recording.wav");
    }

    private AttemptStore store(String instant) {
        return new AttemptStore(folder, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private Attempt save(AttemptStore store, Optional<Draft> draft) throws Exception {
        PendingAttempt pending = store.begin("microphone");
        Files.write(pending.recording(), new byte[100]);
        return store.complete(pending, transcript, report, resume, draft);
    }

    @Test
    void completedAttemptIsListedAndLoadsBackWithEverythingItWasJudgedAgainst() throws Exception {
        AttemptStore store = store("2026-11-25T09:00:00Z");
        Draft draft = new Draft("Interview at Acme", "standard", Map.of("name", "Maria Chen"));
        Attempt saved = save(store, Optional.of(draft));

        List<StoredAttempt> listed = store.list();
        assertEquals(1, listed.size());
        Attempt attempt = assertInstanceOf(StoredAttempt.Complete.class, listed.get(0)).attempt();
        assertEquals(saved, attempt);
        assertEquals(report.overall(), attempt.overall());
        assertEquals("Interview at Acme", attempt.draft());

        AttemptContents contents = store.load(saved.id());
        assertEquals(report, contents.report());
        assertEquals(resume, contents.resume());
        assertEquals(Optional.of(draft), contents.draft());
    }

    @Test
    void newestAttemptComesFirst() throws Exception {
        save(store("2026-11-24T09:00:00Z"), Optional.empty());
        Attempt later = save(store("2026-11-25T09:00:00Z"), Optional.empty());
        assertEquals(later.id(), store("2026-11-25T10:00:00Z").list().get(0).id());
    }

    @Test
    void deletedAttemptDisappearsAndUndoBringsItBack() throws Exception {
        AttemptStore store = store("2026-11-25T09:00:00Z");
        Attempt attempt = save(store, Optional.empty());
        AttemptStore.DeletedAttempt deleted = store.delete(attempt.id());
        assertTrue(store.list().isEmpty());
        store.restore(deleted);
        assertEquals(attempt.id(), store.list().get(0).id());
        assertEquals(report, store.load(attempt.id()).report());
    }

    @Test
    void emptyingTheTrashDeletesForGood() throws Exception {
        AttemptStore store = store("2026-11-25T09:00:00Z");
        Attempt attempt = save(store, Optional.empty());
        AttemptStore.DeletedAttempt deleted = store.delete(attempt.id());
        store.emptyTrash();
        assertTrue(Files.notExists(deleted.trashed()));
        assertTrue(store.list().isEmpty());
    }

    @Test
    void recordingWithoutResultsIsAnUnfinishedTakeOnceNoTakeIsUnderWay() throws Exception {
        AttemptStore recording = store("2026-11-25T09:00:00Z");
        PendingAttempt pending = recording.begin("microphone");
        Files.write(pending.recording(), new byte[44 + 32_000 * 3]);
        assertTrue(recording.unfinished().isEmpty(), "the take being recorded is not offered for recovery");

        AttemptStore nextStart = store("2026-11-25T10:00:00Z");
        List<UnfinishedTake> unfinished = nextStart.unfinished();
        assertEquals(1, unfinished.size());
        assertEquals(3.0, unfinished.get(0).seconds(), 0.01);
        assertEquals(Instant.parse("2026-11-25T09:00:00Z"), unfinished.get(0).startedAt());
        assertTrue(nextStart.list().isEmpty(), "an unfinished take is not an attempt yet");
    }

    @Test
    void damagedFoldersAreListedWithTheReasonBesideGoodOnes() throws Exception {
        AttemptStore store = store("2026-11-25T09:00:00Z");
        Attempt good = save(store, Optional.empty());
        Path broken = Files.createDirectories(folder.resolve("2026-11-20T08-00-00-000"));
        Files.writeString(broken.resolve("attempt.json"), "{ not json");
        Files.write(broken.resolve("recording.wav"), new byte[100]);
        Path noWav = Files.createDirectories(folder.resolve("2026-11-21T08-00-00-000"));
        Files.copy(folder.resolve(good.id()).resolve("attempt.json"), noWav.resolve("attempt.json"));

        List<StoredAttempt> listed = store.list();
        assertEquals(3, listed.size());
        assertInstanceOf(StoredAttempt.Complete.class, listed.get(0));
        StoredAttempt.Damaged missingRecording = assertInstanceOf(StoredAttempt.Damaged.class, listed.get(1));
        assertTrue(missingRecording.reason().contains("recording.wav is missing"), missingRecording.reason());
        StoredAttempt.Damaged badJson = assertInstanceOf(StoredAttempt.Damaged.class, listed.get(2));
        assertTrue(badJson.reason().startsWith("attempt.json cannot be read"), badJson.reason());
        assertTrue(Files.exists(broken.resolve("attempt.json")), "damaged attempts are never deleted");
    }

    @Test
    void aTakeWhoseReportIsCutShortIsListedAsDamagedNotAsAGoodTake() throws Exception {
        Attempt cut = save(store("2026-11-25T09:00:00Z"), Optional.empty());
        Attempt noResume = save(store("2026-11-25T10:00:00Z"), Optional.empty());
        Path report = folder.resolve(cut.id()).resolve("report.json");
        byte[] whole = Files.readAllBytes(report);
        Files.write(report, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.delete(folder.resolve(noResume.id()).resolve("resume.json"));

        List<StoredAttempt> listed = store("2026-11-25T11:00:00Z").list();

        StoredAttempt.Damaged missing = assertInstanceOf(StoredAttempt.Damaged.class, listed.get(0));
        assertEquals("resume.json is missing", missing.reason());
        StoredAttempt.Damaged damaged = assertInstanceOf(StoredAttempt.Damaged.class, listed.get(1));
        assertEquals("report.json is damaged: it is not a whole JSON document (cut short?)", damaged.reason());
    }
}
