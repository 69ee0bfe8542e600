package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.introcoach.audio.Microphones;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Practice screen's layout and keys while idle and during a take, headless, with the real models. */
class PracticeScreenUiTest {
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

    private double height(String id) {
        return robot.lookup(id).query().getBoundsInParent().getHeight();
    }

    private boolean shown(String id) {
        Node node = robot.lookup(id).query();
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private PracticeViewModel.Phase phase() {
        return viewModel.practice().phaseProperty().get();
    }

    @Test
    void whileIdleTheDraftHasTheRoomAndAnImportDoesNotSayPressSpace() throws Exception {
        open(FakeMicrophones.none());
        assertTrue(shown("#practiceDraft"), "the draft is on the Practice screen");
        assertTrue(robot.lookup("#practiceDraftText").queryAs(Label.class).getText().contains("Maria Chen"));
        assertFalse(shown("#liveScroll"), "no empty live transcript box before anything was recorded");
        Label timer = robot.lookup("#timer").queryAs(Label.class);
        String drawn = robot.from(timer).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
        assertEquals(timer.getText(), drawn, "the timer is shown whole beside the target, not cut to an ellipsis");

        robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample("short-hello.wav")));
        waitFor(() -> viewModel.feedback().presentProperty().get() && phase() == PracticeViewModel.Phase.READY);
        assertFalse(shown("#liveScroll") && robot.lookup("#liveText").queryAs(Label.class).getText().contains("Press Space"),
                "an import leaves no invitation to press Space");
        assertTrue(height("#practiceDraft") > 200, "the draft is the largest thing in the panel: " + height("#practiceDraft"));
    }

    @Test
    void spaceRecordsWhenTheMicrophoneListHasFocusAndTheWordsGetTheRoomWithTheDraftStillInView() throws Exception {
        open(FakeMicrophones.speakingInRealTime(SAMPLE));
        waitFor(() -> !robot.lookup("#record").queryButton().isDisabled());
        ComboBox<Microphones.Device> microphone = robot.lookup("#microphone").query();
        robot.clickOn(microphone);
        waitFor(microphone::isShowing);
        robot.clickOn("Headset");
        waitFor(() -> !microphone.isShowing());
        assertTrue(microphone.isFocused(), "focus stays on the microphone list after choosing");

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> phase() == PracticeViewModel.Phase.RECORDING);
        assertEquals("Headset", microphone.getValue().name());
        waitFor(() -> shown("#liveScroll"));
        assertTrue(shown("#practiceDraft"), "the draft stays in view during the take");
        assertTrue(height("#liveScroll") > height("#practiceDraft"),
                "the words get the room: live " + height("#liveScroll") + ", draft " + height("#practiceDraft"));

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && phase() == PracticeViewModel.Phase.READY);
    }

    @Test
    void theMicrophoneListOffersOneDefaultAndAMicrophonePluggedInLater() throws Exception {
        FakeMicrophones microphones = FakeMicrophones.speakingInRealTime(SAMPLE);
        open(microphones);
        ComboBox<Microphones.Device> list = robot.lookup("#microphone").query();
        waitFor(() -> list.getItems().size() == 2);
        assertEquals(1, list.getItems().stream().filter(device -> device.name().isEmpty()).count());

        microphones.plugIn(new Microphones.Device("USB Microphone", "USB Microphone"));
        robot.clickOn(list);
        waitFor(() -> list.getItems().stream().anyMatch(device -> device.name().equals("USB Microphone")));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> !list.isShowing());
        Microphones.Device usb = list.getItems().stream().filter(device -> device.name().equals("USB Microphone")).findFirst().orElseThrow();
        robot.interact(() -> list.setValue(usb));
        assertEquals(usb, viewModel.practice().microphoneProperty().get(), "the new microphone can be chosen");
    }

    @Test
    void theTeleprompterStartsAndStopsATake() throws Exception {
        open(FakeMicrophones.speakingInRealTime(SAMPLE));
        waitFor(() -> !robot.lookup("#record").queryButton().isDisabled());
        robot.clickOn(".app-name");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitFor(() -> viewModel.screenProperty().get() == MainViewModel.Screen.DRAFT);
        robot.clickOn("#teleprompter");
        waitFor(() -> robot.lookup("#teleprompterRecord").tryQuery().isPresent());
        robot.clickOn("#teleprompterRecord");
        waitFor(() -> phase() == PracticeViewModel.Phase.RECORDING);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#teleprompterRecord").queryButton().getText().startsWith("■"));
        robot.press(KeyCode.R).release(KeyCode.R);
        waitFor(() -> viewModel.attempts().rowList().size() == 1 && phase() == PracticeViewModel.Phase.READY);
        assertTrue(viewModel.feedback().presentProperty().get(), "the take was judged");
    }
}
