package org.introcoach.ui.start;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The first-start guide as a strip under the toolbar: four steps as buttons (Tab reaches them,
 * Space or Enter presses the focused one, Alt with the underlined letter from anywhere), the
 * current one marked, and Skip.
 */
public final class FirstRunGuide {
    private final FirstRunViewModel viewModel;

    public FirstRunGuide(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label title = new Label("Getting started:");
        title.getStyleClass().add("strong");
        Button open = step("guideOpenResume", "1  _Open your resume…", viewModel::openResume, FirstRunViewModel.Step.RESUME);
        Button keep = step("guideKeepSample", "or _keep the sample", viewModel::keepSample, FirstRunViewModel.Step.RESUME);
        Button check = step("guideCheckResume", "2  _Check what was understood", viewModel::checkResume, FirstRunViewModel.Step.CHECK);
        Button template = step("guidePickTemplate", "3  Pick a _template", viewModel::pickTemplate, FirstRunViewModel.Step.TEMPLATE);
        Button practise = step("guidePractise", "4  _Practise", viewModel::practise, FirstRunViewModel.Step.PRACTISE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button skip = step("guideSkip", "_Skip the guide", viewModel::skip, null);
        HBox bar = new HBox(8, title, open, keep, check, template, practise, spacer, skip);
        bar.setId("firstRunGuide");
        bar.getStyleClass().add("first-run-guide");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(viewModel.stepProperty().isNotEqualTo(FirstRunViewModel.Step.HIDDEN));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Button step(String id, String text, Runnable action, FirstRunViewModel.Step current) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.getStyleClass().add("guide-step");
        button.setOnAction(event -> action.run());
        button.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                button.fire();
                event.consume();
            }
        });
        if (current != null) {
            viewModel.stepProperty().addListener((observable, before, now) ->
                    button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), now == current));
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), viewModel.stepProperty().get() == current);
        }
        return button;
    }
}
