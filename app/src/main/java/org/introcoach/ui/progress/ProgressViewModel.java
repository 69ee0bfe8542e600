package org.introcoach.ui.progress;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.introcoach.history.Attempt;
import org.introcoach.history.AttemptComparison;
import org.introcoach.history.AttemptContents;
import org.introcoach.history.History;
import org.introcoach.history.HtmlExport;
import org.introcoach.history.StoredAttempt;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;
import org.introcoach.ui.common.AttemptList;

/** Progress across takes: the sortable, filterable list, the charts, comparing two takes, exports. */
public final class ProgressViewModel {
    /** One take in the table; {@code damaged} is empty for a good one. */
    public record Row(String id, java.time.Instant recordedAt, String when, String draft, String templateId, double durationSeconds,
                      int consistency, int structure, int conciseness, int motivation, int overall, Double wordsPerMinute,
                      Double fillersPerMinute, String damaged) {
        public boolean isDamaged() {
            return !damaged.isEmpty();
        }
    }

    /** A chart's points: one value per take, oldest first; null where a take has none. */
    public record ChartData(List<String> takes, List<Integer> consistency, List<Integer> structure, List<Integer> conciseness,
                            List<Integer> motivation, List<Integer> overall, List<Double> pace, List<Double> fillers,
                            List<Double> duration, org.introcoach.practice.LengthTarget durationTarget) {
        /** Trends need two points: with fewer takes the screen says so instead of drawing an empty axis. */
        public static final int TAKES_TO_CHART = 2;

        public boolean chartable() {
            return takes.size() >= TAKES_TO_CHART;
        }

        /** The band the duration chart shades, or null when the takes shown have different targets. */
        public org.introcoach.draft.Template.TargetBand durationBand() {
            return durationTarget == null ? null : durationTarget.band();
        }

        /** What the duration chart's shading means, or why there is none. */
        public String durationCaption() {
            return durationTarget == null ? "No shaded target: these takes come from drafts with different targets; choose one draft above."
                    : "Shaded: " + durationTarget.label();
        }

        /** What the screen says instead of charts, or empty when they are drawn. */
        public String emptyMessage() {
            return takes.isEmpty() ? "No takes to chart yet: record or import one on the Practice screen."
                    : takes.size() < TAKES_TO_CHART ? "One take so far: the charts appear with the second, when there is a trend to see."
                    : "";
        }
    }

    public static final String ALL_DRAFTS = "All drafts";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    /** A take's folder is named by when it was recorded ("2026-11-21T08-00-00-000"). */
    private static final java.util.regex.Pattern FOLDER_TIME = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2}).*");

    /** When a damaged take was recorded, read from its folder's name as the table shows good ones; else the name. */
    static String whenOf(String id) {
        var matcher = FOLDER_TIME.matcher(id);
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) + ":" + matcher.group(3) : id;
    }
    private static final DateTimeFormatter TITLE_WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final AttemptList takes;
    private final Background background;
    private final Consumer<AttemptContents> onOpen;
    private final Consumer<Notice> notices;
    private final ZoneId zone;
    private final java.util.function.Function<String, org.introcoach.practice.LengthTarget> targets;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final ObservableList<String> drafts = FXCollections.observableArrayList(ALL_DRAFTS);
    private final ObjectProperty<String> draftFilter = new SimpleObjectProperty<>(ALL_DRAFTS);
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttemptComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ProgressViewModel(AttemptList takes, Consumer<AttemptContents> onOpen, ZoneId zone,
                            java.util.function.Function<String, org.introcoach.practice.LengthTarget> targets) {
        this.takes = takes;
        this.background = takes.background();
        this.targets = targets;
        this.onOpen = onOpen;
        this.notices = takes::tell;
        this.zone = zone;
        draftFilter.addListener((observable, before, now) -> applyFilter());
    }

    public void refresh() {
        takes.list(listed -> {
            rows.setAll(listed.stream().map(this::row).toList());
            List<String> names = new ArrayList<>(List.of(ALL_DRAFTS));
            rows.stream().map(Row::draft).filter(name -> !name.isEmpty()).distinct().sorted().forEach(names::add);
            String chosen = draftFilter.get();
            drafts.setAll(names);
            draftFilter.set(names.contains(chosen) ? chosen : ALL_DRAFTS);
            applyFilter();
            long damaged = rows.stream().filter(Row::isDamaged).count();
            long good = rows.size() - damaged;
            status.set(good + (good == 1 ? " take" : " takes") + (damaged == 0 ? "" : ", " + damaged + " damaged (kept, not opened)"));
        });
    }

    private Row row(StoredAttempt stored) {
        if (stored instanceof StoredAttempt.Damaged damaged) {
            return new Row(damaged.id(), java.time.Instant.EPOCH, whenOf(damaged.id()), "", "", 0, 0, 0, 0, 0, 0, null, null, damaged.reason());
        }
        Attempt attempt = ((StoredAttempt.Complete) stored).attempt();
        return new Row(attempt.id(), attempt.recordedAt(), WHEN.format(attempt.recordedAt().atZone(zone)), attempt.draft(),
                attempt.templateId(), attempt.durationSeconds(), score(attempt, "consistency"), score(attempt, "structure"),
                score(attempt, "conciseness"), score(attempt, "motivation"), attempt.overall(), attempt.wordsPerMinute(),
                attempt.fillersPerMinute(), "");
    }

    private static int score(Attempt attempt, String dimension) {
        return attempt.scores().getOrDefault(dimension, 0);
    }

    private void applyFilter() {
        String draft = draftFilter.get();
        filtered.setPredicate(row -> draft == null || ALL_DRAFTS.equals(draft) || draft.equals(row.draft()));
        List<Row> oldestFirst = filtered.stream().filter(row -> !row.isDamaged())
                .sorted(Comparator.comparing(Row::recordedAt)).toList();
        List<String> takes = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            takes.add(String.valueOf(i + 1));
        }
        chart.set(new ChartData(takes, map(oldestFirst, Row::consistency), map(oldestFirst, Row::structure),
                map(oldestFirst, Row::conciseness), map(oldestFirst, Row::motivation), map(oldestFirst, Row::overall),
                map(oldestFirst, Row::wordsPerMinute), map(oldestFirst, Row::fillersPerMinute),
                map(oldestFirst, row -> row.durationSeconds()), durationTarget(oldestFirst)));
    }

    /**
     * The length target of the takes shown (the one rule of {@link org.introcoach.practice.LengthTarget}):
     * their template's when they share one, the one without a draft when there are none, and none
     * when their templates want different lengths.
     */
    private org.introcoach.practice.LengthTarget durationTarget(List<Row> shown) {
        List<org.introcoach.practice.LengthTarget> distinct = shown.stream().map(Row::templateId).distinct().map(targets).distinct().toList();
        if (distinct.isEmpty()) {
            return targets.apply("");
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        return distinct.stream().map(org.introcoach.practice.LengthTarget::band).distinct().count() == 1
                ? new org.introcoach.practice.LengthTarget(distinct.get(0).band(), "the templates of these drafts, which agree") : null;
    }

    /** "2 Dec 2026, 09:15 · Standard introduction → 3 Dec 2026, 10:02 · Standard introduction": dates and drafts, not ids. */
    public String comparisonTitle(AttemptComparison compared) {
        return describe(compared.before()) + "  →  " + describe(compared.after());
    }

    private String describe(Attempt attempt) {
        String when = TITLE_WHEN.format(attempt.recordedAt().atZone(zone));
        return attempt.draft().isEmpty() ? when + " · no draft" : when + " · " + attempt.draft();
    }

    private static <T> List<T> map(List<Row> rows, java.util.function.Function<Row, T> value) {
        return rows.stream().map(value).toList();
    }

    public void open(Row row) {
        if (row == null) {
            return;
        }
        takes.open(row.id(), row.damaged(), onOpen);
    }

    /** Compares two takes, the earlier as "before". */
    public void compare(Row one, Row other) {
        if (one == null || other == null || Objects.equals(one.id(), other.id())) {
            notices.accept(Notice.info("Select two takes to compare (Ctrl+click the second)."));
            return;
        }
        if (one.isDamaged() || other.isDamaged()) {
            notices.accept(Notice.error("A damaged take cannot be compared."));
            return;
        }
        Row earlier = one.recordedAt().isAfter(other.recordedAt()) ? other : one;
        Row later = earlier == one ? other : one;
        background.run(() -> AttemptComparison.of(takes.store().load(earlier.id()), takes.store().load(later.id())),
                comparison::set, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    /** Writes the selected takes (or all when none are selected) as HTML or JSON. */
    public void export(List<Row> selected, Path file, boolean html) {
        HtmlExport export = new HtmlExport(zone, templateId -> targets.apply(templateId).band());
        List<String> ids = selected.stream().filter(row -> !row.isDamaged()).map(Row::id).toList();
        background.run(() -> {
            String content;
            if (ids.size() == 1) {
                AttemptContents contents = takes.store().load(ids.get(0));
                content = html ? export.attempt(contents) : org.introcoach.storage.JsonFormat.readableText(History.attemptJson(contents));
            } else {
                History everything = History.read(takes.store());
                History chosen = ids.isEmpty() ? everything : new History(everything.attempts().stream()
                        .filter(contents -> ids.contains(contents.attempt().id())).toList(), List.of());
                content = html ? export.history(chosen.attempts(), chosen.damaged()) : org.introcoach.storage.JsonFormat.readableText(chosen.asJson());
            }
            AtomicFiles.writeExport(file, content);
            return file;
        }, written -> notices.accept(Notice.info("Exported to " + written + ".")),
                failure -> notices.accept(Notice.error("The export failed: " + Messages.of(failure))));
    }

    public SortedList<Row> rows() {
        return sorted;
    }

    public List<Row> allRows() {
        return List.copyOf(rows);
    }

    public ObservableList<String> drafts() {
        return drafts;
    }

    public ObjectProperty<String> draftFilterProperty() {
        return draftFilter;
    }

    public ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttemptComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
