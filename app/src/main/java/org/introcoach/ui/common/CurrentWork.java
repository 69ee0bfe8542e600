package org.introcoach.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftLibrary;
import org.introcoach.draft.Template;
import org.introcoach.practice.Judging;
import org.introcoach.practice.Workspace;
import org.introcoach.resume.Resume;

/**
 * The resume and draft being practised, shared by every screen: the toolbar shows them, the
 * Draft and Resume screens change them, takes are judged against them. Changes are saved in the
 * background; the state here changes at once.
 */
public final class CurrentWork {
    private final Background background;
    private final Consumer<Notice> notices;
    private final ReadOnlyObjectWrapper<Workspace.Current> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DraftLibrary.Stored> drafts = FXCollections.observableArrayList();
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObservableList<Path> resumes = FXCollections.observableArrayList();
    private final Object draftWrites = new Object();
    private volatile DraftLibrary.Stored latestDraft;
    private Workspace workspace;

    public CurrentWork(Background background, Consumer<Notice> notices) {
        this.background = background;
        this.notices = notices;
    }

    /** Called by the main view model once the data folder is open. */
    public void opened(Workspace opened, Workspace.Current first) {
        workspace = opened;
        templates.setAll(opened.templates().templates());
        show(first);
        first.notice().ifPresent(text -> notices.accept(Notice.error(text)));
        refreshLists();
    }

    public boolean isOpen() {
        return workspace != null;
    }

    public Workspace workspace() {
        return workspace;
    }

    private void show(Workspace.Current now) {
        current.set(now);
    }

    /** What the next take is judged against: the current resume and draft, and the job posting if one was given. */
    public Judging judging() {
        return current.get().judging().withJob(workspace == null ? java.util.Optional.empty() : workspace.jobPosting());
    }

    /** Reads the drafts and resumes folders again. */
    public void refreshLists() {
        Workspace opened = workspace;
        background.run(() -> new Lists(opened.draftLibrary().list(), opened.resumeLibrary().list()), lists -> {
            drafts.setAll(lists.drafts().drafts());
            resumes.setAll(lists.resumes());
            lists.drafts().problems().forEach(problem -> notices.accept(Notice.error(problem)));
        }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    private record Lists(DraftLibrary.Listing drafts, List<Path> resumes) {
    }

    /** Judges takes against another resume; a file that is not a resume changes nothing and says why. */
    public void openResume(Path file) {
        Workspace.Current before = current.get();
        background.run(() -> workspace.useResume(file, before), opened -> {
            show(opened);
            String judged = "Takes are now judged against " + displayName(opened) + "'s resume, kept in your data folder as "
                    + opened.resumeFile().getFileName() + ".";
            List<String> conflicts = workspace.conflicts(opened);
            notices.accept(conflicts.isEmpty() ? Notice.info(judged)
                    : Notice.withAction(judged + " " + conflicts.get(0) + " Refill your drafts from this resume?", "Refill drafts",
                            this::refillDrafts));
            refreshLists();
        }, failure -> notices.accept(Notice.error("That resume was not opened; " + displayName(before)
                + "'s is still used. " + Messages.of(failure))));
    }

    /** Refills every draft that contradicts the current resume from it; what the resume cannot fill stays. */
    public void refillDrafts() {
        Workspace.Current before = current.get();
        background.run(() -> workspace.refillDrafts(before), refilled -> {
            show(refilled.current());
            refreshLists();
            notices.accept(Notice.info(refilled.drafts() == 0 ? "Your drafts already agree with " + displayName(before) + "'s resume."
                    : "Refilled %d draft%s from %s's resume.".formatted(refilled.drafts(), refilled.drafts() == 1 ? "" : "s",
                            displayName(before))));
        }, failure -> notices.accept(Notice.error("The drafts could not be refilled: " + Messages.of(failure))));
    }

    /** Where the current draft contradicts the current resume; empty when it agrees or nothing is open. */
    public List<String> conflicts() {
        return workspace == null || current.get() == null ? List.of() : workspace.conflicts(current.get());
    }

    /** Saves a corrected resume (as JSON Resume, in the data folder) and judges takes against it. */
    public void saveResume(Resume corrected, Runnable onSaved) {
        Workspace.Current before = current.get();
        background.run(() -> workspace.saveResume(corrected, before), saved -> {
            show(saved);
            notices.accept(Notice.info("Saved to " + saved.resumeFile() + "; takes are judged against it."));
            refreshLists();
            onSaved.run();
        }, failure -> notices.accept(Notice.error("The resume could not be saved: " + Messages.of(failure))));
    }

    public void useDraft(Path file) {
        Workspace.Current before = current.get();
        if (before != null && file.equals(before.draftFile())) {
            return;
        }
        background.run(() -> workspace.useDraft(file, before), this::show,
                failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    public void newDraft(Template template) {
        Workspace.Current before = current.get();
        background.run(() -> workspace.newDraft(template, before), created -> {
            show(created);
            refreshLists();
        }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    /** Changes the current draft now and saves it in the background; the newest values always win on disk. */
    public void updateDraft(Draft changed) {
        Workspace.Current before = current.get();
        Workspace.Current after = new Workspace.Current(before.resumeFile(), before.resume(), before.draftFile(), changed,
                before.template(), java.util.Optional.empty());
        show(after);
        latestDraft = new DraftLibrary.Stored(before.draftFile(), changed);
        if (!before.draft().name().equals(changed.name())) {
            drafts.replaceAll(stored -> stored.file().equals(before.draftFile()) ? latestDraft : stored);
        }
        background.run(() -> {
            synchronized (draftWrites) {
                DraftLibrary.Stored newest = latestDraft;
                workspace.draftLibrary().save(newest.file(), newest.draft());
            }
            return changed;
        }, saved -> { }, failure -> notices.accept(Notice.error("The draft could not be saved: " + Messages.of(failure))));
    }

    public void duplicateDraft() {
        Workspace.Current before = current.get();
        background.run(() -> {
            DraftLibrary.Stored copy = workspace.draftLibrary().duplicate(new DraftLibrary.Stored(before.draftFile(), before.draft()));
            return workspace.useDraft(copy.file(), before);
        }, copied -> {
            show(copied);
            refreshLists();
            notices.accept(Notice.info("Duplicated as \"" + copied.draft().name() + "\"."));
        }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    /** Deletes the current draft (with undo) and moves to another, or to a new one when it was the last. */
    public void deleteDraft() {
        Workspace.Current before = current.get();
        background.run(() -> {
            DraftLibrary.Deleted deleted = workspace.draftLibrary().delete(before.draftFile());
            List<DraftLibrary.Stored> left = workspace.draftLibrary().list().drafts();
            Workspace.Current next = left.isEmpty() ? workspace.newDraft(before.template(), before)
                    : workspace.useDraft(left.get(0).file(), before);
            return new Deletion(deleted, next);
        }, deletion -> {
            show(deletion.next());
            refreshLists();
            notices.accept(Notice.withAction("Deleted the draft \"" + before.draft().name() + "\".", "Undo", () -> restore(deletion.deleted())));
        }, failure -> notices.accept(Notice.error("The draft could not be deleted: " + Messages.of(failure))));
    }

    private record Deletion(DraftLibrary.Deleted deleted, Workspace.Current next) {
    }

    private void restore(DraftLibrary.Deleted deleted) {
        Workspace.Current before = current.get();
        background.run(() -> {
            workspace.draftLibrary().restore(deleted);
            return workspace.useDraft(deleted.original(), before);
        }, restored -> {
            show(restored);
            refreshLists();
        }, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    public static String displayName(Workspace.Current current) {
        if (current == null) {
            return "…";
        }
        return current.resume().name().isEmpty() ? current.resumeFile().getFileName().toString() : current.resume().name();
    }

    public void close() {
        if (workspace == null) {
            return;
        }
        try {
            workspace.draftLibrary().emptyTrash();
        } catch (java.io.IOException e) {
            System.getLogger(CurrentWork.class.getName()).log(System.Logger.Level.WARNING, "draft trash not emptied: " + e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<Workspace.Current> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<DraftLibrary.Stored> drafts() {
        return drafts;
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObservableList<Path> resumes() {
        return resumes;
    }
}
