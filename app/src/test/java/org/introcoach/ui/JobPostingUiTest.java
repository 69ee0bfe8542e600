package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.job.JobViewModel;
import org.introcoach.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The job posting in the app: opened or pasted, remembered, and checked against each take, with the real models. */
class JobPostingUiTest {
    private static final Path POSTING = ProjectFiles.root().resolve("samples/jobs/senior-backend-engineer-ledgerline.md");

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    private MainViewModel open() throws Exception {
        app = RunningApp.open(data, FakeMicrophones.none(), robot);
        waitFor(() -> app.viewModel.practice().phaseProperty().get() == PracticeViewModel.Phase.READY);
        return app.viewModel;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<JobViewModel.Row> rows() {
        return List.copyOf(((TableView<JobViewModel.Row>) robot.lookup("#jobCheck").queryAs(TableView.class)).getItems());
    }

    private JobViewModel.Row row(String requirement) {
        return rows().stream().filter(row -> row.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError(requirement + " not in " + rows()));
    }

    private void showJobTab() {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#feedbackTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "jobPostingTab".equals(tab.getId())).findFirst().orElseThrow());
        });
    }

    @Test
    void aTakeIsCheckedAgainstTheOpenedPostingWhichIsRememberedAndABadFileChangesNothing() throws Exception {
        MainViewModel viewModel = open();
        assertEquals("No job posting yet.", text("#jobPosting"));
        robot.interact(() -> viewModel.job().open(POSTING));
        waitFor(() -> text("#jobPosting").startsWith("Senior Backend Engineer, Platform Reliability at Ledgerline"));
        assertTrue(Files.exists(data.resolve("job-posting.json")), "remembered in the data folder");

        robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample("intro-maria-chen.wav")));
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && !rows().isEmpty());
        showJobTab();

        assertEquals("said", row("Java").status());
        assertTrue(row("Java").detail().startsWith("“java” at 0:"), row("Java").detail());
        assertEquals("unsaid", row("Kafka").status());
        assertEquals("skills: Kafka", row("Kafka").detail());
        assertEquals("not shown", row("Grafana").status());
        assertTrue(text("#jobSummary").startsWith("Speaks to "), text("#jobSummary"));
        assertTrue(text("#jobMotivation").startsWith("Your reason names the Platform Reliability team"), text("#jobMotivation"));
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node node : robot.lookup(".table-cell").queryAll()) {
            var cell = (javafx.scene.control.TableCell<?, ?>) node;
            var drawn = robot.from(cell).lookup(".text").tryQueryAs(javafx.scene.text.Text.class);
            if (cell.isVisible() && cell.getText() != null && drawn.isPresent() && !drawn.get().getText().equals(cell.getText())) {
                cut.add(cell.getText() + " shown as " + drawn.get().getText());
            }
        }
        for (javafx.scene.Node node : robot.lookup("#jobCheck").lookup(".wrapping-cell-text").queryAll()) {
            var text = (javafx.scene.text.Text) node;
            var cell = (javafx.scene.control.TableCell<?, ?>) text.getParent();
            if (cell.isVisible() && text.getLayoutBounds().getHeight() > cell.getHeight() + 1) {
                cut.add(text.getText() + " needs " + text.getLayoutBounds().getHeight() + " px in a cell of " + cell.getHeight());
            }
        }
        assertTrue(cut.isEmpty(), "every cell of the job check is shown whole: " + cut);
        String saved = Files.readString(data.resolve("attempts").resolve(viewModel.attempts().rowList().get(0).id()).resolve("report.json"));
        assertEquals("senior-backend-engineer-ledgerline.md", new com.fasterxml.jackson.databind.ObjectMapper().readTree(saved)
                .get("job").get("source").asText(), "the take's report keeps its job check");

        Path notAPosting = Files.write(data.resolve("photo.html"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2, 0, 0, 0, 3});
        robot.interact(() -> viewModel.job().open(notAPosting));
        waitFor(() -> text("#noticeText").startsWith("That posting was not opened"));
        assertTrue(text("#noticeText").contains("takes are still judged for Senior Backend Engineer, Platform Reliability at Ledgerline"));
        assertTrue(text("#noticeText").contains(notAPosting + ": this is not a job posting IntroCoach can read"), text("#noticeText"));
        assertTrue(text("#jobPosting").contains("Ledgerline"), "the current posting stays");
        assertEquals("unsaid", row("Kafka").status(), "and so does the take's check");

        org.introcoach.practice.Workspace later = new org.introcoach.practice.Workspace(new org.introcoach.storage.DataDirectory(data),
                viewModel.work().workspace().templates(), RunningApp.CLOCK);
        later.open();
        assertEquals("Ledgerline", later.jobPosting().orElseThrow().company(), "the next start judges takes for the remembered posting");
    }

    @Test
    void aPastedPostingChecksTheTakeOnScreen() throws Exception {
        MainViewModel viewModel = open();
        robot.interact(() -> viewModel.work().openResume(ProjectFiles.root().resolve("samples/resumes/james-patel.md")));
        waitFor(() -> viewModel.resumeNameProperty().get().equals("James Patel"));
        robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample("career-change-james-patel.wav")));
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && viewModel.feedback().presentProperty().get());
        showJobTab();
        assertTrue(text("#jobNote").startsWith("Open or paste the posting"), text("#jobNote"));

        robot.clickOn("#pastePosting");
        waitFor(() -> robot.lookup("#postingText").tryQuery().isPresent());
        String posting = Files.readString(ProjectFiles.root().resolve("samples/jobs/data-analyst-education-insights-westbridge.txt"));
        robot.interact(() -> robot.lookup("#postingText").queryAs(TextArea.class).setText(posting));
        robot.clickOn("OK");
        waitFor(() -> !rows().isEmpty());

        assertTrue(text("#jobPosting").startsWith("Data Analyst - Education Insights at Westbridge Learning Trust  ·  from pasted text"));
        assertTrue(text("#jobNote").startsWith("This take was judged without this posting"), text("#jobNote"));
        assertEquals("said", row("Python").status());
        assertEquals("unsaid", row("SQL").status());
    }
}
