package org.introcoach.ui.feedback;

import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.introcoach.analysis.MarkedTranscript;
import org.introcoach.speech.Word;

/** Scores at a glance, findings worst first, the marked transcript, and the resume and draft checks. */
public final class FeedbackView {
    private static final javafx.css.PseudoClass HIGHLIGHTED = javafx.css.PseudoClass.getPseudoClass("highlighted");
    private final FeedbackViewModel viewModel;
    private final FlowPane transcript = new FlowPane(4, 6);

    private final java.util.List<Tab> extraTabs = new java.util.ArrayList<>();

    public FeedbackView(FeedbackViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Adds a tab after the feedback's own (the job check, built by its own screen package). */
    public FeedbackView withTab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        extraTabs.add(tab);
        return this;
    }

    public Node build() {
        Label empty = new Label("Record or import a take to see how an interviewer would hear it.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);

        Label title = new Label();
        title.setId("feedbackTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(viewModel.titleProperty());
        Label metrics = new Label();
        metrics.setId("metrics");
        metrics.getStyleClass().add("muted");
        metrics.textProperty().bind(viewModel.metricsProperty());
        metrics.setWrapText(true);
        Label target = new Label();
        target.setId("feedbackTarget");
        target.getStyleClass().add("muted");
        target.setWrapText(true);
        target.textProperty().bind(viewModel.targetProperty());

        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox content = new VBox(10, new VBox(2, title, metrics, target), scores(), split);
        content.setPadding(new Insets(14));
        content.visibleProperty().bind(viewModel.presentProperty());
        empty.visibleProperty().bind(viewModel.presentProperty().not());
        StackPane root = new StackPane(empty, content);
        root.setId("feedback");
        root.getStylesheets().add(FeedbackView.class.getResource("feedback.css").toExternalForm());
        return root;
    }

    private Node scores() {
        Label overall = new Label();
        overall.setId("overall");
        overall.getStyleClass().add("overall");
        overall.textProperty().bind(viewModel.overallProperty().asString());
        // "100" must never be cut to "1...": the score takes the width its text needs
        overall.setMinWidth(Region.USE_PREF_SIZE);
        Label overallCaption = new Label("overall");
        overallCaption.getStyleClass().add("muted");
        VBox overallBox = new VBox(overall, overallCaption);
        overallBox.setAlignment(Pos.CENTER);
        overallBox.setMinWidth(Region.USE_PREF_SIZE);

        GridPane chart = new GridPane();
        chart.setId("scores");
        chart.setHgap(10);
        chart.setVgap(6);
        viewModel.scores().addListener((ListChangeListener<FeedbackViewModel.ScoreRow>) change -> fillChart(chart));
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox scores = new HBox(16, overallBox, chart);
        scores.getStyleClass().add("card");
        scores.setMinHeight(Region.USE_PREF_SIZE);
        return scores;
    }

    private Node left() {
        ListView<FeedbackViewModel.FindingItem> findings = new ListView<>(viewModel.findings());
        findings.setId("findings");
        findings.setCellFactory(list -> new FindingCell());
        Label clean = new Label("Nothing to fix: an interviewer would hear a clean intro.");
        clean.setWrapText(true);
        clean.setPadding(new javafx.geometry.Insets(12));
        findings.setPlaceholder(clean);
        findings.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (item instanceof FeedbackViewModel.FindingRow row) {
                viewModel.select(row);
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        Label heading = new Label("What to work on");
        heading.getStyleClass().add("heading");
        VBox left = new VBox(6, heading, findings);
        left.setPadding(new Insets(0, 8, 0, 0));
        return left;
    }

    private void fillChart(GridPane chart) {
        chart.getChildren().clear();
        int row = 0;
        for (FeedbackViewModel.ScoreRow score : viewModel.scores()) {
            String id = score.dimension().id();
            Label name = new Label(score.label());
            name.getStyleClass().add("score-name");
            ProgressBar bar = new ProgressBar(score.score() / 100.0);
            bar.setId("bar-" + id);
            bar.getStyleClass().addAll("score-bar", score.score() >= 80 ? "good" : score.score() >= 60 ? "fair" : "poor");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(score.label() + " " + score.score() + " out of 100");
            Label value = new Label(String.valueOf(score.score()));
            value.setId("score-" + id);
            value.getStyleClass().add("score-value");
            Label summary = new Label(score.summary());
            summary.getStyleClass().add("muted");
            summary.setWrapText(true);
            summary.setMaxWidth(Double.MAX_VALUE);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            summary.setMinWidth(120);
            GridPane.setHgrow(summary, Priority.ALWAYS);
            bar.setMinWidth(180);
            bar.setPrefWidth(180);
            bar.setMaxWidth(180);
            chart.add(name, 0, row);
            chart.add(bar, 1, row);
            chart.add(value, 2, row);
            chart.add(summary, 3, row);
            row++;
        }
    }

    private Node right() {
        transcript.setId("transcript");
        transcript.getStyleClass().add("transcript");
        transcript.setPadding(new Insets(10));
        viewModel.words().addListener((ListChangeListener<Word>) change -> fillTranscript());
        viewModel.highlightedProperty().addListener((observable, before, now) -> highlight(now));
        ScrollPane transcriptScroll = new ScrollPane(transcript);
        transcriptScroll.setFitToWidth(true);
        Label legend = new Label("Click a word to hear it.   Marked:  filler (also when only heard in the sound) · claim the resume does not back · unsure hearing · long pause");
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        Label unsaid = new Label();
        unsaid.setId("unsaid");
        unsaid.setWrapText(true);
        unsaid.setMinHeight(Region.USE_PREF_SIZE);
        unsaid.getStyleClass().add("unsaid");
        unsaid.textProperty().bind(javafx.beans.binding.Bindings.concat("Not said from your resume: ", viewModel.unsaidProperty()));
        unsaid.visibleProperty().bind(viewModel.unsaidProperty().isNotEmpty());
        unsaid.managedProperty().bind(unsaid.visibleProperty());
        VBox.setVgrow(transcriptScroll, Priority.ALWAYS);
        VBox transcriptTab = new VBox(6, legend, transcriptScroll, deliveryStrip(), unsaid);
        transcriptTab.setPadding(new Insets(8));

        TableView<FeedbackViewModel.ResumeRow> resume = new TableView<>(viewModel.resumeRows());
        resume.setId("resumeCheck");
        resume.getColumns().add(column("Field", FeedbackViewModel.ResumeRow::field, 80, 80));
        resume.getColumns().add(column("Resume says", FeedbackViewModel.ResumeRow::resume, 200, 105));
        resume.getColumns().add(column("You said", FeedbackViewModel.ResumeRow::heard, 170, 90));
        resume.getColumns().add(column("Status", FeedbackViewModel.ResumeRow::status, 120, 100));
        resume.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<FeedbackViewModel.DraftRow> draft = new TableView<>(viewModel.draftRows());
        draft.setId("draftCheck");
        draft.getColumns().add(column("Status", FeedbackViewModel.DraftRow::status, 80, 80));
        draft.getColumns().add(column("Part", FeedbackViewModel.DraftRow::section, 100, 95));
        draft.getColumns().add(column("Planned sentence", FeedbackViewModel.DraftRow::text, 420, 120));
        draft.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        draft.setPlaceholder(new Label("This take was not judged against a draft."));

        Tab invites = new Tab("Follow-ups", new FollowUpsPane(viewModel.followUps(), viewModel::playAt).build());
        invites.setId("followUpsTab");
        TabPane tabs = new TabPane(new Tab("Transcript", transcriptTab), new Tab("Resume check", resume),
                new Tab("Draft check", draft), invites);
        tabs.getTabs().addAll(extraTabs);
        tabs.setId("feedbackTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node deliveryStrip() {
        DeliveryStrip strip = new DeliveryStrip(viewModel::playAt);
        strip.setId("deliveryStrip");
        Label caption = new Label("Pitch and pace over time, from the sound itself. Click to play from there.");
        caption.getStyleClass().add("muted");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, caption, strip);
        box.getStyleClass().add("delivery");
        strip.show(viewModel.deliveryProperty().get());
        viewModel.deliveryProperty().addListener((observable, before, now) -> strip.show(now));
        box.visibleProperty().bind(viewModel.deliveryProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * A column whose cells wrap rather than cut ("emplo…", "contradi…"): the text breaks at the
     * column's width and the row grows; the column is never narrower than its longest word
     * needs ({@code minWidth}).
     */
    private static <R> TableColumn<R, String> column(String title, java.util.function.Function<R, String> value, double width,
                                                     double minWidth) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellFactory(owner -> new org.introcoach.ui.common.WrappingCell<>());
        return column;
    }

    private void fillTranscript() {
        transcript.getChildren().clear();
        MarkedTranscript marked = viewModel.marked();
        for (int i = 0; i < viewModel.words().size(); i++) {
            Word word = viewModel.words().get(i);
            if (marked.pauseBefore(i) > 0) {
                Label pause = new Label("pause %.1f s".formatted(marked.pauseBefore(i)));
                pause.getStyleClass().add("pause");
                transcript.getChildren().add(pause);
            }
            if (marked.fillerBefore(i)) {
                Label heard = new Label("(filler)");
                heard.getStyleClass().add("heard-filler");
                heard.setTooltip(new Tooltip("a held \"uhh\" heard in the sound; the recogniser wrote nothing"));
                transcript.getChildren().add(heard);
            }
            Label label = new Label(word.text());
            label.getStyleClass().add("word");
            marked.marksOf(i).forEach(mark -> label.getStyleClass().add(mark.name().toLowerCase(Locale.ROOT)));
            label.setUserData(word);
            label.setFocusTraversable(true);
            label.setTooltip(new Tooltip("%s  (heard with %.0f%% confidence)".formatted(
                    org.introcoach.analysis.Timestamps.format(word.start()), word.confidence() * 100)));
            label.setOnMouseClicked(event -> viewModel.playFrom(word));
            label.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                    viewModel.playFrom(word);
                    event.consume();
                }
            });
            transcript.getChildren().add(label);
        }
    }

    private void highlight(Set<Integer> indices) {
        int index = 0;
        for (Node node : transcript.getChildren()) {
            if (node.getUserData() instanceof Word) {
                node.pseudoClassStateChanged(HIGHLIGHTED, indices.contains(index++));
            }
        }
    }

    private static final class FindingCell extends ListCell<FeedbackViewModel.FindingItem> {
        @Override
        protected void updateItem(FeedbackViewModel.FindingItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-heading", "problem", "warning", "note");
            setDisable(false);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (item instanceof FeedbackViewModel.Heading heading) {
                setText(null);
                Label label = new Label(heading.label() + "  " + heading.score());
                label.getStyleClass().add("finding-heading-label");
                setGraphic(label);
                getStyleClass().add("finding-heading");
                setMouseTransparent(true);
                setFocusTraversable(false);
                return;
            }
            setMouseTransparent(false);
            FeedbackViewModel.FindingRow row = (FeedbackViewModel.FindingRow) item;
            Label badge = new Label(row.severity());
            badge.getStyleClass().addAll("badge", row.severity().toLowerCase(Locale.ROOT));
            Label when = new Label(row.when());
            when.getStyleClass().add("muted");
            Label message = new Label(row.message());
            message.setWrapText(true);
            message.getStyleClass().add("finding-message");
            message.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            VBox box = new VBox(3, new HBox(8, badge, when), message);
            if (!row.quote().isEmpty()) {
                Label quote = new Label(row.quote());
                quote.setWrapText(true);
                quote.getStyleClass().add("quote");
                quote.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.getChildren().add(quote);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(row.severity() + ". " + row.message() + " " + row.quote());
            getStyleClass().add(row.severity().toLowerCase(Locale.ROOT));
        }
    }
}
