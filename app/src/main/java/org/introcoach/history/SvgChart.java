package org.introcoach.history;

import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/** Small line charts as inline SVG, for self-contained HTML exports. */
final class SvgChart {
    /** A line: its name, colour and one value per take (null where the take has none). */
    record Series(String name, String colour, List<Double> values) {
    }

    /** A target band drawn behind the lines. */
    record Band(double low, double high, String label) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 44;
    private static final int RIGHT = 36;
    private static final int TOP = 24;
    private static final int BOTTOM = 26;

    private SvgChart() {
    }

    static String lines(String title, List<String> labels, List<Series> series, Band band, double min, double max) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">"
                .formatted(WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append(text(LEFT, 15, title, "bold"));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        if (band != null) {
            double top = y(Math.min(band.high(), max), min, max, plotHeight);
            double bottom = y(Math.max(band.low(), min), min, max, plotHeight);
            svg.append("<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2e9d5b\" fill-opacity=\"0.12\"/>"
                    .formatted(LEFT, top, plotWidth, Math.max(0, bottom - top)));
            svg.append(text(WIDTH - RIGHT - 4, top + 12, band.label(), "end"));
        }
        for (double tick : new double[] {min, (min + max) / 2, max}) {
            double at = y(tick, min, max, plotHeight);
            svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#dde1e6\"/>".formatted(LEFT, WIDTH - RIGHT, at, at));
            svg.append(text(LEFT - 6, at + 4, format(tick), "end"));
        }
        int count = labels.size();
        for (int i = 0; i < count; i += Math.max(1, count / 6)) {
            svg.append(text(x(i, count, plotWidth), HEIGHT - 8, labels.get(i), "middle"));
        }
        int legendX = LEFT + 8 + title.length() * 8;
        for (Series line : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.values().size(); i++) {
                Double value = line.values().get(i);
                if (value != null) {
                    points.append("%.1f,%.1f ".formatted(x(i, count, plotWidth), y(Math.max(min, Math.min(max, value)), min, max, plotHeight)));
                }
            }
            svg.append("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>"
                    .formatted(line.colour(), points.toString().strip(), escape(line.name())));
            if (count == 1 && !points.isEmpty()) {
                String[] xy = points.toString().strip().split(",");
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>".formatted(xy[0], xy[1], line.colour()));
            }
            if (series.size() > 1) {
                svg.append("<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>".formatted(legendX, line.colour()));
                svg.append(text(legendX + 14, 17, line.name(), "start"));
                legendX += 24 + line.name().length() * 7;
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count, double plotWidth) {
        return LEFT + (count <= 1 ? plotWidth / 2 : index * plotWidth / (count - 1));
    }

    private static double y(double value, double min, double max, double plotHeight) {
        return TOP + plotHeight - (value - min) / (max - min) * plotHeight;
    }

    private static String text(double x, double y, String content, String anchor) {
        String weight = anchor.equals("bold") ? " font-weight=\"bold\"" : "";
        String textAnchor = anchor.equals("bold") ? "start" : anchor;
        return "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\"%s\"%s>%s</text>"
                .formatted(x, y, textAnchor, weight, escape(content));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
