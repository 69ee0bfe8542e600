package org.introcoach.ui;

import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Notice;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.CurrentWork;
import org.introcoach.ui.common.AttemptList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.Microphones;
import org.introcoach.audio.Playback;
import org.introcoach.draft.Template;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.history.AttemptContents;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.StoredAttempt;
import org.introcoach.history.UnfinishedTake;
import org.introcoach.practice.Coach;
import org.introcoach.practice.Feedback;
import org.introcoach.practice.Judging;
import org.introcoach.practice.LengthTarget;
import org.introcoach.practice.Models;
import org.introcoach.practice.Workspace;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.storage.DataDirectory;
import org.introcoach.ui.attempts.AttemptsViewModel;
import org.introcoach.ui.feedback.FeedbackViewModel;
import org.introcoach.ui.job.JobViewModel;
import org.introcoach.ui.practice.PracticeViewModel;

/** The main window: what the user practises against, the practice panel, feedback, saved takes and notices. */
public final class MainViewModel {
    /** Loads the models; in the app from the located Vosk model, in tests the same but with a known path. */
    public interface ModelLoader {
        Models load(Consumer<String> step) throws IOException;
    }

    private record Opened(Workspace workspace, Workspace.Current current) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final Background background;
    private final DataDirectory data;
    private final Clock clock;
    private final ZoneId zone;
    private final ModelLoader modelLoader;
    private final AttemptStore attemptStore;
    private final PracticeViewModel practice;
    private final FeedbackViewModel feedback;
    private final AttemptsViewModel attempts;
    private final org.introcoach.ui.progress.ProgressViewModel progress;
    private final JobViewModel job;

    /** The screens of the main window. */
    public enum Screen { PRACTICE, DRAFT, RESUME, PROGRESS, ANSWERS }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.PRACTICE);
    /** The look chosen in the View menu; read from the settings at once, so the window opens in it. */
    private final ReadOnlyObjectWrapper<org.introcoach.ui.look.ThemeChoice> theme = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyStringWrapper resumeName = new ReadOnlyStringWrapper("…");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final CurrentWork work;
    private final org.introcoach.ui.draft.DraftViewModel draft;
    private final org.introcoach.ui.resume.ResumeViewModel resume;
    private final org.introcoach.ui.answer.AnswerViewModel answers;
    private final org.introcoach.ui.start.FirstRunViewModel firstRun;
    private Runnable resumeChooser = () -> { };
    private Models models;
    private Coach coach;

    public MainViewModel(Background background, DataDirectory data, Clock clock, ZoneId zone, Microphones microphones,
                         Playback playback, ModelLoader modelLoader) {
        this.background = background;
        this.data = data;
        this.clock = clock;
        this.zone = zone;
        this.modelLoader = modelLoader;
        this.theme.set(org.introcoach.ui.look.ThemeChoice.fromSetting(org.introcoach.storage.Settings.load(data).theme()));
        this.attemptStore = new AttemptStore(data.attempts(), clock);
        Consumer<Notice> notices = notice::set;
        this.feedback = new FeedbackViewModel(background, playback, notices, zone);
        AttemptList takes = new AttemptList(background, () -> attemptStore, notices);
        this.attempts = new AttemptsViewModel(takes, this::open, zone);
        this.work = new CurrentWork(background, notices);
        this.job = new JobViewModel(work, background, notices, clock);
        this.progress = new org.introcoach.ui.progress.ProgressViewModel(takes, contents -> {
            open(contents);
            screen.set(Screen.PRACTICE);
        }, zone, this::lengthTarget);
        feedback.targetsFrom(this::lengthTarget);
        screen.addListener((observable, before, now) -> {
            if (now == Screen.PROGRESS) {
                progress.refresh();
            }
        });
        this.practice = new PracticeViewModel(background, microphones, work::judging, this::taken, notices,
                this::rememberMicrophone);
        this.answers = new org.introcoach.ui.answer.AnswerViewModel(background, microphones, () -> practice.microphoneProperty().get(),
                notices, zone);
        feedback.followUps().onPractise(questionId -> {
            answers.pick(questionId);
            screen.set(Screen.ANSWERS);
        });
        this.draft = new org.introcoach.ui.draft.DraftViewModel(work, notices, this::practiseDraft, practice::stopRecording);
        draft.recordingProperty().bind(practice.phaseProperty().isEqualTo(PracticeViewModel.Phase.RECORDING));
        this.resume = new org.introcoach.ui.resume.ResumeViewModel(work, background, notices, clock);
        work.currentProperty().addListener((observable, before, now) -> {
            resumeName.set(CurrentWork.displayName(now));
            practice.showTarget();
        });
        this.firstRun = new org.introcoach.ui.start.FirstRunViewModel(new org.introcoach.ui.start.FirstRunViewModel.Actions() {
            @Override
            public void openResume() {
                resumeChooser.run();
            }

            @Override
            public void showResume() {
                screen.set(Screen.RESUME);
            }

            @Override
            public void showDraft() {
                screen.set(Screen.DRAFT);
            }

            @Override
            public void showPractice() {
                screen.set(Screen.PRACTICE);
            }
        });
        work.currentProperty().addListener((observable, before, now) -> {
            if (before != null && now != null && !before.resumeFile().equals(now.resumeFile())) {
                firstRun.resumeOpened();
            }
        });
        work.currentProperty().addListener((observable, before, now) -> practice.showDraft("Your draft: " + now.draft().name(),
                new org.introcoach.draft.DraftRenderer().render(now.template(), now.draft()).text()));
    }

    /** The length target of a take from template {@code templateId} (empty: no draft), by the one rule of {@link LengthTarget}. */
    private LengthTarget lengthTarget(String templateId) {
        List<Template> installed = List.copyOf(work.templates());
        return LengthTarget.forTemplate(installed.stream().filter(template -> template.id().equals(templateId)).findFirst(),
                new org.introcoach.draft.TemplateLibrary.Catalog(installed, List.of()));
    }

    /** "Practise this draft": the draft is current already, so go to the practice screen and start a take. */
    private void practiseDraft() {
        screen.set(Screen.PRACTICE);
        practice.startRecording();
    }

    /** Opens the workspace, lists takes and loads the models, all in the background; the window is up already. */
    public void start() {
        showTakes();
        background.run(() -> {
            TemplateLibrary.Catalog catalog = new TemplateLibrary().load(data.templates());
            Workspace opened = new Workspace(data, catalog, clock);
            return new Opened(opened, opened.open());
        }, opened -> {
            work.opened(opened.workspace(), opened.current());
            firstRun.offer(opened.workspace().firstStart());
            if (!opened.workspace().theme().equals(theme.get().setting())) {
                rememberTheme(theme.get());
            }
            opened.workspace().templates().problems().forEach(problem -> notice.set(Notice.error(problem)));
            practice.findMicrophones(opened.workspace().microphone());
            loadModels();
        }, failure -> notice.set(Notice.error("Your resume and draft could not be opened: " + Messages.of(failure))));
    }

    private record SavedTakes(List<StoredAttempt> listed, Optional<AttemptContents> newest) {
    }

    /** Lists the saved takes and opens the newest, so a returning user sees where they left off. */
    private void showTakes() {
        background.run(() -> {
            List<StoredAttempt> listed = attemptStore.list();
            Optional<String> newest = listed.stream().filter(StoredAttempt.Complete.class::isInstance).map(StoredAttempt::id).findFirst();
            return new SavedTakes(listed, newest.isEmpty() ? Optional.empty() : Optional.of(attemptStore.load(newest.get())));
        }, saved -> {
            attempts.show(saved.listed(), null);
            saved.newest().filter(contents -> !feedback.presentProperty().get()).ifPresent(this::open);
        }, failure -> {
            attempts.refresh(null);
            System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "the newest take could not be opened: " + Messages.of(failure));
        });
    }

    private record Loaded(Models models, org.introcoach.followup.QuestionBank questions) {
    }

    private void loadModels() {
        background.run(() -> new Loaded(modelLoader.load(step -> background.onUiThread(() -> practice.loading(step + "…"))),
                new org.introcoach.followup.QuestionBanks().load(data)), loaded -> {
            models = loaded.models();
            coach = new Coach(new VoskTranscriber(models.speech(), new AudioDecoder()), models.judge(), attemptStore,
                    new AudioDecoder(), clock, loaded.questions());
            loaded.questions().problems().forEach(problem -> notice.set(Notice.error("Question bank skipped: " + problem)));
            answers.ready(new org.introcoach.practice.AnswerPractice(new VoskTranscriber(models.speech(), new AudioDecoder()),
                    new AudioDecoder(), org.introcoach.history.AnswerStore.in(data, clock),
                    org.introcoach.analysis.LanguageModels::loadBundled), loaded.questions());
            practice.ready(coach);
            offerUnfinished();
        }, failure -> {
            practice.failedToLoad("Speech recognition is unavailable: " + Messages.of(failure));
            notice.set(Notice.error(Messages.of(failure)));
        });
    }

    private void offerUnfinished() {
        background.run(attemptStore::unfinished, unfinished -> {
            if (unfinished.isEmpty()) {
                return;
            }
            UnfinishedTake take = unfinished.get(unfinished.size() - 1);
            notice.set(Notice.withAction("A take from %s (%d s) was not finished; its recording was kept."
                    .formatted(WHEN.format(take.startedAt().atZone(zone)), Math.round(take.seconds())),
                    "Analyse it", () -> recover(take)));
        }, failure -> notice.set(Notice.error(Messages.of(failure))));
    }

    private void recover(UnfinishedTake take) {
        Judging against = work.judging();
        notice.set(Notice.info("Analysing the unfinished take…"));
        background.run(() -> coach.recover(take, against, fraction -> { }, () -> false), recovered -> {
            notice.set(Notice.info("The unfinished take was analysed and saved."));
            taken(recovered);
            offerUnfinished();
        }, failure -> notice.set(Notice.error("The unfinished take could not be analysed: " + Messages.of(failure))));
    }

    private void taken(Feedback result) {
        feedback.show(result.attempt(), result.report(), result.recording());
        job.show(result.report());
        answers.invitedBy(result.report().followUps());
        attempts.refresh(result.attempt().id());
    }

    private void open(AttemptContents contents) {
        feedback.show(contents.attempt(), contents.report(), contents.recording());
        job.show(contents.report());
        answers.invitedBy(contents.report().followUps());
    }

    /** The look chosen in the View menu; setting it applies it at once (MainView) and remembers it. */
    public ReadOnlyObjectProperty<org.introcoach.ui.look.ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void chooseTheme(org.introcoach.ui.look.ThemeChoice choice) {
        if (choice != theme.get()) {
            theme.set(choice);
            rememberTheme(choice);
        }
    }

    /** Saved once the workspace is open; a choice made before that is saved when it opens (start()). */
    private void rememberTheme(org.introcoach.ui.look.ThemeChoice choice) {
        if (!work.isOpen()) {
            return;
        }
        Workspace opened = work.workspace();
        background.run(() -> {
            opened.rememberTheme(choice.setting());
            return choice;
        }, saved -> { }, failure -> notice.set(Notice.error("The look could not be saved: " + Messages.of(failure))));
    }

    private void rememberMicrophone(String name) {
        if (!work.isOpen()) {
            return;
        }
        Workspace opened = work.workspace();
        background.run(() -> {
            opened.rememberMicrophone(name);
            return name;
        }, saved -> { }, failure -> notice.set(Notice.error("The microphone choice could not be saved: " + Messages.of(failure))));
    }

    /** Judges takes against another resume from now on; a file that is not a resume changes nothing. */
    public void openResume(Path file) {
        if (work.isOpen()) {
            work.openResume(file);
        }
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Saves a take under way and releases everything; called when the window closes. */
    public void shutdown() {
        practice.takeUnderWay().ifPresent(take -> {
            try {
                take.stop();
            } catch (IOException e) {
                System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "the take under way could not be saved; its recording is kept: " + e.getMessage());
            }
        });
        answers.answerUnderWay().ifPresent(take -> {
            try {
                take.stop();
            } catch (IOException e) {
                System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "the answer under way could not be saved; its recording is kept: " + e.getMessage());
            }
        });
        feedback.stopPlayback();
        try {
            attemptStore.emptyTrash();
        } catch (IOException e) {
            System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING, "trash not emptied: " + e.getMessage());
        }
        work.close();
        background.close();
        if (models != null) {
            models.close();
        }
    }

    public PracticeViewModel practice() {
        return practice;
    }

    public org.introcoach.ui.answer.AnswerViewModel answers() {
        return answers;
    }

    public FeedbackViewModel feedback() {
        return feedback;
    }

    public JobViewModel job() {
        return job;
    }

    public AttemptsViewModel attempts() {
        return attempts;
    }

    public org.introcoach.ui.progress.ProgressViewModel progress() {
        return progress;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyStringProperty resumeNameProperty() {
        return resumeName.getReadOnlyProperty();
    }

    public CurrentWork work() {
        return work;
    }

    public org.introcoach.ui.draft.DraftViewModel draft() {
        return draft;
    }

    public org.introcoach.ui.resume.ResumeViewModel resume() {
        return resume;
    }

    /** The guided path of the first start. */
    public org.introcoach.ui.start.FirstRunViewModel firstRun() {
        return firstRun;
    }

    /** How the view lets the user choose a resume file (a file chooser); the guide's first step uses it. */
    public void resumeChooser(Runnable chooser) {
        resumeChooser = chooser;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public AttemptStore attemptStore() {
        return attemptStore;
    }
}
