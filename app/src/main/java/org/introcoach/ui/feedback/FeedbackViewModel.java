package org.introcoach.ui.feedback;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.MarkedTranscript;
import org.introcoach.speech.Word;
import org.introcoach.analysis.Metrics;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.ResumeMatch;
import org.introcoach.analysis.Severity;
import org.introcoach.analysis.Timestamps;
import org.introcoach.audio.Playback;
import org.introcoach.history.Attempt;
import org.introcoach.history.DeliveryChart;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;

/** One judged take: scores, findings, the marked transcript, the resume check and the draft check. */
public final class FeedbackViewModel {
    /** A dimension's score for the chart. */
    public record ScoreRow(Dimension dimension, String label, int score, String summary) {
    }

    /** A line of the findings list: a dimension heading, or a finding under it. */
    public sealed interface FindingItem permits Heading, FindingRow {
    }

    public record Heading(String label, int score) implements FindingItem {
    }

    public record FindingRow(Finding finding, String severity, String when, String message, String quote) implements FindingItem {
    }

    public record ResumeRow(String field, String resume, String heard, String status) {
    }

    public record DraftRow(String status, String section, String text) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Background background;
    private final Playback playback;
    private final Consumer<Notice> notices;
    private final ZoneId zone;

    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No take yet");
    private final ReadOnlyStringWrapper metrics = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper overall = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper attemptId = new ReadOnlyStringWrapper("");
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    private final ObservableList<Word> words = FXCollections.observableArrayList();
    private final ObservableList<ResumeRow> resumeRows = FXCollections.observableArrayList();
    private final ObservableList<DraftRow> draftRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<Integer>> highlighted = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper unsaid = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeliveryChart> delivery = new ReadOnlyObjectWrapper<>();
    private MarkedTranscript marked = MarkedTranscript.none();
    private Path recording;

    private final FollowUpsViewModel followUps = new FollowUpsViewModel();
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");
    private java.util.function.Function<String, org.introcoach.practice.LengthTarget> targets =
            templateId -> org.introcoach.practice.LengthTarget.withoutDraft();

    public FeedbackViewModel(Background background, Playback playback, Consumer<Notice> notices, ZoneId zone) {
        this.background = background;
        this.playback = playback;
        this.notices = notices;
        this.zone = zone;
    }

    public void show(Attempt attempt, Report report, Path recordingFile) {
        playback.stop();
        recording = recordingFile;
        attemptId.set(attempt.id());
        title.set("%s · %s".formatted(WHEN.format(attempt.recordedAt().atZone(zone)),
                "microphone".equals(attempt.source()) ? "recorded" : attempt.source()));
        metrics.set(describe(report.metrics()));
        target.set(targets.apply(attempt.templateId()).label());
        overall.set(report.overall());
        scores.setAll(java.util.Arrays.stream(Dimension.values())
                .map(dimension -> new ScoreRow(dimension, dimension.label(), report.score(dimension),
                        report.dimensions().get(dimension.id()).summary())).toList());
        findings.setAll(findingItems(report));
        marked = MarkedTranscript.of(report);
        words.setAll(marked.words());
        resumeRows.setAll(report.resumeMatches().stream().map(match -> new ResumeRow(match.field(),
                match.resume() == null ? "—" : match.resume(), match.heard() == null ? "—" : match.heard(),
                match.status().label())).toList());
        unsaid.set(report.resumeMatches().stream().filter(match -> match.status() == ResumeMatch.Status.MISSING)
                .map(ResumeMatch::resume).filter(java.util.Objects::nonNull).collect(Collectors.joining(", ")));
        draftRows.setAll(report.draft().stream().map(point -> new DraftRow(point.status(), point.section(), point.text())).toList());
        highlighted.set(Set.of());
        delivery.set(DeliveryChart.of(report).orElse(null));
        followUps.show(report.followUps());
        present.set(true);
    }

    /** Where a take's length target comes from: its template's id ("" without a draft) to the target. */
    public void targetsFrom(java.util.function.Function<String, org.introcoach.practice.LengthTarget> lengthTargets) {
        targets = lengthTargets;
    }

    /** "Target 20–45 s (from the template 'Standard introduction')" for the take shown. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    public void clear() {
        playback.stop();
        target.set("");
        present.set(false);
        attemptId.set("");
        title.set("No take yet");
        metrics.set("");
        scores.clear();
        findings.clear();
        marked = MarkedTranscript.none();
        words.clear();
        resumeRows.clear();
        draftRows.clear();
        unsaid.set("");
        highlighted.set(Set.of());
        delivery.set(null);
        followUps.clear();
        recording = null;
    }

    /** The "What this intro invites" tab's rows. */
    public FollowUpsViewModel followUps() {
        return followUps;
    }

    /** Worst dimension first; within one, problems before warnings before notes, then by time. */
    static List<FindingItem> findingItems(Report report) {
        List<FindingItem> items = new ArrayList<>();
        List<Dimension> order = java.util.Arrays.stream(Dimension.values())
                .sorted(Comparator.comparingInt(report::score)).toList();
        for (Dimension dimension : order) {
            List<Finding> inDimension = report.findings().stream().filter(finding -> finding.dimension() == dimension)
                    .sorted(Comparator.comparing((Finding finding) -> -finding.severity().ordinal())
                            .thenComparing(finding -> finding.start() == null ? Double.MAX_VALUE : finding.start()))
                    .toList();
            if (inDimension.isEmpty()) {
                continue;
            }
            items.add(new Heading(dimension.label(), report.score(dimension)));
            for (Finding finding : inDimension) {
                items.add(new FindingRow(finding, severityLabel(finding.severity()),
                        finding.start() == null ? "" : Timestamps.format(finding.start()), finding.message(),
                        finding.quote() == null ? "" : "“" + finding.quote() + "”"));
            }
        }
        return items;
    }

    /** Highlights the words a finding is about. */
    public void select(FindingRow row) {
        highlighted.set(Set.copyOf(marked.wordsOf(row.finding())));
    }

    /** Plays the recording from the start of {@code word}. */
    public void playFrom(Word word) {
        Path file = recording;
        if (file == null) {
            return;
        }
        background.run(() -> {
            playback.play(file, Math.max(0, word.start() - 0.1));
            return word;
        }, played -> { }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    /** Plays the recording from a moment of the delivery strip and highlights the word said then. */
    public void playAt(double seconds) {
        List<Word> said = marked.words();
        java.util.stream.IntStream.range(0, said.size()).filter(i -> said.get(i).end() >= seconds).findFirst()
                .ifPresent(index -> highlighted.set(Set.of(index)));
        Path file = recording;
        if (file == null) {
            return;
        }
        background.run(() -> {
            playback.play(file, Math.max(0, seconds - 0.1));
            return seconds;
        }, played -> { }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    /** The delivery strip of the take, or null when it was judged without its recording. */
    public ReadOnlyObjectProperty<DeliveryChart> deliveryProperty() {
        return delivery.getReadOnlyProperty();
    }

    public void stopPlayback() {
        playback.stop();
    }


    private static String severityLabel(Severity severity) {
        return switch (severity) {
            case PROBLEM -> "Problem";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }

    private static String describe(Metrics metrics) {
        if (metrics.durationSeconds() == null) {
            return metrics.wordCount() + " words";
        }
        String words = "%s · %d words · %s wpm · %s fillers/min · %d long pauses".formatted(Timestamps.duration(metrics.durationSeconds()),
                metrics.wordCount(), metrics.wordsPerMinute() == null ? "—" : Math.round(metrics.wordsPerMinute()),
                metrics.fillersPerMinute() == null ? "—" : "%.1f".formatted(metrics.fillersPerMinute()), metrics.longPauseCount());
        return metrics.pitchVariationSemitones() == null ? words
                : words + " · pitch %.0f Hz ± %.1f semitones".formatted(metrics.pitchMedianHz(), metrics.pitchVariationSemitones());
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attemptIdProperty() {
        return attemptId.getReadOnlyProperty();
    }

    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    public ObservableList<FindingItem> findings() {
        return findings;
    }

    /** The take's transcript words, in order: the words of the report's transcript record. */
    public ObservableList<Word> words() {
        return words;
    }

    /** What to mark on {@link #words()}: spans of word indexes, pauses and fillers heard before a word. */
    public MarkedTranscript marked() {
        return marked;
    }

    public ObservableList<ResumeRow> resumeRows() {
        return resumeRows;
    }

    public ObservableList<DraftRow> draftRows() {
        return draftRows;
    }

    public ReadOnlyObjectProperty<Set<Integer>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unsaidProperty() {
        return unsaid.getReadOnlyProperty();
    }
}
