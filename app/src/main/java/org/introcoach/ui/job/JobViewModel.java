package org.introcoach.ui.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.Timestamps;
import org.introcoach.job.JobCheck;
import org.introcoach.job.JobPosting;
import org.introcoach.practice.Workspace;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.CurrentWork;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;

/**
 * The job posting takes are judged for, and the job check of the take on screen: which
 * requirements the intro addresses, which the resume backs but the intro leaves unsaid, and
 * whether the reason names this job. A take judged without the current posting is checked
 * against it when shown (the check is pure and quick); what is saved with the take is unchanged.
 */
public final class JobViewModel {
    /** A requirement of the posting and what the take did with it. */
    /**
     * @param status      in a word or two for the table ("said", "unsaid", "not shown")
     * @param statusLabel the status in full ("on your resume, not said")
     */
    public record Row(String requirement, String kind, String necessity, String status, String statusId, String statusLabel, String detail) {
    }

    private final CurrentWork work;
    private final Background background;
    private final Consumer<Notice> notices;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper hasPosting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper posting = new ReadOnlyStringWrapper("No job posting yet.");
    private final ReadOnlyStringWrapper shortName = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper motivation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Report shown;
    static final String NONE = "none: open a posting";

    public JobViewModel(CurrentWork work, Background background, Consumer<Notice> notices, Clock clock) {
        this.work = work;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
        work.currentProperty().addListener((observable, before, now) -> {
            if (before == null && now != null) {
                describe(current());
                refresh();
            }
        });
    }

    private Optional<JobPosting> current() {
        return work.isOpen() ? work.workspace().jobPosting() : Optional.empty();
    }

    /** Shows the job check of a take: its own, or one made now against the current posting. */
    public void show(Report report) {
        shown = report;
        refresh();
    }

    public void clear() {
        shown = null;
        refresh();
    }

    /** Takes are judged for the posting in {@code file} from now on; a file that is not a posting changes nothing and says why. */
    public void open(Path file) {
        Workspace workspace = work.workspace();
        background.run(() -> workspace.useJobPosting(file), this::used,
                failure -> notices.accept(Notice.error("That posting was not opened" + keptNote() + ". " + Messages.of(failure))));
    }

    /** Takes are judged for a pasted posting from now on. */
    public void paste(String text) {
        Workspace workspace = work.workspace();
        background.run(() -> workspace.pasteJobPosting(text), this::used,
                failure -> notices.accept(Notice.error("That text was not used as the posting" + keptNote() + ". " + Messages.of(failure))));
    }

    public void forget() {
        Workspace workspace = work.workspace();
        background.run(() -> {
            workspace.forgetJobPosting();
            return true;
        }, done -> {
            describe(Optional.empty());
            refresh();
            notices.accept(Notice.info("Takes are judged without a job posting from now on."));
        }, failure -> notices.accept(Notice.error("The posting could not be forgotten: " + Messages.of(failure))));
    }

    private String keptNote() {
        return current().map(kept -> "; takes are still judged for " + name(kept)).orElse("");
    }

    private void used(JobPosting used) {
        describe(Optional.of(used));
        refresh();
        long found = used.requirements().stream().filter(r -> r.kind() != org.introcoach.job.Requirement.Kind.TEAM).count();
        notices.accept(Notice.info("Takes are now judged for " + name(used) + " (" + found + " requirements found)."));
    }

    private void describe(Optional<JobPosting> now) {
        hasPosting.set(now.isPresent());
        posting.set(now.map(p -> name(p) + "  ·  from " + p.source()).orElse("No job posting yet."));
        shortName.set(now.map(JobViewModel::shortName).orElse(NONE));
    }

    /** "Ledgerline · Senior Backend Engineer": the company, then the title up to its first comma or dash, for the toolbar. */
    static String shortName(JobPosting posting) {
        String title = posting.title() == null ? "the posting" : posting.title().split(",| [-–—|] ")[0].strip();
        return posting.company() == null ? title : posting.company() + " · " + title;
    }

    static String name(JobPosting posting) {
        String title = posting.title() == null ? "the posting" : posting.title();
        return posting.company() == null ? title : title + " at " + posting.company();
    }

    private void refresh() {
        Optional<JobPosting> now = current();
        JobFit fit = null;
        if (shown != null && shown.job() != null && now.map(p -> p.source().equals(shown.job().source())
                && java.util.Objects.equals(p.title(), shown.job().title())).orElse(true)) {
            fit = shown.job();
            note.set(now.isPresent() ? "" : "Judged for this posting when the take was saved.");
        } else if (shown != null && now.isPresent() && !shown.nothingToJudge() && work.currentProperty().get() != null) {
            fit = JobCheck.check(now.get(), shown, work.currentProperty().get().resume(), YearMonth.now(clock));
            note.set("This take was judged without this posting; it is checked against it now. Your next takes are judged for it.");
        } else {
            note.set(shown == null ? "" : now.isPresent() ? "Nothing was heard to check against the posting."
                    : "Open or paste the posting of the job you are applying for: the coach checks each take against its requirements.");
        }
        if (fit == null) {
            rows.clear();
            summary.set("");
            motivation.set("");
            return;
        }
        summary.set(fit.summary());
        motivation.set(fit.motivation().advice());
        rows.setAll(fit.requirements().stream().map(JobViewModel::row).toList());
    }

    static Row row(JobFit.Requirement requirement) {
        String detail = requirement.status() == JobFit.Status.ADDRESSED
                ? "“" + requirement.heard() + "”" + (requirement.start() == null ? "" : " at " + Timestamps.format(requirement.start()))
                : requirement.resume() == null ? "—" : requirement.resume();
        String status = switch (requirement.status()) {
            case ADDRESSED -> "said";
            case UNSAID -> "unsaid";
            case GAP -> "not shown";
        };
        return new Row(requirement.text(), requirement.kind(), "unstated".equals(requirement.necessity()) ? "—"
                : requirement.necessity().replace('-', ' '), status, requirement.status().id(), requirement.status().label(), detail);
    }

    public ReadOnlyBooleanProperty hasPostingProperty() {
        return hasPosting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty postingProperty() {
        return posting.getReadOnlyProperty();
    }

    /** The job in a few words for the toolbar, or how to choose one. */
    public ReadOnlyStringProperty shortNameProperty() {
        return shortName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty motivationProperty() {
        return motivation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
