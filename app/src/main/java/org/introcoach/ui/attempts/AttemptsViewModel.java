package org.introcoach.ui.attempts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.Timestamps;
import org.introcoach.history.Attempt;
import org.introcoach.history.AttemptContents;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.StoredAttempt;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;
import org.introcoach.ui.common.AttemptList;

/** The list of saved takes beside the feedback: open one, delete one (with undo). */
public final class AttemptsViewModel {
    /**
     * A take in the list.
     *
     * @param damaged why the attempt cannot be opened, or empty
     */
    public record Row(String id, String when, String details, String overall, String damaged) {
        public boolean isDamaged() {
            return !damaged.isEmpty();
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final AttemptList takes;
    private final Consumer<AttemptContents> onOpen;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    public AttemptsViewModel(AttemptList takes, Consumer<AttemptContents> onOpen, ZoneId zone) {
        this.takes = takes;
        this.onOpen = onOpen;
        this.zone = zone;
    }

    /** Reads the list again; {@code select} is the id to select afterwards, or null. */
    public void refresh(String select) {
        takes.list(listed -> show(listed, select));
    }

    /** Shows takes already listed; {@code select} is the id to select, or null. */
    public void show(List<StoredAttempt> listed, String select) {
        rows.setAll(listed.stream().map(this::row).toList());
        if (select != null) {
            rows.stream().filter(row -> row.id().equals(select)).findFirst().ifPresent(selected::set);
        }
    }

    private Row row(StoredAttempt stored) {
        if (stored instanceof StoredAttempt.Damaged damaged) {
            return new Row(damaged.id(), damaged.id(), "cannot be opened", "!", damaged.reason());
        }
        Attempt attempt = ((StoredAttempt.Complete) stored).attempt();
        String against = attempt.draft().isEmpty() ? attempt.resumeName() : attempt.draft();
        return new Row(attempt.id(), WHEN.format(attempt.recordedAt().atZone(zone)),
                Timestamps.duration(attempt.durationSeconds()) + " · " + against, String.valueOf(attempt.overall()), "");
    }

    public void open(Row row) {
        if (row == null) {
            return;
        }
        takes.open(row.id(), row.damaged(), onOpen);
    }

    /** Moves a take to the trash and offers to undo. */
    public void delete(Row row) {
        if (row == null) {
            return;
        }
        takes.background().run(() -> takes.store().delete(row.id()), deleted -> {
            rows.remove(row);
            takes.tell(Notice.withAction("Deleted the take of " + row.when() + ".", "Undo", () -> undo(deleted)));
        }, failure -> takes.tell(Notice.error("The take could not be deleted: " + Messages.of(failure))));
    }

    private void undo(AttemptStore.DeletedAttempt deleted) {
        takes.background().run(() -> {
            takes.store().restore(deleted);
            return deleted.id();
        }, this::refresh, failure -> takes.tell(Notice.error(Messages.of(failure))));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public List<Row> rowList() {
        return List.copyOf(rows);
    }
}
