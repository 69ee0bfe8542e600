package org.introcoach.ui.answer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.FollowUp;
import org.introcoach.audio.Microphones;
import org.introcoach.audio.SoundSource;
import org.introcoach.followup.AnswerFeedback;
import org.introcoach.followup.Question;
import org.introcoach.followup.QuestionBank;
import org.introcoach.history.SavedAnswer;
import org.introcoach.practice.AnswerPractice;
import org.introcoach.practice.AnswerTake;
import org.introcoach.practice.TakeListener;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;

/**
 * Answer practice: pick a question (those the last intro invites first, then the whole bank),
 * record or import an answer, and see what it came to; every answer is saved and listed.
 */
public final class AnswerViewModel {
    /** A question in the picker: the ones the current intro invites are marked. */
    public record Choice(Question question, boolean invited, String standing) {
        @Override
        public String toString() {
            return (invited ? "\u2605 " : "") + question.text();
        }
    }

    /** A saved answer in the list. */
    public record Saved(SavedAnswer answer, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A key point or a STAR part: made or missed, and what was heard. */
    public record Check(boolean made, String text, String heard) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private final Background background;
    private final Microphones microphones;
    private final Supplier<Microphones.Device> microphone;
    private final Consumer<Notice> notices;
    private final ZoneId zone;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper questionText = new ReadOnlyStringWrapper("Pick a question to practise.");
    private final ReadOnlyStringWrapper questionDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading the speech model…");
    private final ReadOnlyObjectWrapper<AnswerFeedback> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Check> keyPoints = FXCollections.observableArrayList();
    private final ObservableList<Check> shape = FXCollections.observableArrayList();
    private final ObservableList<String> advice = FXCollections.observableArrayList();
    private final ObservableList<Saved> saved = FXCollections.observableArrayList();
    private QuestionBank bank = new QuestionBank(List.of(), List.of());
    private List<FollowUp> invited = List.of();
    private AnswerPractice practice;
    private AnswerTake take;

    public AnswerViewModel(Background background, Microphones microphones, Supplier<Microphones.Device> microphone,
                           Consumer<Notice> notices, ZoneId zone) {
        this.background = background;
        this.microphones = microphones;
        this.microphone = microphone;
        this.notices = notices;
        this.zone = zone;
        chosen.addListener((observable, before, now) -> describe(now));
    }

    /** The models are loaded: answers can be recorded and judged. */
    public void ready(AnswerPractice loaded, QuestionBank questions) {
        this.practice = loaded;
        this.bank = questions;
        fillChoices();
        ready.set(true);
        status.set("Press Record and answer out loud, or import a recording.");
        refreshSaved();
    }

    /** The questions the intro on screen invites, to offer first. */
    public void invitedBy(List<FollowUp> followUps) {
        invited = followUps.stream().filter(FollowUp::invited).toList();
        fillChoices();
    }

    /** Selects a question by id (from the feedback screen's "Practise an answer"). */
    public void pick(String questionId) {
        Optional<Choice> choice = choices.stream().filter(c -> c.question().id().equals(questionId)).findFirst();
        if (choice.isPresent()) {
            chosen.set(choice.get());
            return;
        }
        invited.stream().filter(f -> f.id().equals(questionId)).findFirst().ifPresent(f -> {
            Question made = new Question(f.id(), f.text(), f.topic(), Question.Kind.TECHNICAL, "this intro",
                    new Question.Invitation(List.of(f.topic()), List.of(), List.of(), List.of()),
                    List.of(new Question.KeyPoint("A concrete project with " + f.topic(), List.of(f.topic(), "project")),
                            new Question.KeyPoint("What you did yourself", List.of("i", "built")),
                            new Question.KeyPoint("What it changed", List.of("result", "percent", "faster"))),
                    List.of(), Question.Kind.TECHNICAL.defaultTarget());
            Choice extra = new Choice(made, true, f.standing());
            choices.add(0, extra);
            chosen.set(extra);
        });
    }

    private void fillChoices() {
        Choice was = chosen.get();
        List<Choice> list = new ArrayList<>();
        for (FollowUp followUp : invited) {
            bank.find(followUp.id()).ifPresent(question -> list.add(new Choice(question, true, followUp.standing())));
        }
        for (Question question : bank.questions()) {
            if (list.stream().noneMatch(c -> c.question().id().equals(question.id()))) {
                list.add(new Choice(question, false, ""));
            }
        }
        choices.setAll(list);
        if (was != null) {
            choices.stream().filter(c -> c.question().id().equals(was.question().id())).findFirst().ifPresent(chosen::set);
        } else if (!choices.isEmpty()) {
            chosen.set(choices.get(0));
        }
    }

    private void describe(Choice choice) {
        if (choice == null) {
            questionText.set("Pick a question to practise.");
            questionDetail.set("");
            return;
        }
        Question question = choice.question();
        questionText.set(question.text());
        questionDetail.set("%s · %s · aim for %d-%d s%s%s".formatted(question.topic(), kindName(question.kind()), question.target().min(),
                question.target().max(), question.shape().isEmpty() ? "" : " · tell it as situation, task, action, result",
                choice.invited() ? " · your intro invites it" + (choice.standing().isEmpty() ? "" : " (" + choice.standing() + ")") : ""));
    }

    private static String kindName(Question.Kind kind) {
        return switch (kind) {
            case OPENER -> "opener follow-up";
            case TECHNICAL -> "technical";
            case BEHAVIOURAL -> "behavioural";
            case ROLE -> "role";
        };
    }

    public void startRecording() {
        Choice choice = chosen.get();
        if (!ready.get() || recording.get() || busy.get() || choice == null) {
            return;
        }
        Microphones.Device device = microphone.get();
        if (device == null) {
            notices.accept(Notice.error("No microphone is available. You can import a recording of your answer instead."));
            return;
        }
        busy.set(true);
        status.set("Starting…");
        background.run(() -> {
            SoundSource source = microphones.open(device);
            return practice.startAnswer(source, choice.question(), new Listener());
        }, started -> {
            take = started;
            busy.set(false);
            recording.set(true);
            status.set("Recording… press Stop when you have answered.");
        }, failure -> {
            busy.set(false);
            status.set("Press Record and answer out loud, or import a recording.");
            notices.accept(Notice.error(Messages.of(failure)));
        });
    }

    public void stopRecording() {
        if (!recording.get()) {
            return;
        }
        AnswerTake stopping = take;
        take = null;
        recording.set(false);
        busy.set(true);
        status.set("Judging your answer…");
        background.run(stopping::stop, this::judged, failure -> {
            busy.set(false);
            notices.accept(Notice.error("The answer could not be saved: " + Messages.of(failure)));
        });
    }

    public void toggleRecording() {
        if (recording.get()) {
            stopRecording();
        } else {
            startRecording();
        }
    }

    public void importAnswer(Path file) {
        Choice choice = chosen.get();
        if (!ready.get() || recording.get() || busy.get() || choice == null) {
            return;
        }
        busy.set(true);
        status.set("Importing " + file.getFileName() + "…");
        background.run(() -> practice.importAnswer(file, choice.question(), fraction -> { }, () -> false), this::judged, failure -> {
            busy.set(false);
            status.set("Press Record and answer out loud, or import a recording.");
            notices.accept(Notice.error(file.getFileName() + ": " + Messages.of(failure)));
        });
    }

    private void judged(SavedAnswer answer) {
        busy.set(false);
        status.set("Saved. Answer again to compare, or pick another question.");
        show(answer.feedback());
        refreshSaved();
    }

    /** Shows a saved answer's feedback. */
    public void open(Saved answer) {
        if (answer != null) {
            show(answer.answer().feedback());
        }
    }

    void show(AnswerFeedback judged) {
        feedback.set(judged);
        String length = judged.durationSeconds() == null ? "length unknown"
                : "%d:%02d, %s the %d-%d s target".formatted(Math.round(judged.durationSeconds()) / 60, Math.round(judged.durationSeconds()) % 60,
                judged.duration(), judged.targetMinSeconds(), judged.targetMaxSeconds());
        String pace = judged.wordsPerMinute() == null ? "" : " · %.0f words a minute (%s)".formatted(judged.wordsPerMinute(), judged.pace());
        summary.set("%s%s · %d filler%s · %d of %d key points".formatted(length, pace, judged.fillerCount(), judged.fillerCount() == 1 ? "" : "s",
                judged.pointsCovered(), judged.keyPoints().size()));
        keyPoints.setAll(judged.keyPoints().stream().map(p -> new Check(p.covered(), p.point(),
                p.covered() ? "heard: " + String.join(", ", p.heard()) : "not heard")).toList());
        shape.setAll(judged.shape().stream().map(p -> new Check(p.present(), p.part(), p.present() ? "\u201c" + p.quote() + "\u201d" : "not heard"))
                .toList());
        advice.setAll(judged.advice());
    }

    private void refreshSaved() {
        if (practice == null) {
            return;
        }
        background.run(() -> practice.answers().list(), listing -> {
            saved.setAll(listing.answers().stream().map(answer -> new Saved(answer, "%s · %d of %d key points\n%s".formatted(
                    WHEN.format(answer.recordedAt().atZone(zone)), answer.feedback().pointsCovered(), answer.feedback().keyPoints().size(),
                    answer.question()))).toList());
            listing.damaged().forEach(damaged -> notices.accept(Notice.error("Answer " + damaged.id() + " cannot be shown: " + damaged.reason())));
        }, failure -> notices.accept(Notice.error("Your answers could not be listed: " + Messages.of(failure))));
    }

    /** Saves an answer under way; called when the window closes. */
    public Optional<AnswerTake> answerUnderWay() {
        return Optional.ofNullable(take);
    }

    private final class Listener implements TakeListener {
        @Override
        public void heard(double level, double seconds) {
            background.onUiThread(() -> status.set("Recording… %d:%02d · press Stop when you have answered.".formatted((int) seconds / 60,
                    (int) seconds % 60)));
        }

        @Override
        public void text(String soFar) {
        }

        @Override
        public void sourceEnded(String problem) {
            background.onUiThread(() -> {
                if (problem != null) {
                    notices.accept(Notice.error(problem));
                }
                stopRecording();
            });
        }
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty questionTextProperty() {
        return questionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionDetailProperty() {
        return questionDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AnswerFeedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Check> keyPoints() {
        return keyPoints;
    }

    public ObservableList<Check> shape() {
        return shape;
    }

    public ObservableList<String> advice() {
        return advice;
    }

    public ObservableList<Saved> saved() {
        return saved;
    }
}
