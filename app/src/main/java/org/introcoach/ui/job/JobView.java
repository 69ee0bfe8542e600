package org.introcoach.ui.job;

import java.io.File;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The feedback screen's job tab: the posting takes are judged for, and what the take on screen did with its requirements. */
public final class JobView {
    private final JobViewModel viewModel;

    public JobView(JobViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label posting = new Label();
        posting.setId("jobPosting");
        posting.getStyleClass().add("strong");
        posting.setWrapText(true);
        posting.textProperty().bind(viewModel.postingProperty());
        HBox.setHgrow(posting, Priority.ALWAYS);
        posting.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button("Open posting…");
        open.setId("openPosting");
        open.setOnAction(event -> choose(open));
        Button paste = new Button("Paste posting…");
        paste.setId("pastePosting");
        paste.setOnAction(event -> paste(paste));
        Button forget = new Button("Forget");
        forget.setId("forgetPosting");
        forget.disableProperty().bind(viewModel.hasPostingProperty().not());
        forget.setOnAction(event -> viewModel.forget());
        HBox top = new HBox(8, posting, open, paste, forget);
        top.setAlignment(Pos.CENTER_LEFT);
        for (Button button : new Button[] {open, paste, forget}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label summary = wrapping("jobSummary", "job-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label note = wrapping("jobNote", "muted");
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<JobViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("jobCheck");
        table.getColumns().add(column("Requirement", JobViewModel.Row::requirement, 170));
        table.getColumns().add(column("Kind", JobViewModel.Row::kind, 70));
        table.getColumns().add(column("Posting says", JobViewModel.Row::necessity, 95));
        table.getColumns().add(column("Status", JobViewModel.Row::status, 150));
        table.getColumns().add(column("You said / your resume", JobViewModel.Row::detail, 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No job check for this take."));
        table.setRowFactory(view -> new StatusRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label motivation = wrapping("jobMotivation", "job-motivation");
        motivation.textProperty().bind(viewModel.motivationProperty());
        motivation.visibleProperty().bind(viewModel.motivationProperty().isNotEmpty());
        motivation.managedProperty().bind(motivation.visibleProperty());

        VBox root = new VBox(8, top, summary, note, table, motivation);
        root.setId("jobTab");
        root.setPadding(new Insets(8));
        root.getStylesheets().add(Objects.requireNonNull(JobView.class.getResource("job.css")).toExternalForm());
        return root;
    }

    private static Label wrapping(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void choose(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open the job posting");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Job postings (text, Markdown, HTML, PDF)", "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    private void paste(Node owner) {
        TextArea text = new TextArea();
        text.setId("postingText");
        text.setWrapText(true);
        text.setPromptText("Paste the whole posting here: the title, the company, what you would do, what they ask for.");
        text.setPrefSize(620, 380);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle("Paste the job posting");
        dialog.setHeaderText("The posting of the job you are applying for");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        dialog.showAndWait().ifPresent(viewModel::paste);
    }

    private static TableColumn<JobViewModel.Row, String> column(String title, java.util.function.Function<JobViewModel.Row, String> value,
                                                                double width) {
        TableColumn<JobViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static final class StatusRow extends TableRow<JobViewModel.Row> {
        @Override
        protected void updateItem(JobViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("job-addressed", "job-unsaid", "job-gap");
            if (!empty && row != null) {
                getStyleClass().add("job-" + row.statusId());
            }
        }
    }
}
