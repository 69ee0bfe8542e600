package org.introcoach.ui.draft;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The draft in large type, scrolling on its own at a speaking pace. Space pauses, Up and Down
 * change the speed, R (or the button) starts a take judged against the draft and stops it,
 * Escape closes.
 */
final class Teleprompter {
    private static final double PIXELS_PER_SECOND = 22;
    private final String text;
    private final javafx.beans.value.ObservableBooleanValue recording;
    private final Runnable toggleTake;
    private double speed = 1;
    private boolean paused;

    Teleprompter(String text, javafx.beans.value.ObservableBooleanValue recording, Runnable toggleTake) {
        this.text = text;
        this.recording = recording;
        this.toggleTake = toggleTake;
    }

    void show(Window owner) {
        Label words = new Label(text);
        words.setWrapText(true);
        words.getStyleClass().add("teleprompter-text");
        ScrollPane scroll = new ScrollPane(words);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("teleprompter");
        Label help = new Label("R record · Space pause · ↑ ↓ speed · Esc close");
        help.getStyleClass().add("teleprompter-help");
        javafx.scene.control.Button record = new javafx.scene.control.Button();
        record.setId("teleprompterRecord");
        record.getStyleClass().add("record-button");
        record.textProperty().bind(javafx.beans.binding.Bindings.when(recording)
                .then("■  Stop the take   (R)").otherwise("●  Record a take   (R)"));
        record.setFocusTraversable(false);
        record.setOnAction(event -> startOrStop(scroll));
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(16, record, help);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        BorderPane root = new BorderPane(scroll);
        root.setBottom(bottom);
        root.getStyleClass().add("teleprompter");
        Scene scene = new Scene(root, 900, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Teleprompter");
        stage.setScene(scene);
        AnimationTimer scroller = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0 && !paused) {
                    double height = words.getHeight() - scroll.getViewportBounds().getHeight();
                    if (height > 0) {
                        double step = PIXELS_PER_SECOND * speed * (now - last) / 1e9 / height;
                        scroll.setVvalue(Math.min(1, scroll.getVvalue() + step));
                    }
                }
                last = now;
            }
        };
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (event.getCode() == KeyCode.R) {
                startOrStop(scroll);
            } else if (event.getCode() == KeyCode.SPACE) {
                paused = !paused;
            } else if (event.getCode() == KeyCode.UP) {
                speed = Math.min(3, speed + 0.25);
            } else if (event.getCode() == KeyCode.DOWN) {
                speed = Math.max(0.25, speed - 0.25);
            }
            event.consume();
        });
        stage.setOnHidden(event -> scroller.stop());
        stage.show();
        scroller.start();
    }

    /** Starts a take from the top of the script, or stops the one under way. */
    private void startOrStop(ScrollPane scroll) {
        if (!recording.get()) {
            scroll.setVvalue(0);
            paused = false;
        }
        toggleTake.run();
    }
}
