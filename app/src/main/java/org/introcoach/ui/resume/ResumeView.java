package org.introcoach.ui.resume;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import org.introcoach.ui.common.FileChoice;
import org.introcoach.ui.common.FileDrop;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Resume screen: open a resume, see what was understood, correct it and save it. */
public final class ResumeView {
    private final ResumeViewModel viewModel;

    public ResumeView(ResumeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label filesHeading = new Label("Your resumes");
        filesHeading.getStyleClass().add("heading");
        ListView<Path> files = new ListView<>(viewModel.resumeFiles());
        files.setId("resumeFiles");
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.getFileName().toString());
                getStyleClass().remove("current");
                if (!empty && file != null && file.toString().equals(viewModel.fileProperty().get())) {
                    getStyleClass().add("current");
                }
            }
        });
        files.setOnMouseClicked(event -> {
            Path chosen = files.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getClickCount() == 2) {
                viewModel.open(chosen);
            }
        });
        files.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && files.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(files.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.fileProperty().addListener((observable, before, now) -> files.refresh());
        Button open = new Button("Open a resume _file…");
        open.setId("openResumeFile");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(event -> choose(open));
        Label dropHint = new Label("or drop a JSON Resume, PDF, Markdown or text file here. Double-click one above to use it.");
        dropHint.setWrapText(true);
        dropHint.getStyleClass().add("muted");
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox left = new VBox(8, filesHeading, files, open, dropHint);
        left.setPadding(new Insets(12));
        left.setPrefWidth(260);
        left.setMinWidth(220);

        Label understood = new Label("What IntroCoach understood");
        understood.getStyleClass().add("heading");
        Label file = new Label();
        file.getStyleClass().add("muted");
        file.textProperty().bind(viewModel.fileProperty());
        GridPane basics = new GridPane();
        basics.setHgap(10);
        basics.setVgap(6);
        TextField name = field("resumeNameField", viewModel.nameProperty(), "Name");
        TextField headline = field("resumeHeadline", viewModel.headlineProperty(), "Headline");
        basics.addRow(0, label("_Name", name), name);
        basics.addRow(1, label("_Headline", headline), headline);
        GridPane.setHgrow(name, Priority.ALWAYS);
        Label derived = new Label();
        derived.setId("resumeDerived");
        derived.textProperty().bind(viewModel.derivedProperty());

        TableView<ResumeViewModel.JobRow> jobs = editableTable("resumeJobs", viewModel.jobs(), 170,
                column("Employer", ResumeViewModel.JobRow::employerProperty, 180),
                column("Title", ResumeViewModel.JobRow::titleProperty, 200),
                column("Dates", ResumeViewModel.JobRow::datesProperty, 170));
        HBox jobButtons = addAndRemove("job", jobs, viewModel::addJob, viewModel::removeJob);
        TableView<ResumeViewModel.SchoolRow> schools = editableTable("resumeSchools", viewModel.schools(), 110,
                column("School", ResumeViewModel.SchoolRow::institutionProperty, 200),
                column("Degree", ResumeViewModel.SchoolRow::degreeProperty, 90),
                column("Field", ResumeViewModel.SchoolRow::fieldProperty, 150),
                column("Dates", ResumeViewModel.SchoolRow::datesProperty, 150));
        HBox schoolButtons = addAndRemove("school", schools, viewModel::addSchool, viewModel::removeSchool);

        TextArea skills = new TextArea();
        skills.setId("resumeSkills");
        skills.textProperty().bindBidirectional(viewModel.skillsProperty());
        skills.setPrefRowCount(4);
        skills.setWrapText(true);
        skills.setAccessibleText("Skills, one group per line");
        Label problems = new Label();
        problems.setId("resumeProblems");
        problems.getStyleClass().add("notice-text");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemsProperty());
        Button save = new Button("_Save corrections");
        save.setId("saveResume");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.editedProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button revert = new Button("_Revert");
        revert.setId("revertResume");
        revert.disableProperty().bind(viewModel.editedProperty().not());
        revert.setOnAction(event -> viewModel.revert());

        VBox right = new VBox(8, understood, file, basics, derived,
                heading("Work (double-click a cell to correct it; dates like 2019-06 – present)"), jobs, jobButtons,
                heading("Education"), schools, schoolButtons,
                heading("Skills (one per line; \"Group: a, b\" for a group)"), skills, problems, new HBox(8, save, revert));
        right.setPadding(new Insets(12));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        HBox.setHgrow(rightScroll, Priority.ALWAYS);

        HBox root = new HBox(left, rightScroll);
        root.setId("resumeScreen");
        FileDrop.onto(root, viewModel::open);
        root.setAlignment(Pos.TOP_LEFT);
        return root;
    }

    @SafeVarargs
    private static <R> TableView<R> editableTable(String id, javafx.collections.ObservableList<R> rows, double height,
                                                  TableColumn<R, String>... columns) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setEditable(true);
        table.getColumns().addAll(columns);
        table.setPrefHeight(height);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <R> HBox addAndRemove(String what, TableView<R> table, Runnable add, java.util.function.Consumer<R> remove) {
        Button addButton = new Button("Add " + what);
        addButton.setOnAction(event -> add.run());
        Button removeButton = new Button("Remove " + what);
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(event -> remove.accept(table.getSelectionModel().getSelectedItem()));
        return new HBox(8, addButton, removeButton);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static TextField field(String id, StringProperty value, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(accessible);
        return field;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, StringProperty> property, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> property.apply(edit.getRowValue()).set(edit.getNewValue()));
        column.setPrefWidth(width);
        return column;
    }

    private void choose(Node owner) {
        FileChoice.open(owner, "Open your resume", FileChoice.Kind.RESUME).ifPresent(viewModel::open);
    }
}
