package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.draft.Draft;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.PendingAttempt;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.progress.ProgressViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Progress screen on several saved takes: table, charts, filter, compare, export. */
class ProgressUiTest {
    private static final String FIRST = "um hello i am maria chen um i um worked at stripe um as a backend engineer "
            + "um i like um distributed systems um and i um want to join um your team";
    private static final String SECOND = "hello i am maria chen i graduated from the university of washington and for seven years "
            + "i have worked at stripe as a backend engineer building distributed systems and i want to join your platform team "
            + "because reliability at scale is what i do best";

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private MainViewModel viewModel;

    private void saveTake(AttemptStore store, IntroAnalyzer analyzer, Resume resume, String text, String draftName) throws Exception {
        String[] tokens = text.split(" ");
        List<Word> words = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            words.add(new Word(tokens[i], 0.5 + i * 0.42, 0.5 + i * 0.42 + 0.35, 0.95));
        }
        Transcript transcript = new Transcript(words, 1 + tokens.length * 0.42);
        Report report = analyzer.analyse(transcript, IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 11)));
        PendingAttempt pending = store.begin("microphone");
        org.introcoach.testing.TestWav.write16(pending.recording(), new short[16_000], 16_000);
        store.complete(pending, report, resume,
                Optional.of(new Draft(draftName, "standard", Map.of())));
    }

    private void open() throws Exception {
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        saveTake(new AttemptStore(data.resolve("attempts"), Clock.fixed(Instant.parse("2026-11-20T18:00:00Z"), ZoneOffset.UTC)),
                analyzer, resume, FIRST, "Acme platform");
        saveTake(new AttemptStore(data.resolve("attempts"), Clock.fixed(Instant.parse("2026-11-22T18:00:00Z"), ZoneOffset.UTC)),
                analyzer, resume, SECOND, "Acme platform");
        saveTake(new AttemptStore(data.resolve("attempts"), Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC)),
                analyzer, resume, SECOND, "Globex data team");
        Path broken = Files.createDirectories(data.resolve("attempts/2026-11-21T08-00-00-000"));
        Files.writeString(broken.resolve("attempt.json"), "{ broken");
        Files.write(broken.resolve("recording.wav"), new byte[64]);

        app = RunningApp.open(data, FakeMicrophones.none(), robot);
        viewModel = app.viewModel;
        robot.clickOn("Progress");
        waitFor(() -> viewModel.progress().allRows().size() == 4);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void historyListsTakesWithTheDamagedOneAndChartsEachDimension() throws Exception {
        open();
        TableView<ProgressViewModel.Row> table = robot.lookup("#historyTable").queryTableView();
        assertEquals(4, table.getItems().size());
        assertTrue(table.getItems().stream().anyMatch(ProgressViewModel.Row::isDamaged));
        LineChart<?, ?> scores = robot.lookup("#scoresChart").query();
        assertEquals(5, scores.getData().size(), "four dimensions and the overall");
        assertEquals(3, scores.getData().get(4).getData().size(), "one point per good take");
        LineChart<?, ?> pace = robot.lookup("#paceChart").query();
        assertEquals(List.of("Pace"), pace.getData().stream().map(series -> series.getName()).toList(),
                "the comfortable band is shaded, not a series of the legend");
        LineChart<?, ?> duration = robot.lookup("#durationChart").query();
        assertEquals(List.of("Duration"), duration.getData().stream().map(series -> series.getName()).toList());
        javafx.scene.shape.Rectangle band = robot.from(duration).lookup(".target-band").query();
        javafx.scene.chart.NumberAxis seconds = (javafx.scene.chart.NumberAxis) duration.getYAxis();
        assertEquals(seconds.getDisplayPosition(45), band.getY(), 0.5, "the shading starts at the template's 45 s");
        assertEquals(seconds.getDisplayPosition(20) - seconds.getDisplayPosition(45), band.getHeight(), 0.5, "and ends at its 20 s");
        assertTrue(band.isVisible() && band.getWidth() > 50, "the band spans the plot");
        assertEquals("Shaded: Target 20–45 s (from the template 'Standard introduction')",
                robot.lookup("#durationCaption").queryAs(Label.class).getText(), "the band says where it comes from");

        TableView<ProgressViewModel.Row> sorted = table;
        List<String> times = sorted.getItems().stream().filter(row -> !row.isDamaged()).map(row -> cellText(sorted, "timeColumn", row)).toList();
        assertFalse(times.isEmpty());
        assertTrue(times.stream().allMatch(time -> time.matches("\\d+:\\d\\d")), "the Time column reads m:ss: " + times);
        List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node node : robot(table).lookup(".column-header .label").queryAll()) {
            Label header = (Label) node;
            var drawn = new FxRobot().from(header).lookup(".text").tryQueryAs(javafx.scene.text.Text.class);
            if (!header.getText().isEmpty() && drawn.isPresent() && !drawn.get().getText().equals(header.getText())) {
                cut.add(header.getText() + " shown as " + drawn.get().getText());
            }
        }
        for (javafx.scene.Node node : robot(table).lookup(".table-cell").queryAll()) {
            var cell = (javafx.scene.control.TableCell<?, ?>) node;
            var drawn = new FxRobot().from(cell).lookup(".text").tryQueryAs(javafx.scene.text.Text.class);
            if (cell.getText() != null && drawn.isPresent() && !drawn.get().getText().equals(cell.getText())) {
                cut.add(cell.getText() + " shown as " + drawn.get().getText());
            }
        }
        assertTrue(cut.isEmpty(), "no column header or cell is cut short: " + cut);

        robot.interact(() -> viewModel.progress().draftFilterProperty().set("Globex data team"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals(1, scores.getData().get(4).getData().size());
        Label empty = robot.lookup("#chartsEmpty").queryAs(Label.class);
        assertTrue(empty.isVisible() && !robot.lookup("#charts").query().isVisible(),
                "one take is no trend: a message instead of charts on an empty axis");
        assertTrue(empty.getText().startsWith("One take so far"), empty.getText());
    }

    /** The text the table shows in column {@code columnId} for {@code row}. */
    private static String cellText(TableView<ProgressViewModel.Row> table, String columnId, ProgressViewModel.Row row) {
        var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
        return robot(table).lookup(".table-cell").queryAll().stream()
                .map(javafx.scene.control.TableCell.class::cast)
                .filter(cell -> cell.getTableColumn() == column && cell.getTableRow() != null && cell.getTableRow().getItem() == row)
                .map(cell -> cell.getText()).findFirst().orElse("");
    }

    private static org.testfx.service.query.NodeQuery robot(TableView<?> table) {
        return new FxRobot().from(table);
    }

    @Test
    void comparingTwoTakesShowsScoreChangesAndFixedFindings() throws Exception {
        open();
        TableView<ProgressViewModel.Row> table = robot.lookup("#historyTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                ProgressViewModel.Row row = table.getItems().get(i);
                if (row.draft().equals("Acme platform")) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        robot.clickOn("#compare");
        waitFor(() -> viewModel.progress().comparisonProperty().get() != null);

        var comparison = viewModel.progress().comparisonProperty().get();
        assertEquals("2026-11-20T18-00-00-000", comparison.before().id());
        String title = robot.lookup("#compareTitle").queryAs(Label.class).getText();
        assertEquals("20 Nov 2026, 18:00 · Acme platform  →  22 Nov 2026, 18:00 · Acme platform", title,
                "the comparison is titled by date and draft, not by the takes' ids");
        assertTrue(comparison.fixed().stream().anyMatch(finding -> finding.code().name().equals("FILLER_WORDS")),
                "the fillers of the first take are gone in the second");
        String change = robot.lookup("#change-conciseness").queryAs(Label.class).getText();
        assertTrue(change.startsWith("+"), "conciseness improved: " + change);
        assertFalse(robot.lookup("#alignedTranscripts .only-before").queryAll().isEmpty(), "words only the first take said are marked");
    }

    @Test
    void exportedHtmlHoldsScoresChartTranscriptAndFindings() throws Exception {
        open();
        Path file = data.resolve("report.html");
        robot.interact(() -> viewModel.progress().export(List.of(), file, true));
        waitFor(() -> Files.exists(file));
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "charts are inline");
        assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"),
                "nothing is fetched");
        assertTrue(html.contains("<span class=\"filler\">um</span>"), "the transcript marks fillers");
        assertTrue(html.contains("reliability at scale"), "the transcripts are there");
        assertTrue(html.contains("Damaged take 2026-11-21T08-00-00-000"), "the damaged take is listed");
        assertTrue(html.contains("Take of 20 Nov 2026, 18:00"));

        robot.clickOn("#historyTable").type(KeyCode.HOME);
        Path json = data.resolve("one.json");
        ProgressViewModel.Row newest = viewModel.progress().rows().get(0);
        robot.interact(() -> viewModel.progress().export(List.of(newest), json, false));
        waitFor(() -> Files.exists(json));
        String exported = Files.readString(json);
        assertTrue(exported.contains("\"overall\""));
        java.util.regex.Matcher decimals = java.util.regex.Pattern.compile("\\d+\\.\\d{3,}").matcher(exported);
        while (decimals.find()) {
            assertTrue(Double.parseDouble(decimals.group()) < 0.1, "the export rounds as the command line does: " + decimals.group());
        }
    }
}
