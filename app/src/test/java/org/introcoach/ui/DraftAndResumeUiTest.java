package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.introcoach.draft.DraftLibrary;
import org.introcoach.draft.DraftStore;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.resume.ResumeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Draft and Resume screens driven through the real scene, headless. */
class DraftAndResumeUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private MainViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = RunningApp.open(data, FakeMicrophones.none(), robot);
        viewModel = app.viewModel;
        waitFor(() -> viewModel.work().currentProperty().get() != null);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Switches screens with the keyboard shortcut, as a keyboard user would. */
    private void screen(KeyCode digit, MainViewModel.Screen expected) throws Exception {
        robot.clickOn(".app-name");
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        waitFor(() -> viewModel.screenProperty().get() == expected);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void draftFilledFromTheSampleResumeUpdatesPreviewAndTimingAsAFieldIsEditedAndIsSaved() throws Exception {
        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        waitFor(() -> robot.lookup("#field-0").tryQuery().isPresent());
        TextField name = robot.lookup("#field-0").queryAs(TextField.class);
        assertEquals("Maria Chen", name.getText(), "the first draft is filled from the sample resume");
        assertTrue(text("#preview").startsWith("Hello, I am Maria Chen, and I graduated from the University of Washington."), text("#preview"));
        javafx.scene.control.Label preview = robot.lookup("#preview").queryAs(javafx.scene.control.Label.class);
        assertTrue(preview.localToScene(preview.getBoundsInLocal()).getMaxX() <= preview.getScene().getWidth(),
                "the intro is inside the window, not cut at its right edge");
        assertTrue(text("#draftMissing").contains("The team or project you are applying to"), text("#draftMissing"));

        int lastField = viewModel.draft().fields().size() - 1;
        String timingBefore = text("#draftTiming");
        robot.clickOn("#field-" + lastField).write("the payments platform team at Acme, where reliability at scale matters most");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#preview").endsWith("I am eager to contribute to the payments platform team at Acme, where reliability at scale matters most."),
                text("#preview"));
        assertNotEquals(timingBefore, text("#draftTiming"), "word count and time follow the text");
        assertEquals("", text("#draftMissing"));

        robot.clickOn("#field-" + lastField).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("[team]");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".field-problem").queryAllAs(Label.class).stream()
                .anyMatch(problem -> problem.isVisible() && problem.getText().startsWith("Square brackets would be read out")));

        Path draftFile = viewModel.work().currentProperty().get().draftFile();
        waitFor(() -> {
            try {
                return new DraftStore().load(draftFile).value("Target Team/Project").equals("[team]");
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    @Test
    void fillFromResumeReplacesTypedValuesAndUndoBringsThemBack() throws Exception {
        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        waitFor(() -> robot.lookup("#field-0").tryQuery().isPresent());
        robot.doubleClickOn("#field-0").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Mary");
        robot.clickOn("#fillFromResume");
        waitFor(() -> viewModel.noticeProperty().get() != null);
        assertEquals("Maria Chen", robot.lookup("#field-0").queryAs(TextField.class).getText());
        robot.clickOn("#noticeAction");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mary", robot.lookup("#field-0").queryAs(TextField.class).getText());
    }

    @Test
    void pdfResumeIsReadShownAndCorrectedAsJsonResume() throws Exception {
        screen(KeyCode.DIGIT3, MainViewModel.Screen.RESUME);
        robot.interact(() -> viewModel.resume().open(ProjectFiles.root().resolve("samples/resumes/priya-raman.pdf")));
        waitFor(() -> viewModel.resume().fileProperty().get().endsWith("priya-raman.pdf"));
        assertEquals("Priya Raman", robot.lookup("#resumeNameField").queryAs(TextField.class).getText());
        TableView<ResumeViewModel.JobRow> jobs = robot.lookup("#resumeJobs").queryTableView();
        assertFalse(jobs.getItems().isEmpty(), "work history was understood");
        assertTrue(text("#resumeDerived").matches("(About \\d+ years|About a year|\\d+ months|A month) of work; most recently .+"), text("#resumeDerived"));
        assertEquals("Priya Raman's resume", text("#resumeName"), "takes are now judged against it");

        robot.interact(() -> jobs.getItems().get(0).datesProperty().set("sometime"));
        assertTrue(text("#resumeProblems").contains("'sometime' is not a date"));
        robot.interact(() -> jobs.getItems().get(0).datesProperty().set("2019-06 – present"));
        robot.doubleClickOn("#resumeHeadline").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Staff Engineer");
        // the screen scrolls: with the themes' taller controls the button sits below an 860 px window
        robot.interact(() -> {
            javafx.scene.Node button = robot.lookup("#saveResume").query();
            for (javafx.scene.Parent up = button.getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveResume");
        waitFor(() -> viewModel.resume().fileProperty().get().endsWith("priya-raman.json"));
        Path saved = data.resolve("resumes/priya-raman.json");
        assertTrue(Files.readString(saved).contains("\"label\" : \"Staff Engineer\""), Files.readString(saved));
        assertTrue(Files.exists(ProjectFiles.root().resolve("samples/resumes/priya-raman.pdf")), "the original is untouched");
    }

    @Test
    void malformedResumeIsRejectedWithWhatToFixAndTheOldOneStaysCurrent() throws Exception {
        Path broken = Files.writeString(data.resolve("broken.json"), "{ \"basics\": { \"name\": \"Sam\" ");
        screen(KeyCode.DIGIT3, MainViewModel.Screen.RESUME);
        Path before = viewModel.work().currentProperty().get().resumeFile();
        robot.interact(() -> viewModel.resume().open(broken));
        waitFor(() -> viewModel.noticeProperty().get() != null && viewModel.noticeProperty().get().error());
        String message = viewModel.noticeProperty().get().text();
        assertTrue(message.startsWith("That resume was not opened; Maria Chen's is still used."), message);
        assertTrue(message.contains("the JSON is malformed at line 1"), message);
        assertEquals(before, viewModel.work().currentProperty().get().resumeFile());
        assertEquals("Maria Chen", robot.lookup("#resumeNameField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#errorDialog").tryQuery().isPresent(), "an error dialog is shown");
    }

    @Test
    void toolbarDraftListShowsTheNewDraftAfterCreatingOne() throws Exception {
        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        ComboBox<DraftLibrary.Stored> toolbar = robot.lookup("#currentDraft").query();
        waitFor(() -> toolbar.getValue() != null);
        robot.interact(() -> viewModel.draft().templateForNewProperty().set(viewModel.work().templates().stream()
                .filter(template -> template.id().equals("career-changer")).findFirst().orElseThrow()));
        robot.clickOn("#newDraft");
        waitFor(() -> viewModel.work().drafts().size() == 2);
        Path created = viewModel.work().currentProperty().get().draftFile();
        assertEquals(created, toolbar.getValue() == null ? null : toolbar.getValue().file(), "the toolbar selects the new draft");
        ListCell<?> shown = toolbar.getButtonCell();
        assertEquals("Career changer", shown.getText(), "the toolbar shows its name");
    }

    @Test
    void templateHintDescribesTheCurrentDraftsTemplateNotThePickedOne() throws Exception {
        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        waitFor(() -> robot.lookup("#templateHint").tryQuery().isPresent() && !text("#templateHint").isEmpty());
        String standard = viewModel.work().currentProperty().get().template().audience();
        robot.interact(() -> viewModel.draft().templateForNewProperty().set(viewModel.work().templates().stream()
                .filter(template -> template.id().equals("new-graduate")).findFirst().orElseThrow()));
        assertTrue(text("#templateHint").contains(standard), text("#templateHint"));
        assertFalse(text("#templateHint").contains("Students and recent graduates"), text("#templateHint"));
    }

    @Test
    void openingYourOwnResumeKeepsACopyListsItAndOffersToRefillTheDraftThatNamesSomeoneElse() throws Exception {
        Path original = Files.copy(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), data.resolve("my resume.md"));
        robot.interact(() -> viewModel.openResume(original));
        waitFor(() -> viewModel.noticeProperty().get() != null && viewModel.noticeProperty().get().action().isPresent());
        Path kept = data.resolve("resumes/my-resume.md");
        assertEquals(kept, viewModel.work().currentProperty().get().resumeFile());
        waitFor(() -> viewModel.work().resumes().contains(kept));
        assertTrue(Files.readString(data.resolve("settings.json")).contains("my-resume.md"), "the settings point at the copy");
        assertTrue(text("#noticeText").contains("Maria Chen"), text("#noticeText"));

        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        assertTrue(text("#draftConflicts").contains("Maria Chen"), "the Draft screen warns too: " + text("#draftConflicts"));
        robot.clickOn("#noticeAction");
        waitFor(() -> "James Patel".equals(robot.lookup("#field-0").queryAs(TextField.class).getText()));
        waitFor(() -> text("#draftConflicts").isEmpty());
        assertTrue(text("#preview").contains("James Patel"), text("#preview"));
    }

    @Test
    void leavingTheRoleTurnsTheIntroToThePast() throws Exception {
        screen(KeyCode.DIGIT2, MainViewModel.Screen.DRAFT);
        waitFor(() -> text("#preview").contains("Today I work as a Backend Engineer at Stripe"));
        robot.clickOn("#roleEnded");
        waitFor(() -> text("#preview").contains("Until recently I worked as a Backend Engineer at Stripe"));
        Path draftFile = viewModel.work().currentProperty().get().draftFile();
        waitFor(() -> {
            try {
                return new DraftStore().load(draftFile).roleEnded();
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }
}
