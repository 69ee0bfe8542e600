package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.introcoach.analysis.MarkedTranscript;
import org.introcoach.audio.Microphones;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.attempts.AttemptsViewModel;
import org.introcoach.ui.feedback.FeedbackViewModel;
import org.introcoach.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The practice loop driven through the real scene, headless, with the real models. */
class PracticeLoopUiTest {
    private static final Path SAMPLE = ProjectFiles.sample("intro-maria-chen.wav");

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private MainViewModel viewModel;

    private void open(Microphones microphones) throws Exception {
        app = RunningApp.open(data, microphones, robot);
        viewModel = app.viewModel;
        waitFor(() -> viewModel.practice().phaseProperty().get() == PracticeViewModel.Phase.READY);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private <T extends Node> T find(String id) {
        return robot.lookup(id).query();
    }

    @Test
    void importedTakeShowsFourScoresAndFindingsAndClickingAFindingHighlightsItsWords() throws Exception {
        open(FakeMicrophones.none());
        // James's intro judged against Maria's resume (the one a new user starts with): his name is a mismatch
        robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample("career-change-james-patel.wav")));
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());

        int overall = Integer.parseInt(robot.lookup("#overall").queryAs(Label.class).getText());
        int sum = 0;
        for (String dimension : List.of("consistency", "structure", "conciseness", "motivation")) {
            int score = Integer.parseInt(robot.lookup("#score-" + dimension).queryAs(Label.class).getText());
            assertTrue(score >= 0 && score <= 100, dimension + " " + score);
            assertEquals(score / 100.0, robot.lookup("#bar-" + dimension).queryAs(ProgressBar.class).getProgress(), 1e-9);
            sum += score;
        }
        // his name is a mismatch, so the overall is capped (a wrong name cannot average away)
        assertEquals(Math.min(Math.round(sum / 4.0), org.introcoach.analysis.IntroAnalyzer.WRONG_IDENTITY_CAP), overall);

        ListView<FeedbackViewModel.FindingItem> findings = find("#findings");
        assertFalse(findings.getItems().isEmpty(), "the sample intro has things to work on");
        ListCell<?> timedFinding = robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getListView() == findings && cell.getItem() instanceof FeedbackViewModel.FindingRow row
                && row.finding().start() != null).query();
        FeedbackViewModel.FindingRow clicked = (FeedbackViewModel.FindingRow) timedFinding.getItem();
        robot.clickOn(timedFinding);
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> highlighted = robot.lookup("#transcript .word").match(node -> node.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("highlighted"))).queryAll().stream().toList();
        assertFalse(highlighted.isEmpty(), "clicking " + clicked.message() + " highlights its words");
        assertTrue(highlighted.stream().map(node -> ((Label) node).getText()).toList().contains("patel"),
                "the name said is highlighted");
        for (Node word : highlighted) {
            org.introcoach.speech.Word marked = (org.introcoach.speech.Word) word.getUserData();
            assertTrue(marked.end() > clicked.finding().start() && marked.start() < clicked.finding().end(),
                    marked + " lies within the finding's time");
        }

        javafx.scene.control.TableView<FeedbackViewModel.ResumeRow> resumeCheck = find("#resumeCheck");
        assertTrue(resumeCheck.getItems().stream().anyMatch(check -> check.field().equals("name")
                && check.resume().equals("Maria Chen") && check.heard().equals("james patel") && check.status().equals("contradicted")),
                resumeCheck.getItems().toString());

        AttemptsViewModel.Row row = viewModel.attempts().rowList().get(0);
        assertEquals(String.valueOf(overall), row.overall());
        assertTrue(Files.exists(data.resolve("attempts").resolve(row.id()).resolve("attempt.json")));
        assertTrue(Files.exists(data.resolve("attempts").resolve(row.id()).resolve("recording.wav")));
        assertEquals(1, robot.lookup("#attempts").queryListView().getItems().size());
    }

    @Test
    void importedTakeShowsItsPitchAndPaceUnderTheTranscript() throws Exception {
        open(FakeMicrophones.none());
        robot.interact(() -> viewModel.practice().importRecording(SAMPLE));
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.Region strip = find("#deliveryStrip");
        assertTrue(strip.isVisible() && strip.getParent().isVisible() && strip.getWidth() > 200, "the strip is shown, " + strip.getWidth() + " px wide");
        List<javafx.scene.shape.Polyline> contour = strip.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.shape.Polyline.class::isInstance).map(javafx.scene.shape.Polyline.class::cast).toList();
        long bars = strip.getChildrenUnmodifiable().stream().filter(node -> node.getStyleClass().contains("strip-pace")).count();
        var chart = viewModel.feedback().deliveryProperty().get();
        assertEquals(chart.phrases().size(), bars, "one pace bar per phrase");
        assertEquals(chart.contour().size(), contour.size(), "one line per voiced run");
        assertTrue(contour.size() > 10, "a 48 s intro has many voiced runs: " + contour.size());
        double firstX = contour.get(0).getPoints().get(0);
        double lastX = contour.get(contour.size() - 1).getPoints().get(contour.get(contour.size() - 1).getPoints().size() - 2);
        assertTrue(lastX - firstX > strip.getWidth() * 0.7, "the contour spans the take, as the words do");

        String target = robot.lookup("#feedbackTarget").queryAs(Label.class).getText();
        assertEquals("Target 20–45 s (from the template 'Standard introduction')", target,
                "the feedback says which length the take was judged against and where it comes from");
        assertEquals(target, viewModel.practice().targetTextProperty().get(), "the same target as the Practice screen's");
    }

    @Test
    void resumeCheckCellsShowTheirWholeTextInASmallWindow() throws Exception {
        open(FakeMicrophones.none());
        robot.interact(() -> robot.window(0).setWidth(1000));
        robot.interact(() -> viewModel.practice().importRecording(SAMPLE));
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());
        robot.clickOn("Resume check");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<FeedbackViewModel.ResumeRow> resumeCheck = find("#resumeCheck");
        List<javafx.scene.control.TableCell<?, ?>> cells = robot.from(resumeCheck).lookup(".table-cell").queryAll().stream()
                .<javafx.scene.control.TableCell<?, ?>>map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .filter(cell -> cell.getItem() != null).toList();
        assertTrue(cells.stream().anyMatch(cell -> "employer".equals(cell.getItem())), "the sample's employer is checked");
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
            javafx.scene.text.Text text = (javafx.scene.text.Text) cell.getGraphic();
            assertEquals(cell.getItem(), text.getText(), "the whole text, not cut with an ellipsis");
            assertTrue(text.getLayoutBounds().getWidth() <= cell.getWidth() + 0.5
                    && text.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5,
                    "'" + text.getText() + "' fits its cell: " + text.getLayoutBounds() + " in " + cell.getWidth() + "x" + cell.getHeight());
        }
    }

    @Test
    void takeLeftUnfinishedByACrashIsOfferedAndAnalysedOnNextStart() throws Exception {
        Path unfinished = Files.createDirectories(data.resolve("attempts/2026-11-24T18-30-00-000"));
        Files.copy(SAMPLE, unfinished.resolve("recording.wav"));
        open(FakeMicrophones.none());
        waitFor(() -> viewModel.noticeProperty().get() != null && viewModel.noticeProperty().get().action().isPresent());
        assertTrue(robot.lookup("#noticeText").queryAs(Label.class).getText().contains("was not finished"));
        assertEquals("Analyse it", robot.lookup("#noticeAction").queryButton().getText());
        robot.clickOn("#noticeAction");
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());
        assertEquals("2026-11-24T18-30-00-000", viewModel.attempts().rowList().get(0).id());
        assertTrue(Files.exists(unfinished.resolve("attempt.json")));
    }

    @Test
    void deletedTakeComesBackWithUndo() throws Exception {
        open(FakeMicrophones.none());
        robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample("short-hello.wav")));
        waitFor(() -> viewModel.attempts().rowList().size() == 1);
        robot.clickOn(robot.lookup("#attempts .list-cell").match(node -> ((ListCell<?>) node).getItem() != null).queryAs(Node.class));
        robot.clickOn("#deleteAttempt");
        waitFor(() -> viewModel.attempts().rowList().isEmpty());
        assertEquals("Undo", robot.lookup("#noticeAction").queryButton().getText());
        robot.clickOn("#noticeAction");
        waitFor(() -> viewModel.attempts().rowList().size() == 1);
    }

    @Test
    void withoutAMicrophoneRecordingIsUnavailableButImportWorks() throws Exception {
        open(FakeMicrophones.none());
        waitFor(() -> !robot.lookup("#microphoneNotice").queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#microphoneNotice").queryAs(Label.class).getText().startsWith("No microphone was found"));
        assertTrue(robot.lookup("#record").queryButton().isDisabled());
        robot.clickOn("#feedback").press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PracticeViewModel.Phase.READY, viewModel.practice().phaseProperty().get());
        assertFalse(robot.lookup("#import").queryButton().isDisabled(), "import needs no audio device");
    }

    @Test
    void busyMicrophoneGivesAClearMessageAndSavesNothing() throws Exception {
        open(FakeMicrophones.busy());
        waitFor(() -> !robot.lookup("#record").queryButton().isDisabled());
        robot.clickOn("#record");
        waitFor(() -> viewModel.noticeProperty().get() != null);
        assertTrue(viewModel.noticeProperty().get().error());
        assertTrue(robot.lookup("#noticeText").queryAs(Label.class).getText().contains("'Headset' could not be opened"));
        assertTrue(robot.lookup("#errorDialog").tryQuery().isPresent(), "an error dialog is shown");
        assertEquals(PracticeViewModel.Phase.READY, viewModel.practice().phaseProperty().get());
        assertTrue(viewModel.attemptStore().list().isEmpty());
    }

    @Test
    void spaceRecordsATakeWithLiveTranscriptAndFeedbackWhenTheMicrophoneIsLost() throws Exception {
        open(FakeMicrophones.hearing(SAMPLE, 30));
        waitFor(() -> !robot.lookup("#record").queryButton().isDisabled());
        robot.clickOn("#feedback").press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());

        assertTrue(robot.lookup("#liveText").queryAs(Label.class).getText().contains("maria"), "the live transcript showed the words");
        assertTrue(viewModel.noticeProperty().get().text().contains("stopped sending sound"));
        assertEquals("0:30", robot.lookup("#timer").queryAs(Label.class).getText());
        assertTrue(viewModel.feedback().metricsProperty().get().startsWith("0:30"), viewModel.feedback().metricsProperty().get());
    }
}
