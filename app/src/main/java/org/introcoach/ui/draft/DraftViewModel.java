package org.introcoach.ui.draft;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftFiller;
import org.introcoach.draft.DraftRenderer;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.practice.Workspace;
import org.introcoach.ui.common.CurrentWork;
import org.introcoach.ui.common.Notice;

/** The Draft screen: a form per template placeholder, checked as you type, with a live preview and timing. */
public final class DraftViewModel {
    /**
     * Words one placeholder can hold before it stops being a slot in a sentence and becomes a speech
     * of its own: a result with its number ("cut median deploy time from 25 to 7 minutes by ...") fits.
     */
    static final int LONGEST_FIELD_WORDS = 20;

    /** One placeholder of the template: its value as typed and what is wrong with it, if anything. */
    public static final class FieldModel {
        private final Template.Field field;
        private final StringProperty value = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

        FieldModel(Template.Field field, String initial) {
            this.field = field;
            value.set(initial);
            check();
            value.addListener((observable, before, now) -> check());
        }

        private void check() {
            problem.set(problemWith(value.get()));
        }

        public Template.Field field() {
            return field;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    /** Where the estimated speaking time falls against the template's band. */
    public enum Timing { SHORT, IN_BAND, LONG }

    private final CurrentWork work;
    private final Consumer<Notice> notices;
    private final Runnable practise;
    private final DraftRenderer renderer = new DraftRenderer();
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper templateTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper templateAudience = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Timing> timing = new ReadOnlyObjectWrapper<>(Timing.IN_BAND);
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Template> templateForNew = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper templateHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflicts = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty roleEnded = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyBooleanWrapper speaksOfRole = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private Path shownFile;
    private String shownTemplate;
    private boolean loading;

    private final javafx.beans.property.BooleanProperty recording = new javafx.beans.property.SimpleBooleanProperty();
    private final Runnable stopTake;

    public DraftViewModel(CurrentWork work, Consumer<Notice> notices, Runnable practise) {
        this(work, notices, practise, () -> { });
    }

    /** {@code stopTake} stops the take under way; {@link #recordingProperty()} says whether one is. */
    public DraftViewModel(CurrentWork work, Consumer<Notice> notices, Runnable practise, Runnable stopTake) {
        this.work = work;
        this.notices = notices;
        this.practise = practise;
        this.stopTake = stopTake;
        work.currentProperty().addListener((observable, before, now) -> show(now));
        templateForNew.addListener((observable, before, now) -> showTemplateHint());
        roleEnded.addListener((observable, before, now) -> {
            Workspace.Current current = work.currentProperty().get();
            if (!loading && current != null && current.draft().roleEnded() != now) {
                work.updateDraft(current.draft().withRoleEnded(now));
            }
        });
        name.addListener((observable, before, now) -> {
            if (!loading && now != null && !now.isBlank()) {
                Draft draft = work.currentProperty().get().draft();
                work.updateDraft(draft.named(now.strip()));
            }
        });
    }

    private void show(Workspace.Current current) {
        if (current == null) {
            return;
        }
        boolean otherDraft = !Objects.equals(current.draftFile(), shownFile) || !current.template().id().equals(shownTemplate);
        if (otherDraft) {
            loading = true;
            shownFile = current.draftFile();
            shownTemplate = current.template().id();
            name.set(current.draft().name());
            templateTitle.set(current.template().title());
            templateAudience.set(current.template().audience());
            fields.setAll(current.template().fields().stream().map(field -> {
                FieldModel model = new FieldModel(field, current.draft().value(field.name()));
                model.valueProperty().addListener((observable, before, now) -> edited(field.name(), now));
                return model;
            }).toList());
            showTemplateHint();
            if (templateForNew.get() == null) {
                templateForNew.set(current.template());
            }
            loading = false;
        } else {
            // The same draft changed elsewhere (refilled from a new resume): the form follows.
            loading = true;
            for (FieldModel model : fields) {
                String value = current.draft().value(model.field().name());
                if (!value.equals(model.valueProperty().get())) {
                    model.valueProperty().set(value);
                }
            }
            loading = false;
        }
        render(current);
    }

    /** What the current draft's template suits; when another is picked for a new draft, which one Create would use. */
    private void showTemplateHint() {
        Workspace.Current current = work.currentProperty().get();
        if (current == null) {
            return;
        }
        Template picked = templateForNew.get();
        String hint = "This draft's template suits: " + current.template().audience();
        if (picked != null && !picked.id().equals(current.template().id())) {
            hint += " Create starts a new draft from \u201c" + picked.title() + "\u201d.";
        }
        templateHint.set(hint);
    }

    private void edited(String field, String value) {
        if (loading) {
            return;
        }
        work.updateDraft(work.currentProperty().get().draft().with(field, value));
    }

    private void render(Workspace.Current current) {
        loading = true;
        roleEnded.set(current.draft().roleEnded());
        loading = false;
        speaksOfRole.set(current.template().sentences().stream().anyMatch(sentence -> sentence.ifEnded() != null));
        conflicts.set(String.join(" ", work.conflicts()));
        RenderedDraft rendered = renderer.render(current.template(), current.draft());
        preview.set(rendered.text());
        Template.TargetBand band = rendered.target();
        long seconds = Math.round(rendered.estimatedSeconds());
        timingText.set("%d words · about %d s at %d words a minute · target %d–%d s".formatted(rendered.wordCount(), seconds,
                DraftRenderer.WORDS_PER_MINUTE, band.minSeconds(), band.maxSeconds())
                + rendered.timingWarning().map(warning -> " · " + warning).orElse(""));
        timing.set(seconds < band.minSeconds() ? Timing.SHORT : seconds > band.maxSeconds() ? Timing.LONG : Timing.IN_BAND);
        missing.set(rendered.isComplete() ? "" : "Still to fill: " + String.join(", ", rendered.missingFields().stream()
                .map(field -> current.template().field(field).map(Template.Field::label).orElse(field)).toList()));
    }

    static String problemWith(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return "Still empty: the intro would say the placeholder.";
        }
        if (text.contains("[") || text.contains("]")) {
            return "Square brackets would be read out; remove them.";
        }
        int words = text.split("\\s+").length;
        if (words > LONGEST_FIELD_WORDS) {
            return "%d words is long for one slot; say it in %d or fewer.".formatted(words, LONGEST_FIELD_WORDS);
        }
        return "";
    }

    /** Fills every field the resume can fill, replacing what was typed; Undo puts the typed values back. */
    public void fillFromResume() {
        Workspace.Current current = work.currentProperty().get();
        DraftFiller filler = new DraftFiller();
        Map<String, String> filled = filler.fill(current.template(), current.resume(), work.workspace().thisMonth());
        boolean ended = filler.roleEnded(current.resume(), work.workspace().thisMonth());
        Map<String, String> changes = new LinkedHashMap<>();
        filled.forEach((field, value) -> {
            if (!value.isBlank() && !value.equals(current.draft().value(field))) {
                changes.put(field, value);
            }
        });
        if (changes.isEmpty() && ended == current.draft().roleEnded()) {
            notices.accept(Notice.info("The draft already says what the resume does."));
            return;
        }
        Draft before = current.draft();
        apply(before.withAll(changes).withRoleEnded(ended));
        notices.accept(Notice.withAction("Filled %d field%s from %s's resume.".formatted(changes.size(),
                changes.size() == 1 ? "" : "s", CurrentWork.displayName(current)), "Undo", () -> apply(before)));
    }

    private void apply(Draft draft) {
        work.updateDraft(draft);
        loading = true;
        for (FieldModel model : fields) {
            model.valueProperty().set(draft.value(model.field().name()));
        }
        loading = false;
    }

    public void newDraft() {
        Template template = templateForNew.get();
        if (template != null) {
            work.newDraft(template);
        }
    }

    public void duplicate() {
        work.duplicateDraft();
    }

    public void delete() {
        work.deleteDraft();
    }

    /** Records a take judged against this draft. */
    public void practise() {
        practise.run();
    }

    /** The teleprompter's record key: starts a take judged against this draft, or stops the one under way. */
    public void toggleTake() {
        if (recording.get()) {
            stopTake.run();
        } else {
            practise.run();
        }
    }

    /** Whether a take is being recorded; the main view model binds it to the practice panel. */
    public javafx.beans.property.BooleanProperty recordingProperty() {
        return recording;
    }

    public ObservableList<FieldModel> fields() {
        return fields;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty templateTitleProperty() {
        return templateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templateAudienceProperty() {
        return templateAudience.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timingTextProperty() {
        return timingText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Timing> timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ObjectProperty<Template> templateForNewProperty() {
        return templateForNew;
    }

    /** Whether the role the draft names has ended: the intro then speaks of it in the past. */
    public javafx.beans.property.BooleanProperty roleEndedProperty() {
        return roleEnded;
    }

    /** Whether the template words the role differently once it has ended (so the choice matters). */
    public javafx.beans.property.ReadOnlyBooleanProperty speaksOfRoleProperty() {
        return speaksOfRole.getReadOnlyProperty();
    }

    /** Where the draft contradicts the current resume, in sentences; empty when it agrees. */
    public ReadOnlyStringProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    /** Refills the drafts that contradict the current resume. */
    public void refillDrafts() {
        work.refillDrafts();
    }

    public ReadOnlyStringProperty templateHintProperty() {
        return templateHint.getReadOnlyProperty();
    }

    public ObservableList<Template> templates() {
        return work.templates();
    }
}
