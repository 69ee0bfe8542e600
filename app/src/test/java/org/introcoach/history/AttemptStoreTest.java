package org.introcoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.FindingCode;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
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
    private static final ObjectMapper JSON = org.introcoach.storage.JsonFormat.pretty();
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
                .analyse(spoken, IntroAnalyzer.Against.resume(resume, java.time.YearMonth.of(2026, 11)));
        transcript = spoken.inFile("recording.wav");
    }

    private AttemptStore store(String instant) {
        return new AttemptStore(folder, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private Attempt save(AttemptStore store, Optional<Draft> draft) throws Exception {
        PendingAttempt pending = store.begin("microphone");
        Files.write(pending.recording(), new byte[100]);
        return store.complete(pending, report, resume, draft);
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

    @Test
    void aTakeStoresItsTranscriptOnceInTheTranscriptFile() throws Exception {
        Attempt saved = save(store("2026-11-25T09:00:00Z"), Optional.empty());
        Path take = folder.resolve(saved.id());

        JsonNode reportJson = JSON.readTree(take.resolve("report.json").toFile());
        assertFalse(reportJson.has("transcript"), "report.json leaves the transcript to transcript.json");
        assertFalse(Files.readString(take.resolve("report.json")).contains("\"conf\""), "no word of the transcript is in report.json");
        assertTrue(reportJson.has("findings") && reportJson.has("metrics") && reportJson.has("overall"));
        assertEquals(transcript, JSON.readValue(take.resolve("transcript.json").toFile(), Transcript.class));
        assertEquals(report.transcript(), store("2026-11-25T10:00:00Z").load(saved.id()).report().transcript(),
                "reading the take puts the one transcript back into its report");
    }

    @Test
    void aTakeWhoseReportLeavesTheTranscriptToAMissingFileIsIncomplete() throws Exception {
        Attempt saved = save(store("2026-11-25T09:00:00Z"), Optional.empty());
        Files.delete(folder.resolve(saved.id()).resolve("transcript.json"));

        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> store("2026-11-25T10:00:00Z").load(saved.id()));
        assertTrue(refused.getMessage().endsWith("transcript.json: no such file"), refused.getMessage());
    }

    /**
     * A take saved before the transcript was stored once (the fixture was written by that code,
     * with its HTML transcript beside it): its report.json holds the transcript as judged, and it
     * still lists, loads and marks the same words.
     */
    @Test
    void aTakeSavedWithTheTranscriptInsideItsReportStillLoadsWithTheSameFindingsAndMarks() throws Exception {
        Path take = Files.createDirectories(folder.resolve("2026-11-20T10-00-00-000"));
        for (String file : List.of("attempt.json", "report.json", "resume.json", "transcript.json")) {
            Files.writeString(take.resolve(file), fixture(file));
        }
        Files.write(take.resolve("recording.wav"), new byte[100]);
        AttemptStore store = store("2026-11-25T09:00:00Z");

        assertInstanceOf(StoredAttempt.Complete.class, store.list().get(0));
        AttemptContents contents = store.load("2026-11-20T10-00-00-000");
        Report old = contents.report();
        assertEquals(List.of(FindingCode.NAME_MISMATCH, FindingCode.EMPLOYER_MISMATCH, FindingCode.EXPERIENCE_YEARS_MISMATCH,
                FindingCode.TOO_SHORT), old.findings().stream().map(Finding::code).toList());
        assertEquals(60, old.overall());
        assertEquals(52, old.transcript().words().size());
        assertEquals(JSON.readTree(fixture("report.json")).get("transcript"), JSON.valueToTree(old.transcript()),
                "the report's own copy is read, not transcript.json");
        String html = new HtmlExport(ZoneOffset.UTC).attempt(contents);
        assertTrue(html.contains(fixture("marked-transcript.html").strip()), "the export marks the same words as when it was saved");
        assertTrue(Files.readString(take.resolve("report.json")).contains("\"transcript\""), "nothing is rewritten");
    }

    private static String fixture(String file) throws java.io.IOException {
        try (var in = AttemptStoreTest.class.getResourceAsStream("take-before-one-record/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
