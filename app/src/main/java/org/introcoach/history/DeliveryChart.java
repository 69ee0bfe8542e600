package org.introcoach.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;
import org.introcoach.analysis.FindingCode;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.Timestamps;
import org.introcoach.speech.Transcript;

/**
 * The delivery strip of a take, on the same time axis as its words: the pitch contour in semitones
 * around the speaker's median, the pace of each phrase, and the fillers heard in the sound. The
 * app draws it under the transcript and the HTML export inlines it as SVG.
 *
 * @param seconds  the length of the time axis
 * @param contour  runs of voiced points; a gap in the voice starts a new run
 * @param phrases  each phrase's pace, rushed when a RUSHED_PASSAGE finding is about it
 * @param fillers  fillers heard in the sound, as {start, end}
 */
public record DeliveryChart(double seconds, List<List<Point>> contour, List<Pace> phrases, List<double[]> fillers) {
    /** The contour is drawn from this many semitones under the median to as many over it. */
    public static final double SEMITONE_RANGE = 8;
    /** The pace axis runs from 0 to this many words a minute. */
    public static final double MAX_WPM = 260;

    public record Point(double time, double semitones) {
    }

    public record Pace(double start, double end, double wordsPerMinute, boolean rushed, String words) {
    }

    public DeliveryChart {
        contour = contour.stream().map(List::copyOf).toList();
        phrases = List.copyOf(phrases);
        fillers = List.copyOf(fillers);
    }

    /** The strip of a report, or empty when the take was judged without its recording. */
    public static Optional<DeliveryChart> of(Report report) {
        if (report.delivery().isEmpty()) {
            return Optional.empty();
        }
        List<List<Point>> contour = new ArrayList<>();
        List<Pace> paces = new ArrayList<>();
        double end = report.transcript().durationSeconds();
        for (Report.PhraseDelivery phrase : report.delivery()) {
            List<Point> run = new ArrayList<>();
            for (int k = 0; k < phrase.pitch().size(); k++) {
                Double semitones = phrase.pitch().get(k);
                if (semitones == null) {
                    if (run.size() > 1) {
                        contour.add(run);
                    }
                    run = new ArrayList<>();
                } else {
                    double time = phrase.start() + (k + 0.5) * Report.PhraseDelivery.CONTOUR_STEP_SECONDS;
                    run.add(new Point(time, Math.max(-SEMITONE_RANGE, Math.min(SEMITONE_RANGE, semitones))));
                }
            }
            if (run.size() > 1) {
                contour.add(run);
            }
            boolean rushed = report.findings().stream().anyMatch(f -> f.code() == FindingCode.RUSHED_PASSAGE
                    && f.start() != null && Math.abs(f.start() - phrase.start()) < 1e-6);
            paces.add(new Pace(phrase.start(), phrase.end(), phrase.wordsPerMinute(), rushed, words(report.transcript(), phrase)));
            end = Math.max(end, phrase.end());
        }
        List<double[]> fillers = report.soundFillers().stream().map(f -> new double[] {f.start(), f.end()}).toList();
        for (double[] filler : fillers) {
            end = Math.max(end, filler[1]);
        }
        return Optional.of(new DeliveryChart(Math.max(1, end), contour, paces, fillers));
    }

    private static String words(Transcript transcript, Report.PhraseDelivery phrase) {
        return String.join(" ", transcript.words().stream()
                .filter(w -> w.start() >= phrase.start() - 1e-6 && w.end() <= phrase.end() + 1e-6)
                .map(org.introcoach.speech.Word::text).toList());
    }

    private static final int WIDTH = 900;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int PITCH_TOP = 26;
    private static final int PITCH_HEIGHT = 80;
    private static final int PACE_TOP = 116;
    private static final int PACE_HEIGHT = 40;
    private static final int HEIGHT = 178;

    /** The strip as inline SVG (no scripts, nothing fetched). */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"delivery\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">"
                .formatted(WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>Pitch and pace over time</title>");
        svg.append(text(LEFT, 14, "Pitch (semitones around your median) and pace of each phrase", "bold"));
        double middle = PITCH_TOP + PITCH_HEIGHT / 2.0;
        svg.append(line(LEFT, middle, WIDTH - RIGHT, middle, "#c9ced6", "4 3"));
        svg.append(text(LEFT - 6, PITCH_TOP + 8, "+%.0f".formatted(SEMITONE_RANGE), "end"));
        svg.append(text(LEFT - 6, middle + 4, "0", "end"));
        svg.append(text(LEFT - 6, PITCH_TOP + PITCH_HEIGHT, "−%.0f".formatted(SEMITONE_RANGE), "end"));
        for (double[] filler : fillers) {
            svg.append("<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" fill=\"#d99a1e\" fill-opacity=\"0.35\"><title>filler heard at %s</title></rect>"
                    .formatted(num(x(filler[0])), PITCH_TOP, num(Math.max(2, x(filler[1]) - x(filler[0]))), PITCH_HEIGHT,
                            Timestamps.format(filler[0])));
        }
        for (List<Point> run : contour) {
            StringBuilder points = new StringBuilder();
            for (Point point : run) {
                points.append(num(x(point.time()))).append(',').append(num(pitchY(point.semitones()))).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"#2f6fdb\" stroke-width=\"1.6\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        double slow = paceY(IntroAnalyzer.SLOWEST_COMFORTABLE_WPM);
        double fast = paceY(IntroAnalyzer.FASTEST_COMFORTABLE_WPM);
        svg.append("<rect x=\"%d\" y=\"%s\" width=\"%d\" height=\"%s\" fill=\"#2e9d5b\" fill-opacity=\"0.12\"/>"
                .formatted(LEFT, num(fast), WIDTH - LEFT - RIGHT, num(slow - fast)));
        svg.append(text(LEFT - 6, PACE_TOP + PACE_HEIGHT / 2.0 + 4, "pace", "end"));
        for (Pace pace : phrases) {
            double top = paceY(pace.wordsPerMinute());
            svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"><title>%s-%s, %.0f words a minute: %s</title></rect>"
                    .formatted(num(x(pace.start())), num(top), num(Math.max(1, x(pace.end()) - x(pace.start()) - 1)),
                            num(PACE_TOP + PACE_HEIGHT - top), pace.rushed() ? "#d2483f" : "#8fb3ee",
                            Timestamps.format(pace.start()), Timestamps.format(pace.end()), pace.wordsPerMinute(), escape(pace.words())));
        }
        double axis = PACE_TOP + PACE_HEIGHT + 14;
        for (int t = 0; t <= seconds; t += tickSeconds()) {
            svg.append(text(x(t), axis, Timestamps.format((double) t), "middle"));
        }
        return svg.append("</svg>").toString();
    }

    /** Seconds between the time axis' labels. */
    public int tickSeconds() {
        return seconds > 120 ? 30 : seconds > 40 ? 10 : 5;
    }

    /** Height of a pitch in the pitch band, 0 at its bottom ({@code -SEMITONE_RANGE}) to 1 at its top. */
    public static double pitchHeight(double semitones) {
        return 0.5 + semitones / SEMITONE_RANGE / 2;
    }

    /** Height of a pace in the pace band, 0 to 1 at {@link #MAX_WPM}. */
    public static double paceHeight(double wordsPerMinute) {
        return Math.max(0, Math.min(1, wordsPerMinute / MAX_WPM));
    }

    /** Horizontal position of a time, 0..1 of the plot's width. */
    public double fraction(double time) {
        return Math.max(0, Math.min(1, time / seconds));
    }

    private double x(double time) {
        return LEFT + fraction(time) * (WIDTH - LEFT - RIGHT);
    }

    private static double pitchY(double semitones) {
        return PITCH_TOP + PITCH_HEIGHT * (1 - pitchHeight(semitones));
    }

    private static double paceY(double wpm) {
        return PACE_TOP + PACE_HEIGHT * (1 - paceHeight(wpm));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-dasharray=\"%s\"/>"
                .formatted(num(x1), num(y1), num(x2), num(y2), colour, dash);
    }

    private static String text(double x, double y, String text, String style) {
        String anchor = switch (style) {
            case "end" -> " text-anchor=\"end\"";
            case "middle" -> " text-anchor=\"middle\"";
            default -> "";
        };
        String weight = "bold".equals(style) ? " font-weight=\"bold\"" : "";
        return "<text x=\"%s\" y=\"%s\" font-size=\"11\" fill=\"#454b55\"%s%s>%s</text>".formatted(num(x), num(y), anchor, weight, escape(text));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
