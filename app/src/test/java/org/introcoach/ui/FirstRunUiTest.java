package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.start.FirstRunViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The guided path of the first start, driven by keyboard and mouse, headless. */
class FirstRunUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    private RunningApp start() throws Exception {
        app = RunningApp.open(data, FakeMicrophones.none(), robot);
        waitFor(() -> app.viewModel.work().currentProperty().get() != null);
        return app;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private boolean guideShown() {
        return robot.lookup("#firstRunGuide").tryQuery().map(Node::isVisible).orElse(false);
    }

    private FirstRunViewModel.Step step() {
        return app.viewModel.firstRun().stepProperty().get();
    }

    @Test
    void theFirstStartWalksFromResumeToPractiseByKeyboardAndIsNotOfferedAgain() throws Exception {
        start();
        assertTrue(guideShown(), "the first start offers the guide");
        assertEquals(FirstRunViewModel.Step.RESUME, step());

        robot.interact(() -> robot.lookup("#guideOpenResume").query().requestFocus());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertTrue(robot.lookup("#guideKeepSample").query().isFocused(), "Tab reaches the next step");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> step() == FirstRunViewModel.Step.CHECK);

        robot.press(KeyCode.TAB).release(KeyCode.TAB).press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> app.viewModel.screenProperty().get() == MainViewModel.Screen.RESUME);
        assertEquals(FirstRunViewModel.Step.TEMPLATE, step());

        robot.clickOn("#guidePickTemplate");
        waitFor(() -> app.viewModel.screenProperty().get() == MainViewModel.Screen.DRAFT);
        robot.clickOn("#guidePractise");
        waitFor(() -> app.viewModel.screenProperty().get() == MainViewModel.Screen.PRACTICE);
        assertFalse(guideShown(), "done");

        app.close();
        app = null;
        start();
        assertFalse(guideShown(), "a later start goes straight to work");
    }

    @Test
    void openingAResumeIsTheFirstStepAndTheGuideCanBeSkipped() throws Exception {
        start();
        robot.interact(() -> app.viewModel.openResume(ProjectFiles.root().resolve("samples/resumes/james-patel.md")));
        waitFor(() -> step() == FirstRunViewModel.Step.CHECK);
        robot.clickOn("#guideSkip");
        waitFor(() -> !guideShown());
        assertEquals(MainViewModel.Screen.PRACTICE, app.viewModel.screenProperty().get());
    }
}
