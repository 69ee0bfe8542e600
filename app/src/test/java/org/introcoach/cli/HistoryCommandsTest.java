package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.PendingAttempt;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandsTest {
    @TempDir
    Path folder;

    private DataDirectory data;

    @BeforeEach
    void saveTwoTakesAndADamagedOne() throws Exception {
        data = new DataDirectory(folder);
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        save(analyzer, resume, "2026-11-20T18:00:00Z", "um hello i am maria chen um i um work at stripe um");
        save(analyzer, resume, "2026-11-22T18:00:00Z", "hello i am maria chen a backend engineer at stripe");
        Path broken = Files.createDirectories(data.attempts().resolve("2026-11-21T08-00-00-000"));
        Files.writeString(broken.resolve("attempt.json"), "[");
        Files.write(broken.resolve("recording.wav"), new byte[64]);
    }

    private void save(IntroAnalyzer analyzer, Resume resume, String when, String text) throws Exception {
        String[] tokens = text.split(" ");
        List<Word> words = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            words.add(new Word(tokens[i], 0.4 * i, 0.4 * i + 0.3, 1.0));
        }
        Transcript transcript = new Transcript(words, 0.4 * tokens.length);
        Report report = analyzer.analyse(transcript, IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 11)));
        AttemptStore store = new AttemptStore(data.attempts(), Clock.fixed(Instant.parse(when), ZoneOffset.UTC));
        PendingAttempt pending = store.begin("microphone");
        Files.write(pending.recording(), new byte[44]);
        store.complete(pending, report, resume, Optional.empty());
    }

    @Test
    void historyListsTakesNewestFirstAndTheDamagedOneWithItsReason() {
        CliRun run = CliRun.in(data, "history");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).startsWith("2026-11-22T18-00-00-000"), run.out());
        assertTrue(lines.get(2).startsWith("2026-11-20T18-00-00-000"), run.out());
        assertTrue(lines.get(3).startsWith("2026-11-21T08-00-00-000    damaged: attempt.json cannot be read"), run.out());
    }

    @Test
    void historyAsJsonCarriesScoresAndDamage() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.in(data, "history", "--format", "json").out());
        assertEquals(2, json.get("attempts").size());
        assertTrue(json.get("attempts").get(0).get("scores").has("conciseness"));
        assertEquals("2026-11-21T08-00-00-000", json.get("damaged").get(0).get("id").asText());
    }

    @Test
    void exportWritesOneTakeAsHtmlAndJson() throws Exception {
        Path html = folder.resolve("take.html");
        Path json = folder.resolve("take.json");
        CliRun run = CliRun.in(data, "export", "2026-11-20T18-00-00-000", "--html", html.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(html);
        assertTrue(page.contains("Take of 20 Nov 2026, 18:00"), page);
        assertTrue(page.contains("<span class=\"filler\">um</span>"));
        JsonNode document = new ObjectMapper().readTree(json.toFile());
        assertEquals("2026-11-20T18-00-00-000", document.get("attempt").get("id").asText());
        assertTrue(document.get("report").get("findings").toString().contains("FILLER_WORDS"));
        JsonNode transcript = document.get("report").get("transcript");
        assertEquals("um hello i am maria chen um i um work at stripe um", transcript.get("text").asText(),
                "the export's report keeps its transcript field, from the take's one transcript file");
        assertEquals(13, transcript.get("result").size());
    }

    @Test
    void exportAllHasTheChartsAndEveryTake() throws Exception {
        Path html = folder.resolve("all.html");
        assertEquals(0, CliRun.in(data, "export", "all", "--html", html.toString()).exitCode());
        String page = Files.readString(html);
        assertEquals(4, page.split("<svg", -1).length - 1, "scores, pace, fillers and duration charts");
        assertTrue(page.contains("Take of 22 Nov 2026, 18:00") && page.contains("Take of 20 Nov 2026, 18:00"));
    }

    @Test
    void exportOfAnUnknownOrDamagedTakeIsOneLine() {
        CliRun unknown = CliRun.in(data, "export", "yesterday", "--html", folder.resolve("x.html").toString());
        assertEquals(2, unknown.exitCode());
        assertEquals(List.of("introcoach: there is no take 'yesterday' in " + data.attempts() + "; 'introcoach history' lists them"),
                unknown.errLines());
        CliRun damaged = CliRun.in(data, "export", "2026-11-21T08-00-00-000", "--json", folder.resolve("x.json").toString());
        assertEquals(2, damaged.exitCode());
        assertTrue(damaged.errLines().get(0).startsWith("introcoach: the take 2026-11-21T08-00-00-000 is damaged"), damaged.err());
        assertTrue(Files.notExists(folder.resolve("x.json")));
    }
}
