package org.introcoach.ui.practice;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.introcoach.analysis.Timestamps;
import org.introcoach.audio.Microphones;
import org.introcoach.audio.SoundSource;
import org.introcoach.draft.Template;
import org.introcoach.practice.Coach;
import org.introcoach.practice.Feedback;
import org.introcoach.practice.Judging;
import org.introcoach.practice.Take;
import org.introcoach.practice.TakeListener;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Messages;
import org.introcoach.ui.common.Notice;

/** Recording and importing takes: the left-hand panel of the main window. */
public final class PracticeViewModel {
    public enum Phase { LOADING, READY, RECORDING, STOPPING, IMPORTING }

    /** Where the timer stands against the target band. */
    public enum TimerZone { UNDER, IN_BAND, OVER }

    private final Background background;
    private final Microphones microphones;
    private final Supplier<Judging> judging;
    private final Consumer<Feedback> onFeedback;
    private final Consumer<Notice> notices;
    private final Consumer<String> onMicrophoneChosen;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyStringWrapper loadingStep = new ReadOnlyStringWrapper("Starting");
    private final ObservableList<Microphones.Device> devices = FXCollections.observableArrayList();
    private final ObjectProperty<Microphones.Device> microphone = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper microphoneNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TimerZone> timerZone = new ReadOnlyObjectWrapper<>(TimerZone.UNDER);
    private final ReadOnlyStringWrapper liveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftText = new ReadOnlyStringWrapper("");
    private boolean listing;
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper importing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRecord = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();

    private Coach coach;
    private Take take;
    private AtomicBoolean importCancelled = new AtomicBoolean();

    public PracticeViewModel(Background background, Microphones microphones, Supplier<Judging> judging,
                             Consumer<Feedback> onFeedback, Consumer<Notice> notices, Consumer<String> onMicrophoneChosen) {
        this.background = background;
        this.microphones = microphones;
        this.judging = judging;
        this.onFeedback = onFeedback;
        this.notices = notices;
        this.onMicrophoneChosen = onMicrophoneChosen;
        phase.addListener((observable, before, now) -> updateAbilities());
        microphone.addListener((observable, before, now) -> {
            updateAbilities();
            if (now != null && before != null) {
                onMicrophoneChosen.accept(now.name());
            }
        });
        updateAbilities();
    }

    private void updateAbilities() {
        Phase now = phase.get();
        canRecord.set((now == Phase.READY && microphone.get() != null) || now == Phase.RECORDING);
        canImport.set(now == Phase.READY);
    }

    /** Looks for microphones in the background; {@code remembered} is picked when it is still there. */
    public void findMicrophones(String remembered) {
        listing = true;
        background.run(microphones::list, found -> {
            listing = false;
            devices.setAll(found);
            Optional<Microphones.Device> chosen = found.stream().filter(device -> device.name().equals(remembered)).findFirst();
            microphone.set(chosen.orElse(found.isEmpty() ? null : found.get(0)));
            showMicrophoneNotice(found);
        }, failure -> {
            listing = false;
            microphoneNotice.set("Microphones could not be listed: " + Messages.of(failure));
        });
    }

    /** Seconds between looks for microphones plugged in or out while the app runs. */
    public static final int RELIST_SECONDS = 3;

    /**
     * Lists the microphones again (when the list is opened, and every few seconds): one plugged in
     * since start-up appears, one unplugged goes; the chosen one stays chosen while it is there.
     * Nothing changes during a take.
     */
    public void refreshMicrophones() {
        if (listing || phase.get() == Phase.RECORDING || phase.get() == Phase.STOPPING) {
            return;
        }
        listing = true;
        background.run(microphones::list, found -> {
            listing = false;
            if (found.equals(devices) || phase.get() == Phase.RECORDING) {
                return;
            }
            Microphones.Device chosen = microphone.get();
            devices.setAll(found);
            if (chosen != null && found.contains(chosen)) {
                microphone.set(chosen);
            } else if (chosen == null || !found.contains(chosen)) {
                microphone.set(found.isEmpty() ? null : found.get(0));
            }
            showMicrophoneNotice(found);
        }, failure -> listing = false);
    }

    private void showMicrophoneNotice(java.util.List<Microphones.Device> found) {
        microphoneNotice.set(found.isEmpty()
                ? "No microphone was found. Connect one (it appears here by itself), or import a recording instead." : "");
    }

    /** Shows the current draft beside the timer, so the script is in view during a take. */
    public void showDraft(String name, String text) {
        draftName.set(name);
        draftText.set(text);
    }

    public void loading(String step) {
        loadingStep.set(step);
    }

    /** The models are loaded: recording and importing can begin. */
    public void ready(Coach loaded) {
        coach = loaded;
        phase.set(Phase.READY);
        showTarget();
    }

    /** The models could not be loaded: nothing can be recognised, so nothing can be recorded. */
    public void failedToLoad(String reason) {
        loadingStep.set(reason);
    }

    public void showTarget() {
        targetText.set(judging.get().target().label());
        updateTimer(seconds.get());
    }

    private Template.TargetBand targetBand() {
        return judging.get().target().band();
    }

    /** Space bar and the record button: starts a take, or stops the one under way. */
    public void toggleRecording() {
        if (phase.get() == Phase.RECORDING) {
            stopRecording();
        } else if (phase.get() == Phase.READY) {
            startRecording();
        }
    }

    public void startRecording() {
        if (phase.get() != Phase.READY) {
            return;
        }
        Microphones.Device device = microphone.get();
        if (device == null) {
            notices.accept(Notice.error("No microphone is available. You can import a recording instead."));
            return;
        }
        Judging against = judging.get();
        phase.set(Phase.STOPPING);
        liveText.set("");
        level.set(0);
        updateTimer(0);
        background.run(() -> {
            SoundSource source = microphones.open(device);
            return coach.startTake(source, against, new Listener());
        }, started -> {
            take = started;
            phase.set(Phase.RECORDING);
            if (started.sourceEnded()) {
                stopRecording();
            }
        }, failure -> {
            phase.set(Phase.READY);
            notices.accept(Notice.error(Messages.of(failure)));
        });
    }

    public void stopRecording() {
        if (phase.get() != Phase.RECORDING) {
            return;
        }
        phase.set(Phase.STOPPING);
        Take stopping = take;
        take = null;
        background.run(stopping::stop, feedback -> {
            phase.set(Phase.READY);
            level.set(0);
            feedback.warnings().forEach(warning -> notices.accept(Notice.error(warning)));
            onFeedback.accept(feedback);
        }, failure -> {
            phase.set(Phase.READY);
            notices.accept(Notice.error("The take could not be saved: " + Messages.of(failure)));
        });
    }

    /** Imports a recording with progress; {@link #cancelImport()} stops it and saves nothing. */
    public void importRecording(Path file) {
        if (phase.get() != Phase.READY) {
            return;
        }
        Judging against = judging.get();
        AtomicBoolean cancelled = new AtomicBoolean();
        importCancelled = cancelled;
        phase.set(Phase.IMPORTING);
        liveText.set("");
        importing.set("Importing " + file.getFileName());
        importProgress.set(0);
        background.run(() -> coach.importRecording(file, against,
                fraction -> background.onUiThread(() -> importProgress.set(fraction)), cancelled::get), feedback -> {
            phase.set(Phase.READY);
            importing.set("");
            feedback.warnings().forEach(warning -> notices.accept(Notice.error(file.getFileName() + ": " + warning)));
            onFeedback.accept(feedback);
        }, failure -> {
            phase.set(Phase.READY);
            importing.set("");
            if (failure instanceof java.util.concurrent.CancellationException) {
                notices.accept(Notice.info("Import cancelled; nothing was saved."));
            } else {
                notices.accept(Notice.error(Messages.of(failure)));
            }
        });
    }

    public void cancelImport() {
        importCancelled.set(true);
    }

    /** Stops a take under way when the app closes, so its results are saved. */
    public Optional<Take> takeUnderWay() {
        return Optional.ofNullable(take);
    }

    private void updateTimer(double at) {
        seconds.set(at);
        timerText.set(Timestamps.format(at));
        Template.TargetBand band = targetBand();
        timerZone.set(at < band.minSeconds() ? TimerZone.UNDER : at <= band.maxSeconds() ? TimerZone.IN_BAND : TimerZone.OVER);
    }

    private final class Listener implements TakeListener {
        @Override
        public void heard(double loudness, double at) {
            background.onUiThread(() -> {
                level.set(loudness);
                updateTimer(at);
            });
        }

        @Override
        public void text(String soFar) {
            background.onUiThread(() -> liveText.set(soFar));
        }

        @Override
        public void sourceEnded(String problem) {
            background.onUiThread(() -> {
                if (phase.get() == Phase.RECORDING) {
                    stopRecording();
                }
            });
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadingStepProperty() {
        return loadingStep.getReadOnlyProperty();
    }

    public ObservableList<Microphones.Device> microphones() {
        return devices;
    }

    public ObjectProperty<Microphones.Device> microphoneProperty() {
        return microphone;
    }

    public ReadOnlyStringProperty microphoneNoticeProperty() {
        return microphoneNotice.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimerZone> timerZoneProperty() {
        return timerZone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty liveTextProperty() {
        return liveText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftNameProperty() {
        return draftName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftTextProperty() {
        return draftText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRecordProperty() {
        return canRecord.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }
}
