package org.introcoach.ui;

import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.JavaSoundMicrophones;
import org.introcoach.audio.Playback;
import org.introcoach.practice.Models;
import org.introcoach.speech.ModelLocator;
import org.introcoach.storage.DataDirectory;
import org.introcoach.storage.DataFolderLock;

/** The desktop app: builds the services and the main window, and shows the window at once. */
public final class IntroCoachApp extends Application {
    /** With -Dintrocoach.reportStartup=true the app prints how long its window took to appear (a benchmark figure). */
    public static final String REPORT_STARTUP = "introcoach.reportStartup";
    private MainViewModel viewModel;
    private DataFolderLock folderLock;

    /** Opens the app; returns when its window is closed. */
    public static void open(String[] args) {
        Application.launch(IntroCoachApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            System.getLogger(IntroCoachApp.class.getName()).log(System.Logger.Level.ERROR, "uncaught in " + thread.getName(), failure);
            Platform.runLater(() -> new Alert(Alert.AlertType.ERROR, Messages.of(failure), ButtonType.OK).show());
        });
        DataDirectory data = DataDirectory.forThisUser();
        if (!lock(data)) {
            return;
        }
        logTo(data);
        prepare(data);
        viewModel = create(data, Clock.systemDefaultZone(), ModelLocator.forThisProcess());
        stage.setTitle("IntroCoach");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1360, screen.getWidth() * 0.95);
        double height = Math.min(860, screen.getHeight() * 0.92);
        stage.setScene(new MainView(viewModel).scene(width, height));
        stage.setMinWidth(980);
        stage.setMinHeight(640);
        stage.show();
        // some window managers map a new window at its minimum size: ask again for the size that fits the screen
        Platform.runLater(() -> {
            stage.setWidth(Math.max(stage.getMinWidth(), width));
            stage.setHeight(Math.max(stage.getMinHeight(), height));
            stage.centerOnScreen();
        });
        if (Boolean.getBoolean(REPORT_STARTUP)) {
            long millis = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("window shown " + millis + " ms after the JVM started");
        }
        viewModel.start();
    }

    /**
     * Takes the data folder for this app, or, when another IntroCoach has it, says so and closes
     * without reading or writing anything there.
     */
    private boolean lock(DataDirectory data) {
        String refusal;
        try {
            DataFolderLock.Outcome outcome = DataFolderLock.acquire(data);
            if (outcome instanceof DataFolderLock.Acquired acquired) {
                folderLock = acquired.lock();
                return true;
            }
            refusal = ((DataFolderLock.Held) outcome).message();
        } catch (java.io.IOException e) {
            refusal = "The data folder " + data.root() + " cannot be used: " + e.getMessage();
        }
        System.err.println("introcoach: " + refusal);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, refusal, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("IntroCoach");
        alert.showAndWait();
        Platform.exit();
        return false;
    }

    /** Makes the data folder private and removes temporary files that interrupted writes left. */
    private static void prepare(DataDirectory data) {
        try {
            int removed = data.prepare();
            if (removed > 0) {
                System.getLogger(IntroCoachApp.class.getName()).log(System.Logger.Level.INFO,
                        removed + " temporary files of interrupted writes were removed");
            }
        } catch (java.io.IOException e) {
            System.getLogger(IntroCoachApp.class.getName()).log(System.Logger.Level.WARNING,
                    "the data folder " + data.root() + " could not be made private: " + e.getMessage());
        }
    }

    /** Warnings and errors also go to introcoach.log in the data folder, for when something needs explaining. */
    private static void logTo(DataDirectory data) {
        try {
            org.introcoach.storage.PrivateFiles.createDirectories(data.root());
            java.util.logging.FileHandler file = new java.util.logging.FileHandler(
                    data.root().resolve("introcoach.log").toString(), 1_000_000, 1, true);
            file.setFormatter(new java.util.logging.SimpleFormatter());
            file.setLevel(java.util.logging.Level.WARNING);
            java.util.logging.Logger.getLogger("").addHandler(file);
        } catch (java.io.IOException e) {
            System.getLogger(IntroCoachApp.class.getName()).log(System.Logger.Level.WARNING,
                    "no log file in " + data.root() + ": " + e.getMessage());
        }
    }

    static MainViewModel create(DataDirectory data, Clock clock, ModelLocator locator) {
        Background background = new Background(Background.daemonWorkers(), Platform::runLater);
        MainViewModel.ModelLoader loader = step -> {
            Path model = locator.locate(Optional.empty());
            return Models.load(model, step);
        };
        return new MainViewModel(background, data, clock, ZoneId.systemDefault(), new JavaSoundMicrophones(),
                new Playback(new AudioDecoder()), loader);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.shutdown();
        }
        if (folderLock != null) {
            try {
                folderLock.close();
            } catch (java.io.IOException e) {
                System.getLogger(IntroCoachApp.class.getName()).log(System.Logger.Level.WARNING, "data folder lock: " + e.getMessage());
            }
        }
    }
}
