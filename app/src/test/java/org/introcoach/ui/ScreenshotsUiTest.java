package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.look.ThemeChoice;
import org.introcoach.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but the README's screenshots: every screen of the real app, in the light and the
 * dark theme, written as PNGs. Opt-in, from the project folder:
 * {@code mvn -B -pl app test -Dtest=ScreenshotsUiTest -Dsurefire.failIfNoSpecifiedTests=false -Dintrocoach.screenshots=app/screenshots}
 * (a relative folder is taken from the project folder). It starts from an empty data folder with
 * the sample resume, opens the sample job posting, imports three bundled intros (Maria Chen's last,
 * so hers is the feedback shown) and shoots each screen and feedback tab.
 */
class ScreenshotsUiTest {
    static final String FOLDER = "introcoach.screenshots";
    private static final String POSTING = "samples/jobs/senior-backend-engineer-ledgerline.md";
    private static final List<String> TAKES = List.of("career-change-james-patel.wav", "intro-priya-raman.wav", "intro-maria-chen.wav");

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(org.introcoach.ui.look.Look.LIGHT.getUserAgentStylesheet()));
    }

    @Test
    void everyScreenInLightAndDark() throws Exception {
        String folder = System.getProperty(FOLDER, "");
        assumeTrue(!folder.isBlank(), "opt-in: -D" + FOLDER + "=app/screenshots");
        Path out = Path.of(folder).isAbsolute() ? Path.of(folder) : ProjectFiles.root().resolve(folder);
        Files.createDirectories(out);

        app = RunningApp.open(data, FakeMicrophones.hearing(ProjectFiles.sample("intro-maria-chen.wav"), 0), robot);
        MainViewModel viewModel = app.viewModel;
        waitFor(() -> viewModel.practice().phaseProperty().get() == PracticeViewModel.Phase.READY);
        List<Path> written = new ArrayList<>();

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            written.add(shoot(MainViewModel.Screen.PRACTICE, null, "practice", theme, out));
        }

        robot.interact(() -> viewModel.job().open(ProjectFiles.root().resolve(POSTING)));
        waitFor(() -> viewModel.job().hasPostingProperty().get());
        for (String take : TAKES) {
            int before = viewModel.attempts().rowList().size();
            robot.interact(() -> viewModel.practice().importRecording(ProjectFiles.sample(take)));
            waitFor(() -> viewModel.attempts().rowList().size() == before + 1 && viewModel.feedback().presentProperty().get()
                    && viewModel.practice().phaseProperty().get() == PracticeViewModel.Phase.READY);
        }

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            written.add(shoot(MainViewModel.Screen.PRACTICE, "", "feedback", theme, out));
            written.add(shoot(MainViewModel.Screen.PRACTICE, "followUpsTab", "follow-ups", theme, out));
            written.add(shoot(MainViewModel.Screen.PRACTICE, "jobPostingTab", "feedback-job", theme, out));
            written.add(shoot(MainViewModel.Screen.DRAFT, null, "draft", theme, out));
            written.add(shoot(MainViewModel.Screen.RESUME, null, "resume", theme, out));
            written.add(shoot(MainViewModel.Screen.PROGRESS, null, "progress", theme, out));
            written.add(shoot(MainViewModel.Screen.ANSWERS, null, "answers", theme, out));
        }
        for (Path png : written) {
            assertTrue(Files.size(png) > 10_000, png + " has a picture in it");
        }
        System.out.println("screenshots: " + written.size() + " written to " + out);
    }

    private void theme(ThemeChoice theme) {
        robot.interact(() -> app.viewModel.chooseTheme(theme));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows a screen (and on the practice screen a feedback tab: "" the first, or one by id), waits, and writes the window. */
    private Path shoot(MainViewModel.Screen screen, String feedbackTab, String name, ThemeChoice theme, Path out) throws Exception {
        robot.interact(() -> app.viewModel.screenProperty().set(screen));
        if (feedbackTab != null) {
            robot.interact(() -> {
                TabPane tabs = robot.lookup("#feedbackTabs").queryAs(TabPane.class);
                Tab tab = feedbackTab.isEmpty() ? tabs.getTabs().get(0) : tabs.getTabs().stream()
                        .filter(candidate -> feedbackTab.equals(candidate.getId())).findFirst().orElseThrow();
                tabs.getSelectionModel().select(tab);
            });
        }
        // charts animate and lists lay out over a few pulses
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Scene scene = robot.lookup("#main").query().getScene();
            image.set(scene.snapshot(null));
        });
        Path png = out.resolve(name + "-" + theme.setting() + ".png");
        write(image.get(), png);
        return png;
    }

    private static void write(WritableImage image, Path png) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        Path partial = png.resolveSibling(png.getFileName() + ".part");
        ImageIO.write(picture, "png", partial.toFile());
        Files.move(partial, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
