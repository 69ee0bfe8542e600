package org.introcoach.ui.attempts;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Saved takes, newest first. Enter or a click opens one; Delete moves it to the trash with undo. */
public final class AttemptsView {
    private final AttemptsViewModel viewModel;

    public AttemptsView(AttemptsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label heading = new Label("Your takes");
        heading.getStyleClass().add("heading");
        ListView<AttemptsViewModel.Row> list = new ListView<>(viewModel.rows());
        list.setId("attempts");
        list.setPlaceholder(new Label("No takes yet."));
        list.setCellFactory(view -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null && row != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(row);
                viewModel.open(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.delete(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button delete = new Button("_Delete take");
        delete.setId("deleteAttempt");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> viewModel.delete(list.getSelectionModel().getSelectedItem()));
        VBox panel = new VBox(8, heading, list, delete);
        panel.setId("attemptsPanel");
        panel.getStyleClass().add("side-panel");
        panel.setPadding(new Insets(14));
        panel.setPrefWidth(240);
        return panel;
    }

    private static final class RowCell extends ListCell<AttemptsViewModel.Row> {
        @Override
        protected void updateItem(AttemptsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("damaged");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label when = new Label(row.when());
            when.getStyleClass().add("attempt-when");
            Label details = new Label(row.isDamaged() ? row.damaged() : row.details());
            details.getStyleClass().add("muted");
            details.setWrapText(true);
            Label overall = new Label(row.overall());
            overall.getStyleClass().add("attempt-score");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            setGraphic(new VBox(2, new HBox(6, when, spacer, overall), details));
            setText(null);
            setAccessibleText(row.when() + ", overall " + row.overall() + ", " + details.getText());
            if (row.isDamaged()) {
                getStyleClass().add("damaged");
            }
        }
    }
}
