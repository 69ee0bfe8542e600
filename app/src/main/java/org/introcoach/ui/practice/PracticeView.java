package org.introcoach.ui.practice;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.introcoach.ui.common.FileChoice;

/** The practice panel: microphone, record button, timer, level meter, live transcript, import. */
public final class PracticeView {
    private final PracticeViewModel viewModel;

    public PracticeView(PracticeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label loading = new Label();
        loading.setId("loading");
        loading.textProperty().bind(viewModel.loadingStepProperty());
        loading.setWrapText(true);
        HBox loadingRow = new HBox(8, spinner, loading);
        loadingRow.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(PracticeViewModel.Phase.LOADING));
        loadingRow.managedProperty().bind(loadingRow.visibleProperty());

        Label microphoneLabel = new Label("_Microphone");
        ComboBox<org.introcoach.audio.Microphones.Device> microphone = new ComboBox<>(viewModel.microphones());
        microphone.setId("microphone");
        microphone.valueProperty().bindBidirectional(viewModel.microphoneProperty());
        microphone.setMaxWidth(Double.MAX_VALUE);
        microphone.disableProperty().bind(viewModel.phaseProperty().isEqualTo(PracticeViewModel.Phase.RECORDING));
        microphone.setOnShowing(event -> viewModel.refreshMicrophones());
        javafx.animation.Timeline relist = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(PracticeViewModel.RELIST_SECONDS), event -> {
                    if (!microphone.isShowing()) {
                        viewModel.refreshMicrophones();
                    }
                }));
        relist.setCycleCount(javafx.animation.Animation.INDEFINITE);
        relist.play();
        microphoneLabel.setLabelFor(microphone);
        microphoneLabel.setMnemonicParsing(true);
        Label microphoneNotice = new Label();
        microphoneNotice.setId("microphoneNotice");
        microphoneNotice.getStyleClass().add("notice-text");
        microphoneNotice.setWrapText(true);
        microphoneNotice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        microphoneNotice.textProperty().bind(viewModel.microphoneNoticeProperty());
        microphoneNotice.visibleProperty().bind(viewModel.microphoneNoticeProperty().isNotEmpty());
        microphoneNotice.managedProperty().bind(microphoneNotice.visibleProperty());

        Button record = new Button();
        record.setId("record");
        record.getStyleClass().add("record-button");
        record.setMaxWidth(Double.MAX_VALUE);
        record.textProperty().bind(Bindings.when(viewModel.phaseProperty().isEqualTo(PracticeViewModel.Phase.RECORDING))
                .then("■  Stop   (Space)").otherwise("●  Record   (Space)"));
        record.disableProperty().bind(viewModel.canRecordProperty().not());
        record.setOnAction(event -> viewModel.toggleRecording());
        viewModel.phaseProperty().addListener((observable, before, now) ->
                record.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("recording"), now == PracticeViewModel.Phase.RECORDING));

        Label timer = new Label();
        timer.setId("timer");
        timer.getStyleClass().add("timer");
        timer.textProperty().bind(viewModel.timerTextProperty());
        timer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the target beside it wraps; the time is never cut
        viewModel.timerZoneProperty().addListener((observable, before, zone) -> {
            timer.getStyleClass().removeAll("under", "in-band", "over");
            timer.getStyleClass().add(zone.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
        Label target = new Label();
        target.setId("target");
        target.getStyleClass().add("muted");
        target.textProperty().bind(viewModel.targetTextProperty());
        target.setWrapText(true);
        target.setMinWidth(0);
        target.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(target, javafx.scene.layout.Priority.ALWAYS);
        HBox timing = new HBox(10, timer, target);
        timing.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        ProgressBar level = new ProgressBar();
        level.setId("level");
        level.getStyleClass().add("level-meter");
        level.setMaxWidth(Double.MAX_VALUE);
        level.progressProperty().bind(viewModel.levelProperty());
        level.setAccessibleText("Input level");

        Label draftHeading = new Label();
        draftHeading.getStyleClass().add("heading");
        draftHeading.textProperty().bind(viewModel.draftNameProperty());
        Label draft = new Label();
        draft.setId("practiceDraftText");
        draft.setWrapText(true);
        draft.getStyleClass().add("practice-draft");
        draft.textProperty().bind(viewModel.draftTextProperty());
        ScrollPane draftScroll = new ScrollPane(draft);
        draftScroll.setId("practiceDraft");
        draftScroll.setFitToWidth(true);
        draftScroll.setMinHeight(90);

        Label liveHeading = new Label("Live transcript");
        liveHeading.getStyleClass().add("heading");
        Label live = new Label();
        live.setId("liveText");
        live.setWrapText(true);
        live.getStyleClass().add("live-text");
        live.textProperty().bind(Bindings.when(viewModel.liveTextProperty().isEmpty())
                .then("Listening… the words appear here as you speak.")
                .otherwise(viewModel.liveTextProperty()));
        ScrollPane liveScroll = new ScrollPane(live);
        liveScroll.setId("liveScroll");
        liveScroll.setFitToWidth(true);
        liveScroll.setMinHeight(60);
        VBox liveBox = new VBox(6, liveHeading, liveScroll);
        VBox.setVgrow(liveScroll, Priority.ALWAYS);
        // While idle the draft has the room and the transcript of the last take (if any) stays small;
        // during a take the words get the room and the draft shrinks to a few lines beside the timer.
        liveBox.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(PracticeViewModel.Phase.RECORDING)
                .or(viewModel.liveTextProperty().isNotEmpty()));
        liveBox.managedProperty().bind(liveBox.visibleProperty());
        Runnable share = () -> {
            boolean recording = viewModel.phaseProperty().get() == PracticeViewModel.Phase.RECORDING;
            VBox.setVgrow(liveBox, recording ? Priority.ALWAYS : Priority.NEVER);
            VBox.setVgrow(draftScroll, recording ? Priority.NEVER : Priority.ALWAYS);
            draftScroll.setPrefHeight(recording ? 120 : 400);
            liveBox.setPrefHeight(recording ? 400 : 110);
        };
        viewModel.phaseProperty().addListener((observable, before, now) -> share.run());
        share.run();

        Button importButton = new Button("_Import a recording…");
        importButton.setId("import");
        importButton.setMaxWidth(Double.MAX_VALUE);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(event -> chooseAndImport(importButton));
        ProgressBar importProgress = new ProgressBar();
        importProgress.setId("importProgress");
        importProgress.setMaxWidth(Double.MAX_VALUE);
        importProgress.progressProperty().bind(viewModel.importProgressProperty());
        HBox.setHgrow(importProgress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setCancelButton(false);
        cancel.setOnAction(event -> viewModel.cancelImport());
        Label importing = new Label();
        importing.textProperty().bind(viewModel.importingProperty());
        importing.getStyleClass().add("muted");
        VBox importBox = new VBox(4, importing, new HBox(8, importProgress, cancel));
        importBox.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(PracticeViewModel.Phase.IMPORTING));
        importBox.managedProperty().bind(importBox.visibleProperty());

        VBox panel = new VBox(10, loadingRow, microphoneLabel, microphone, microphoneNotice, record, timing, level,
                draftHeading, draftScroll, liveBox, importButton, importBox);
        panel.setId("practice");
        panel.getStyleClass().add("side-panel");
        panel.setPadding(new Insets(14));
        panel.setPrefWidth(300);
        return panel;
    }

    private void chooseAndImport(Node owner) {
        FileChoice.open(owner, "Import a recording of your intro", FileChoice.Kind.RECORDING)
                .ifPresent(viewModel::importRecording);
    }
}
