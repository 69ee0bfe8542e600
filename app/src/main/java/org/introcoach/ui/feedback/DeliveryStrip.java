package org.introcoach.ui.feedback;

import java.util.function.DoubleConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.Timestamps;
import org.introcoach.history.DeliveryChart;

/**
 * The delivery strip under the transcript: the pitch contour around the speaker's median, each
 * phrase's pace as a bar (rushed ones in red), fillers heard in the sound as amber bands, all on
 * the words' time axis. Clicking anywhere plays the recording from that moment.
 */
final class DeliveryStrip extends Region {
    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    private static final double PITCH_TOP = 6;
    private static final double PITCH_HEIGHT = 64;
    private static final double PACE_TOP = 78;
    private static final double PACE_HEIGHT = 30;
    private static final double HEIGHT = 128;

    private DeliveryChart chart;

    DeliveryStrip(DoubleConsumer playFrom) {
        getStyleClass().add("delivery-strip");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setOnMouseClicked(event -> {
            if (chart != null && event.getX() >= LEFT) {
                playFrom.accept(time(event.getX()));
            }
        });
        widthProperty().addListener((observable, before, now) -> draw());
    }

    void show(DeliveryChart newChart) {
        chart = newChart;
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (chart == null || getWidth() <= LEFT + RIGHT) {
            return;
        }
        double middle = PITCH_TOP + PITCH_HEIGHT / 2;
        Line median = new Line(LEFT, middle, getWidth() - RIGHT, middle);
        median.getStyleClass().add("strip-median");
        getChildren().add(median);
        getChildren().add(label("pitch", 0, middle - 8));
        getChildren().add(label("pace", 0, PACE_TOP + PACE_HEIGHT / 2 - 8));
        for (double[] filler : chart.fillers()) {
            Rectangle band = new Rectangle(x(filler[0]), PITCH_TOP, Math.max(2, x(filler[1]) - x(filler[0])), PITCH_HEIGHT);
            band.getStyleClass().add("strip-filler");
            Tooltip.install(band, new Tooltip("filler heard at " + Timestamps.format(filler[0])));
            getChildren().add(band);
        }
        for (var run : chart.contour()) {
            Polyline line = new Polyline();
            for (DeliveryChart.Point point : run) {
                line.getPoints().addAll(x(point.time()), PITCH_TOP + PITCH_HEIGHT * (1 - DeliveryChart.pitchHeight(point.semitones())));
            }
            line.getStyleClass().add("strip-pitch");
            getChildren().add(line);
        }
        double fast = paceY(IntroAnalyzer.FASTEST_COMFORTABLE_WPM);
        Rectangle band = new Rectangle(LEFT, fast, getWidth() - LEFT - RIGHT, paceY(IntroAnalyzer.SLOWEST_COMFORTABLE_WPM) - fast);
        band.getStyleClass().add("strip-band");
        band.setMouseTransparent(true);
        getChildren().add(band);
        for (DeliveryChart.Pace pace : chart.phrases()) {
            double top = paceY(pace.wordsPerMinute());
            Rectangle bar = new Rectangle(x(pace.start()), top, Math.max(1, x(pace.end()) - x(pace.start()) - 1), PACE_TOP + PACE_HEIGHT - top);
            bar.getStyleClass().addAll("strip-pace", pace.rushed() ? "rushed" : "steady");
            Tooltip.install(bar, new Tooltip("%s  %.0f words a minute: %s".formatted(Timestamps.format(pace.start()), pace.wordsPerMinute(), pace.words())));
            getChildren().add(bar);
        }
        for (int t = 0; t <= chart.seconds(); t += chart.tickSeconds()) {
            getChildren().add(label(Timestamps.format((double) t), x(t) - 10, PACE_TOP + PACE_HEIGHT + 2));
        }
    }

    private Label label(String text, double x, double y) {
        Label label = new Label(text);
        label.getStyleClass().add("strip-label");
        label.setMouseTransparent(true);
        label.relocate(x, y);
        label.autosize();
        return label;
    }

    private double x(double time) {
        return LEFT + chart.fraction(time) * (getWidth() - LEFT - RIGHT);
    }

    double time(double x) {
        return Math.max(0, Math.min(chart.seconds(), (x - LEFT) / (getWidth() - LEFT - RIGHT) * chart.seconds()));
    }

    private static double paceY(double wpm) {
        return PACE_TOP + PACE_HEIGHT * (1 - DeliveryChart.paceHeight(wpm));
    }

    @Override
    protected void layoutChildren() {
        for (var node : getChildren()) {
            if (node instanceof Label label) {
                label.autosize();
            }
        }
    }
}
