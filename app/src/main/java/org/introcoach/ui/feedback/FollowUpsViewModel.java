package org.introcoach.ui.feedback;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.FollowUp;
import org.introcoach.analysis.Timestamps;

/** "What this intro invites": the follow-up questions of the take shown, as rows for the feedback screen's tab. */
public final class FollowUpsViewModel {
    /**
     * One question as shown.
     *
     * @param rank    "1", "2", ... for an invited question; empty for a strength the intro leaves unsaid
     * @param invited the reason, the time and the quote, in one line; empty when not invited
     */
    public record Row(String rank, String standing, String question, String invited, String backedBy, String advice, String suggestion,
                      String questionId, Double start) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Consumer<String> practise = id -> { };

    void show(List<FollowUp> followUps) {
        int rank = 1;
        java.util.List<Row> shown = new java.util.ArrayList<>();
        for (FollowUp followUp : followUps) {
            String when = followUp.start() == null ? "" : " at " + Timestamps.format(followUp.start());
            shown.add(new Row(followUp.invited() ? String.valueOf(rank++) : "", followUp.standing(), followUp.text(),
                    followUp.invited() ? followUp.reason().replaceAll("\\.$", "") + when + ": \u201c" + followUp.quote() + "\u201d" : followUp.reason(),
                    followUp.backedBy() == null ? "" : "Resume: " + followUp.backedBy(), followUp.advice(),
                    followUp.suggestion() == null ? "" : followUp.suggestion(), followUp.id(), followUp.start()));
        }
        rows.setAll(shown);
        long invited = followUps.stream().filter(FollowUp::invited).count();
        long exposed = followUps.stream().filter(f -> f.invited() && f.standing().equals(FollowUp.EXPOSED)).count();
        long strengths = followUps.stream().filter(f -> f.invited() && f.standing().equals(FollowUp.STRENGTH)).count();
        summary.set(invited == 0 ? "What this intro invites: no question of the banks." : "What this intro invites: %d likely questions, %d on strengths, %d exposed."
                .formatted(invited, strengths, exposed));
    }

    void clear() {
        rows.clear();
        summary.set("");
    }

    /** Tells the main window to open answer practice on this question. */
    public void practise(Row row) {
        practise.accept(row.questionId());
    }

    /** Where "Practise an answer" goes: set once by the main window. */
    public void onPractise(Consumer<String> questionId) {
        this.practise = questionId;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
