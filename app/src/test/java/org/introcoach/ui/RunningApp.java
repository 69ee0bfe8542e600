package org.introcoach.ui;

import org.introcoach.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.Microphones;
import org.introcoach.audio.Playback;
import org.introcoach.practice.Models;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's real main window on the headless screen, with the real models, a data folder and chosen microphones. */
final class RunningApp implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    final MainViewModel viewModel;
    private final FxRobot robot;
    private Stage stage;

    private RunningApp(MainViewModel viewModel, FxRobot robot) {
        this.viewModel = viewModel;
        this.robot = robot;
    }

    static RunningApp open(Path data, Microphones microphones, FxRobot robot) throws Exception {
        FxToolkit.registerPrimaryStage();
        MainViewModel viewModel = new MainViewModel(new Background(Background.daemonWorkers(), Platform::runLater),
                new DataDirectory(data), CLOCK, ZoneOffset.UTC, microphones, new Playback(new AudioDecoder()),
                step -> Models.load(ProjectFiles.voskModel(), step));
        RunningApp app = new RunningApp(viewModel, robot);
        FxToolkit.setupStage(primary -> {
            app.stage = primary;
            primary.setScene(new MainView(viewModel).scene(1360, 860));
            primary.show();
            viewModel.start();
        });
        return app;
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shuts the app down as closing its window would, and hides every window left (dialogs included). */
    @Override
    public void close() {
        robot.interact(() -> {
            viewModel.shutdown();
            stage.hide();
        });
        for (Window window : List.copyOf(Window.getWindows())) {
            robot.interact(window::hide);
        }
    }
}
