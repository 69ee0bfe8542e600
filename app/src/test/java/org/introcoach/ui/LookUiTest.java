package org.introcoach.ui;

import static org.introcoach.ui.RunningApp.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.introcoach.testing.ProjectVersion;
import org.introcoach.ui.look.Look;
import org.introcoach.ui.look.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The look: the theme chosen in the View menu, the focus ring in both themes, and the About box. */
class LookUiTest {
    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    private MainViewModel open() throws Exception {
        app = RunningApp.open(data, FakeMicrophones.none(), robot);
        waitFor(() -> app.viewModel.work().isOpen());
        return app.viewModel;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        robot.interact(() -> Application.setUserAgentStylesheet(Look.LIGHT.getUserAgentStylesheet()));
    }

    @Test
    void darkChosenInTheViewMenuRestylesTheWindowAtOnceAndIsThereNextTime() throws Exception {
        open();
        robot.interact(() -> app.viewModel.chooseTheme(ThemeChoice.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(luminance(background()) > 0.8, "light: " + background());

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Look.DARK.getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(luminance(background()) < 0.05, "the window itself turned dark: " + background());
        assertTrue(luminance(textColour("#resumeName")) > 0.4, "and its text light: " + textColour("#resumeName"));
        Path settings = data.resolve("settings.json");
        waitFor(() -> read(settings).contains("\"theme\" : \"dark\""));

        app.close();
        robot.interact(() -> Application.setUserAgentStylesheet(Look.LIGHT.getUserAgentStylesheet()));
        open();
        assertEquals(ThemeChoice.DARK, app.viewModel.themeProperty().get());
        assertEquals(Look.DARK.getUserAgentStylesheet(), Application.getUserAgentStylesheet(), "the next start opens dark");
        assertTrue(radio("#theme-dark").isSelected());
        assertFalse(radio("#theme-system").isSelected());

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Look.LIGHT.getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(luminance(background()) > 0.8);
        waitFor(() -> read(settings).contains("\"theme\" : \"light\""));
        assertTrue(read(settings).contains("maria-chen.json"), "the other settings are kept: " + read(settings));
    }

    /**
     * Every control that can take focus on every screen, focused in turn, shows a ring of at least
     * 2 px in a colour with 3:1 contrast against the window (WCAG's figure for a focus indicator),
     * and loses it when focus moves on, in the light theme and in the dark.
     */
    @Test
    void focusedControlsShowAClearRingInBothThemes() throws Exception {
        MainViewModel viewModel = open();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            robot.interact(() -> viewModel.chooseTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Color window = background();
            int checked = 0;
            for (MainViewModel.Screen screen : MainViewModel.Screen.values()) {
                robot.interact(() -> viewModel.screenProperty().set(screen));
                WaitForAsyncUtils.waitForFxEvents();
                Region previous = null;
                for (Node node : focusable(scene().getRoot())) {
                    robot.interact(node::requestFocus);
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> scene().getRoot().applyCss()); // the focused style now, not at a later pulse on a loaded machine
                    if (scene().getFocusOwner() != node) {
                        continue;
                    }
                    Region ring = ringOf(node);
                    String what = theme + " " + screen + " " + describe(node);
                    BorderStroke stroke = stroke(ring.getBorder(), what);
                    assertTrue(stroke.getWidths().getTop() >= 2 && stroke.getWidths().getLeft() >= 2, what + ": ring " + stroke.getWidths());
                    Color colour = (Color) stroke.getTopStroke();
                    assertTrue(colour.getOpacity() > 0.9, what + ": ring colour " + colour);
                    assertTrue(contrast(colour, window) >= 3.0, what + ": ring " + colour + " on " + window + " contrast " + contrast(colour, window));
                    if (previous != null && previous != ring) {
                        assertFalse(hasRing(previous.getBorder(), colour), "the ring left " + describe(previous) + " when focus moved on");
                    }
                    previous = ring;
                    checked++;
                }
            }
            assertTrue(checked >= 25, theme + ": only " + checked + " controls took focus");
        }
    }

    @Test
    void aboutShowsTheVersionThePomDeclares() throws Exception {
        open();
        robot.clickOn("Help").clickOn("About IntroCoach");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertEquals("IntroCoach " + ProjectVersion.inThePom(), about.getHeaderText());
        assertTrue(about.getContentText().contains("Apache License 2.0"), about.getContentText());
        Region ok = (Region) about.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.interact(ok::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stroke(ok.getBorder(), "the About box's OK button").getWidths().getTop() >= 2, "its focus ring is the app's");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private javafx.scene.Scene scene() {
        return robot.lookup("#main").query().getScene();
    }

    private RadioMenuItem radio(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menus").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof javafx.scene.control.Menu menu ? menu.getItems().stream() : java.util.stream.Stream.of(item))
                .filter(item -> ("#" + item.getId()).equals(id)).map(RadioMenuItem.class::cast).findFirst().orElseThrow();
    }

    private Color background() {
        Region root = (Region) scene().getRoot();
        assertNotNull(root.getBackground(), "the window has a background");
        return (Color) root.getBackground().getFills().get(0).getFill();
    }

    private Color textColour(String id) {
        return (Color) robot.lookup(id).queryAs(javafx.scene.control.Labeled.class).getTextFill();
    }

    /** Focusable, enabled and shown: what Tab can reach on the screen in view. */
    private static List<Node> focusable(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** A tab pane shows its focus on the selected tab's header; anything else on itself. */
    private static Region ringOf(Node focused) {
        if (focused instanceof TabPane pane) {
            Node header = pane.getChildrenUnmodifiable().stream().filter(child -> child.getStyleClass().contains("tab-header-area"))
                    .findFirst().orElseThrow();
            return (Region) header.lookupAll(".tab").stream()
                    .filter(tab -> tab.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")))
                    .findFirst().orElseThrow();
        }
        return (Region) focused;
    }

    private static BorderStroke stroke(Border border, String what) {
        assertNotNull(border, what + " has no focus ring");
        assertFalse(border.getStrokes().isEmpty(), what + " has no focus ring");
        return border.getStrokes().get(border.getStrokes().size() - 1);
    }

    private static boolean hasRing(Border border, Color ring) {
        return border != null && border.getStrokes().stream().anyMatch(stroke -> stroke.getTopStroke().equals(ring)
                && stroke.getWidths().getTop() >= 2);
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + node.getStyleClass();
    }

    /** WCAG relative luminance. */
    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

}
