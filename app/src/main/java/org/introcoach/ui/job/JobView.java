package org.introcoach.ui.job;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.introcoach.ui.common.FileChoice;

/** The feedback screen's job tab: the posting takes are judged for, and what the take on screen did with its requirements. */
public final class JobView {
    private final JobViewModel viewModel;

    public JobView(JobViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * The toolbar's part: which job takes are judged for, with Open, Paste and Forget, so a posting
     * can be chosen before the first take as well as from the feedback's Job posting tab.
     */
    public Node toolbarItem() {
        Label caption = new Label("Job");
        caption.getStyleClass().add("muted");
        MenuItem open = new MenuItem("Open posting…");
        open.setId("toolbarOpenPosting");
        MenuItem paste = new MenuItem("Paste posting…");
        paste.setId("toolbarPastePosting");
        MenuItem forget = new MenuItem("Forget the posting");
        forget.disableProperty().bind(viewModel.hasPostingProperty().not());
        MenuButton job = new MenuButton();
        job.setId("currentJob");
        job.textProperty().bind(viewModel.shortNameProperty());
        job.setMaxWidth(180);
        job.getItems().addAll(open, paste, forget);
        open.setOnAction(event -> choose(job));
        paste.setOnAction(event -> paste(job));
        forget.setOnAction(event -> viewModel.forget());
        HBox item = new HBox(6, caption, job);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    public Node build() {
        Label posting = wrapping("jobPosting", "strong");
        posting.textProperty().bind(viewModel.postingProperty());
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
        HBox buttons = new HBox(8, open, paste, forget);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label summary = wrapping("jobSummary", "job-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Label note = wrapping("jobNote", "muted");
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<JobViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("jobCheck");
        table.getColumns().add(fixed(column("Requirement", row -> row.necessity().equals("nice to have")
                ? row.requirement() + " (nice to have)" : row.requirement(), 150)));
        table.getColumns().add(fixed(column("This take", JobViewModel.Row::status, 86)));
        table.getColumns().add(column("Evidence", JobViewModel.Row::detail, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No job check for this take."));
        table.setRowFactory(view -> new StatusRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label motivation = wrapping("jobMotivation", "job-motivation");
        motivation.textProperty().bind(viewModel.motivationProperty());
        motivation.visibleProperty().bind(viewModel.motivationProperty().isNotEmpty());
        motivation.managedProperty().bind(motivation.visibleProperty());

        Label legend = wrapping("jobLegend", "muted");
        legend.setText("Bold: the posting requires it.  Unsaid: on your resume, but not in this take.");
        legend.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.rows()));
        legend.managedProperty().bind(legend.visibleProperty());

        table.setMinHeight(140);
        VBox content = new VBox(8, posting, buttons, summary, note, table, legend, motivation);
        content.setPadding(new Insets(8));
        // scrolls rather than taking height from the scores above when the window is short
        ScrollPane root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        // a small preferred height, so the tab never asks the feedback column for more room than the others do
        root.setPrefViewportHeight(200);
        root.setId("jobTab");
        root.getStylesheets().add(Objects.requireNonNull(JobView.class.getResource("job.css")).toExternalForm());
        return root;
    }

    private static Label wrapping(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // a wrapped label in a VBox keeps the height of all its lines rather than cutting the text short
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void choose(Node owner) {
        FileChoice.open(owner, "Open the job posting", FileChoice.Kind.JOB_POSTING).ifPresent(viewModel::open);
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
        column.setCellFactory(owner -> new org.introcoach.ui.common.WrappingCell<>());
        return column;
    }

    /** A column that keeps its width, so the last one takes what is left and the short ones are never cut to "...". */
    private static TableColumn<JobViewModel.Row, String> fixed(TableColumn<JobViewModel.Row, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static final class StatusRow extends TableRow<JobViewModel.Row> {
        @Override
        protected void updateItem(JobViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("job-addressed", "job-unsaid", "job-gap", "job-required");
            if (!empty && row != null) {
                getStyleClass().add("job-" + row.statusId());
                if (row.necessity().equals("required")) {
                    getStyleClass().add("job-required");
                }
                setTooltip(new javafx.scene.control.Tooltip(row.kind() + ": " + row.requirement() + ", " + row.statusLabel()
                        + ("—".equals(row.detail()) ? "" : "\n" + row.detail())));
            } else {
                setTooltip(null);
            }
        }
    }
}
