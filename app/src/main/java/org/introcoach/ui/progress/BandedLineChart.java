package org.introcoach.ui.progress;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Rectangle;

/**
 * A line chart with target bands drawn as translucent regions behind the lines (not as extra
 * series, which would crowd the legend): each band spans the plot's width between two values.
 */
final class BandedLineChart extends LineChart<Number, Number> {
    private record Band(double from, double to, Rectangle region) {
    }

    private final List<Band> bands = new ArrayList<>();

    BandedLineChart(NumberAxis takes, NumberAxis values) {
        super(takes, values);
    }

    /** Replaces the shaded bands; {@code from} and {@code to} in the value axis' units. */
    void setBand(double from, double to) {
        clearBands();
        Rectangle region = new Rectangle();
        region.getStyleClass().add("target-band");
        region.setMouseTransparent(true);
        bands.add(new Band(Math.min(from, to), Math.max(from, to), region));
        getPlotChildren().add(0, region);
        requestChartLayout();
    }

    void clearBands() {
        bands.forEach(band -> getPlotChildren().remove(band.region()));
        bands.clear();
    }

    /** The shaded bands' regions, for tests: one per band. */
    List<Rectangle> bandRegions() {
        return bands.stream().map(Band::region).toList();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis values = (NumberAxis) getYAxis();
        double width = getXAxis().getWidth();
        for (Band band : bands) {
            double lower = Math.max(band.from(), values.getLowerBound());
            double upper = Math.min(band.to(), values.getUpperBound());
            Rectangle region = band.region();
            region.setVisible(upper > lower);
            double top = values.getDisplayPosition(upper);
            double bottom = values.getDisplayPosition(lower);
            region.setX(0);
            region.setY(top);
            region.setWidth(width);
            region.setHeight(Math.max(0, bottom - top));
            region.toBack();
        }
    }
}
