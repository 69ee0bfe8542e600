package org.introcoach.ui.answer;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.introcoach.ui.common.FileChoice;

/** The answer practice screen: a question, Record / Import, and what the answer came to. */
public final class AnswerView {
    private final AnswerViewModel viewModel;

    public AnswerView(AnswerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        ComboBox<AnswerViewModel.Choice> picker = new ComboBox<>(viewModel.choices());
        picker.setId("answerQuestion");
        picker.valueProperty().bindBidirectional(viewModel.chosenProperty());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setVisibleRowCount(16);
        Label pickLabel = new Label("Question (\u2605 = your last intro invites it)");
        pickLabel.getStyleClass().add("muted");

        Label question = new Label();
        question.setId("answerQuestionText");
        question.textProperty().bind(viewModel.questionTextProperty());
        question.setWrapText(true);
        question.getStyleClass().add("answer-question");
        Label detail = new Label();
        detail.textProperty().bind(viewModel.questionDetailProperty());
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);

        Button record = new Button();
        record.setId("recordAnswer");
        record.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.recordingProperty()).then("\u25A0 Stop").otherwise("\u25CF Record answer"));
        record.getStyleClass().add("record-button");
        record.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        record.setOnAction(event -> viewModel.toggleRecording());
        Button importButton = new Button("Import answer\u2026");
        importButton.setId("importAnswer");
        importButton.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()).or(viewModel.recordingProperty()));
        importButton.setOnAction(event -> chooseFile(importButton));
        Label status = new Label();
        status.setId("answerStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("muted");
        HBox actions = new HBox(10, record, importButton, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, pickLabel, picker, question, detail, actions);
        top.setPadding(new Insets(12));
        top.getStyleClass().add("answer-top");

        BorderPane root = new BorderPane();
        root.setId("answerScreen");
        root.setTop(top);
        SplitPane center = new SplitPane(results(), savedAnswers());
        center.setDividerPositions(0.7);
        root.setCenter(center);
        root.getStylesheets().add(Objects.requireNonNull(AnswerView.class.getResource("answer.css")).toExternalForm());
        return root;
    }

    private Node results() {
        Label empty = new Label("Your feedback appears here after you answer: the length against the target for this kind of "
                + "question, pace and fillers, the key points you made and missed, and for a story its situation, task, action and result.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        Label summary = new Label();
        summary.setId("answerSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("answer-summary");
        summary.setWrapText(true);
        VBox points = checks(viewModel.keyPoints());
        VBox shape = checks(viewModel.shape());
        VBox advice = new VBox(3);
        viewModel.advice().addListener((ListChangeListener<String>) change -> {
            advice.getChildren().clear();
            viewModel.advice().forEach(line -> {
                Label label = new Label("\u2022 " + line);
                label.setWrapText(true);
                advice.getChildren().add(label);
            });
        });
        Label pointsHeading = heading("Key points");
        Label shapeHeading = heading("Shape of the story");
        shapeHeading.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.shape()));
        shapeHeading.managedProperty().bind(shapeHeading.visibleProperty());
        Label adviceHeading = heading("What to change");
        adviceHeading.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.advice()));
        adviceHeading.managedProperty().bind(adviceHeading.visibleProperty());
        VBox shown = new VBox(6, summary, pointsHeading, points, shapeHeading, shape, adviceHeading, advice);
        shown.visibleProperty().bind(viewModel.feedbackProperty().isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        empty.visibleProperty().bind(viewModel.feedbackProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox box = new VBox(8, empty, shown);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("answer-heading");
        return label;
    }

    private static VBox checks(ObservableList<AnswerViewModel.Check> list) {
        VBox box = new VBox(3);
        list.addListener((ListChangeListener<AnswerViewModel.Check>) change -> {
            box.getChildren().clear();
            for (AnswerViewModel.Check check : list) {
                Label mark = new Label(check.made() ? "\u2714" : "\u2718");
                mark.getStyleClass().add(check.made() ? "check-made" : "check-missed");
                Label text = new Label(check.text());
                text.setWrapText(true);
                Label heard = new Label(check.heard());
                heard.getStyleClass().add("quote");
                heard.setWrapText(true);
                VBox words = new VBox(1, text, heard);
                HBox.setHgrow(words, Priority.ALWAYS);
                HBox row = new HBox(8, mark, words);
                row.getStyleClass().add("check-row");
                box.getChildren().add(row);
            }
        });
        return box;
    }

    private Node savedAnswers() {
        ListView<AnswerViewModel.Saved> list = new ListView<>(viewModel.saved());
        list.setId("savedAnswers");
        list.setPlaceholder(new Label("No answers yet"));
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> viewModel.open(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, heading("Your answers"), list);
        box.setPadding(new Insets(12));
        return box;
    }

    private void chooseFile(Node owner) {
        FileChoice.open(owner, "Import a recording of your answer", FileChoice.Kind.RECORDING)
                .ifPresent(viewModel::importAnswer);
    }
}
