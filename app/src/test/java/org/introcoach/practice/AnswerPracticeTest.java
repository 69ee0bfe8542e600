package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.followup.Question;
import org.introcoach.followup.QuestionBanks;
import org.introcoach.history.AnswerStore;
import org.introcoach.history.SavedAnswer;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerPracticeTest {
    @TempDir
    Path data;

    @Test
    void anImportedAnswerIsJudgedSavedAndListedAsAnAnswer() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        AnswerStore store = AnswerStore.in(new DataDirectory(data), clock);
        AnswerPractice practice = new AnswerPractice(TestSpeech.transcriber(), new AudioDecoder(), store, LanguageModels.loadBundled());
        Question walk = new QuestionBanks().load(new DataDirectory(data)).find("walk-me-through").orElseThrow();

        SavedAnswer saved = practice.importAnswer(ProjectFiles.sample("intro-maria-chen.wav"), walk, fraction -> { }, () -> false);

        assertEquals("answer", saved.kind());
        assertEquals("walk-me-through", saved.questionId());
        assertTrue(saved.feedback().durationSeconds() > 30, saved.toString());
        assertTrue(saved.feedback().transcript().contains("stripe"), saved.feedback().transcript());
        assertTrue(Files.size(store.recording(saved)) > 100_000, "the recording is kept with the answer");
        AnswerStore.Listing listing = store.list();
        assertEquals(1, listing.answers().size());
        assertEquals(saved.feedback(), listing.answers().get(0).feedback());
    }

    @Test
    void aDamagedAnswerIsListedWithTheReasonAndTheOthersStillLoad() throws Exception {
        Path answers = data.resolve(AnswerStore.FOLDER);
        Files.createDirectories(answers.resolve("2026-11-01T10-00-00-000"));
        Files.writeString(answers.resolve("2026-11-01T10-00-00-000/answer.json"), "{\"kind\": \"answer\", \"id\": ");

        AnswerStore.Listing listing = AnswerStore.in(new DataDirectory(data), Clock.systemUTC()).list();

        assertEquals(0, listing.answers().size());
        assertEquals(1, listing.damaged().size());
        assertTrue(listing.damaged().get(0).reason().startsWith("answer.json cannot be read"), listing.damaged().toString());
    }
}
