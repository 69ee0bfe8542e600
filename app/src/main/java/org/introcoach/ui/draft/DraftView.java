package org.introcoach.ui.draft;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.introcoach.draft.Template;

/** The Draft screen: template, form with checks as you type, preview with timing, teleprompter and practise. */
public final class DraftView {
    private final DraftViewModel viewModel;
    private final GridPane form = new GridPane();

    public DraftView(DraftViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label nameLabel = new Label("Draft _name");
        nameLabel.setMnemonicParsing(true);
        TextField name = new TextField();
        name.setId("draftName");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setPrefColumnCount(24);
        nameLabel.setLabelFor(name);
        Button duplicate = new Button("D_uplicate");
        duplicate.setId("duplicateDraft");
        duplicate.setOnAction(event -> viewModel.duplicate());
        Button delete = new Button("Delete draft");
        delete.setId("deleteDraft");
        delete.setOnAction(event -> viewModel.delete());
        Label newLabel = new Label("New draft _from");
        newLabel.setMnemonicParsing(true);
        ComboBox<Template> template = new ComboBox<>(viewModel.templates());
        template.setId("newTemplate");
        template.valueProperty().bindBidirectional(viewModel.templateForNewProperty());
        template.setCellFactory(list -> new TemplateCell(true));
        template.setButtonCell(new TemplateCell(false));
        template.setPrefWidth(240);
        template.setMaxWidth(240);
        newLabel.setLabelFor(template);
        Button create = new Button("Create");
        create.setId("newDraft");
        create.setOnAction(event -> viewModel.newDraft());
        Label forWhom = new Label();
        forWhom.setId("templateHint");
        forWhom.getStyleClass().add("muted");
        forWhom.setWrapText(true);
        forWhom.textProperty().bind(viewModel.templateHintProperty());
        FlowPane top = new FlowPane(8, 6, nameLabel, name, duplicate, delete, new Label("   "), newLabel, template, create, forWhom);
        forWhom.setMaxWidth(420);
        top.setAlignment(Pos.CENTER_LEFT);

        Label templateTitle = new Label();
        templateTitle.getStyleClass().add("heading");
        templateTitle.textProperty().bind(viewModel.templateTitleProperty().concat(" template"));
        Label audience = new Label();
        audience.getStyleClass().add("muted");
        audience.setWrapText(true);
        audience.textProperty().bind(viewModel.templateAudienceProperty());
        form.setId("draftForm");
        form.setHgap(10);
        form.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, inputs);
        viewModel.fields().addListener((ListChangeListener<DraftViewModel.FieldModel>) change -> fillForm());
        Button fill = new Button("_Fill from resume");
        fill.setId("fillFromResume");
        fill.setOnAction(event -> viewModel.fillFromResume());
        Label conflicts = new Label();
        conflicts.setId("draftConflicts");
        conflicts.getStyleClass().add("notice-text");
        conflicts.setWrapText(true);
        conflicts.textProperty().bind(viewModel.conflictsProperty());
        Button refill = new Button("_Refill from this resume");
        refill.setId("refillDrafts");
        refill.setOnAction(event -> viewModel.refillDrafts());
        VBox conflictBox = new VBox(4, conflicts, refill);
        conflictBox.visibleProperty().bind(viewModel.conflictsProperty().isNotEmpty());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        javafx.scene.control.CheckBox ended = new javafx.scene.control.CheckBox("I have _left this role (the intro says it in the past)");
        ended.setId("roleEnded");
        ended.setMnemonicParsing(true);
        ended.selectedProperty().bindBidirectional(viewModel.roleEndedProperty());
        ended.visibleProperty().bind(viewModel.speaksOfRoleProperty());
        ended.managedProperty().bind(ended.visibleProperty());
        VBox left = new VBox(8, templateTitle, audience, conflictBox, form, ended, fill);
        left.setPadding(new Insets(12));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        Label previewHeading = new Label("Your intro");
        previewHeading.getStyleClass().add("heading");
        Label preview = new Label();
        preview.setId("preview");
        preview.setWrapText(true);
        preview.getStyleClass().add("preview");
        preview.textProperty().bind(viewModel.previewProperty());
        Label timing = new Label();
        timing.setId("draftTiming");
        timing.setWrapText(true);
        timing.textProperty().bind(viewModel.timingTextProperty());
        viewModel.timingProperty().addListener((observable, before, now) -> {
            timing.getStyleClass().removeAll("timing-short", "timing-in-band", "timing-long");
            timing.getStyleClass().add("timing-" + now.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        });
        Label missing = new Label();
        missing.setId("draftMissing");
        missing.getStyleClass().add("notice-text");
        missing.setWrapText(true);
        missing.textProperty().bind(viewModel.missingProperty());
        Button teleprompter = new Button("_Teleprompter");
        teleprompter.setId("teleprompter");
        teleprompter.setOnAction(event -> new Teleprompter(viewModel.previewProperty().get(), viewModel.recordingProperty(), viewModel::toggleTake)
                .show(teleprompter.getScene().getWindow()));
        Button practise = new Button("_Practise this draft");
        practise.setId("practiseDraft");
        practise.getStyleClass().add("record-button");
        practise.setOnAction(event -> viewModel.practise());
        VBox right = new VBox(10, previewHeading, preview, timing, missing, new HBox(8, teleprompter, practise));
        right.setPadding(new Insets(12));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);

        // neither side may hold the screen wider than the window (the intro was cut at the right edge)
        leftScroll.setMinWidth(0);
        rightScroll.setMinWidth(0);
        SplitPane split = new SplitPane(leftScroll, rightScroll);
        split.setMinWidth(0);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(8, top, split);
        root.setPadding(new Insets(10));
        root.setId("draftScreen");
        root.setMinWidth(0);
        return root;
    }

    private void fillForm() {
        form.getChildren().clear();
        int row = 0;
        int index = 0;
        for (DraftViewModel.FieldModel model : viewModel.fields()) {
            Template.Field field = model.field();
            Label label = new Label(field.label());
            label.getStyleClass().add("strong");
            TextField input = new TextField();
            input.setId("field-" + index++);
            input.textProperty().bindBidirectional(model.valueProperty());
            input.setPromptText(field.hint() == null ? field.name() : field.hint());
            input.setAccessibleText(field.label());
            input.setTooltip(new Tooltip("Fills [" + field.name() + "] in the template"));
            label.setLabelFor(input);
            Label problem = new Label();
            problem.getStyleClass().add("field-problem");
            problem.textProperty().bind(model.problemProperty());
            problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            model.problemProperty().addListener((observable, before, now) ->
                    input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !model.problemProperty().get().isEmpty());
            form.add(label, 0, row);
            form.add(input, 1, row++);
            form.add(problem, 1, row++);
        }
    }

    private static final class TemplateCell extends ListCell<Template> {
        private final boolean withAudience;

        TemplateCell(boolean withAudience) {
            this.withAudience = withAudience;
        }

        @Override
        protected void updateItem(Template template, boolean empty) {
            super.updateItem(template, empty);
            if (empty || template == null) {
                setText(null);
                return;
            }
            setText(withAudience ? template.title() + " — for " + template.audience() : template.title());
        }
    }
}
