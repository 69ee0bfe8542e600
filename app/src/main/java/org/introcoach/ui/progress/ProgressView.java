package org.introcoach.ui.progress;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.Timestamps;
import org.introcoach.history.AttemptComparison;
import org.introcoach.history.TranscriptAlignment;

/** The Progress screen: takes table, charts with target bands, compare two takes, export. */
public final class ProgressView {
    private final ProgressViewModel viewModel;
    private final TabPane detail = new TabPane();
    private final VBox comparePane = new VBox(10);

    public ProgressView(ProgressViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        TableView<ProgressViewModel.Row> table = table();
        Label filterLabel = new Label("_Draft");
        filterLabel.setMnemonicParsing(true);
        ComboBox<String> filter = new ComboBox<>(viewModel.drafts());
        filter.setId("draftFilter");
        filter.valueProperty().bindBidirectional(viewModel.draftFilterProperty());
        filterLabel.setLabelFor(filter);
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        HBox filterRow = new HBox(8, filterLabel, filter, status);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        Button open = new Button("_Open");
        open.setId("openAttempt");
        open.setOnAction(event -> viewModel.open(table.getSelectionModel().getSelectedItem()));
        Button compare = new Button("_Compare two");
        compare.setId("compare");
        compare.setOnAction(event -> {
            List<ProgressViewModel.Row> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
            viewModel.compare(selected.isEmpty() ? null : selected.get(0), selected.size() < 2 ? null : selected.get(1));
        });
        Button exportHtml = new Button("Export _HTML…");
        exportHtml.setId("exportHtml");
        exportHtml.setOnAction(event -> export(table, true));
        Button exportJson = new Button("Export _JSON…");
        exportJson.setId("exportJson");
        exportJson.setOnAction(event -> export(table, false));
        Label hint = new Label("Select one take to export it, several to export them, none for all.");
        hint.getStyleClass().add("muted");
        FlowPane actions = new FlowPane(8, 6, open, compare, exportHtml, exportJson, hint);

        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, filterRow, table, actions);
        left.setPadding(new Insets(12));

        comparePane.setId("comparePane");
        comparePane.setPadding(new Insets(12));
        Label noComparison = new Label("Select two takes and press Compare two.");
        noComparison.getStyleClass().add("empty-state");
        comparePane.getChildren().setAll(noComparison);
        javafx.scene.control.ScrollPane compareScroll = new javafx.scene.control.ScrollPane(comparePane);
        compareScroll.setFitToWidth(true);
        Tab chartsTab = new Tab("Charts", charts());
        Tab compareTab = new Tab("Compare", compareScroll);
        detail.getTabs().setAll(chartsTab, compareTab);
        detail.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detail.setId("historyDetail");
        viewModel.comparisonProperty().addListener((observable, before, comparison) -> {
            if (comparison != null) {
                showComparison(comparison);
                detail.getSelectionModel().select(compareTab);
            }
        });

        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.5);
        split.setId("history");
        return split;
    }

    private TableView<ProgressViewModel.Row> table() {
        TableView<ProgressViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("historyTable");
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No takes yet: record or import one on the Practice screen."));
        table.getColumns().add(fitted(text("When", ProgressViewModel.Row::when, 130), "2026-11-25 09:00", null));
        TableColumn<ProgressViewModel.Row, String> draft = fitted(text("Draft", row -> row.isDamaged() ? "damaged: cannot be opened" : row.draft(), 150),
                "Standard introduction", null);
        draft.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ProgressViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(!empty && row != null && row.isDamaged() ? new javafx.scene.control.Tooltip(row.damaged()) : null);
            }
        });
        table.getColumns().add(draft);
        table.getColumns().add(fitted(time(), "10:00", null));
        table.getColumns().add(fitted(number("Cons.", ProgressViewModel.Row::consistency, 50), "100", "Consistency with your resume"));
        table.getColumns().add(fitted(number("Struct.", ProgressViewModel.Row::structure, 55), "100", "Structure"));
        table.getColumns().add(fitted(number("Conc.", ProgressViewModel.Row::conciseness, 50), "100", "Conciseness and presentation control"));
        table.getColumns().add(fitted(number("Motiv.", ProgressViewModel.Row::motivation, 50), "100", "Motivation"));
        table.getColumns().add(fitted(number("Overall", ProgressViewModel.Row::overall, 60), "100", null));
        table.setRowFactory(view -> {
            TableRow<ProgressViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(ProgressViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("damaged"), item != null && item.isDamaged());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    /**
     * A column at least as wide as its header and a typical value, so that neither is cut to "..."
     * (the theme's font is larger than the default one: measured text plus a third and the padding).
     */
    private static <T> TableColumn<ProgressViewModel.Row, T> fitted(TableColumn<ProgressViewModel.Row, T> column, String typical, String fullName) {
        double widest = Math.max(textWidth(column.getText()), textWidth(typical));
        column.setMinWidth(Math.ceil(widest * 1.35 + 24));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        if (fullName != null) {
            Label header = new Label(column.getText());
            header.setTooltip(new javafx.scene.control.Tooltip(fullName));
            column.setGraphic(header);
            column.setText("");
        }
        return column;
    }

    private static double textWidth(String text) {
        return new javafx.scene.text.Text(text).getLayoutBounds().getWidth();
    }

    private static TableColumn<ProgressViewModel.Row, String> text(String title, Function<ProgressViewModel.Row, String> value, double width) {
        TableColumn<ProgressViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ProgressViewModel.Row, Integer> number(String title, Function<ProgressViewModel.Row, Integer> value,
                                                                    double width) {
        TableColumn<ProgressViewModel.Row, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().isDamaged() ? null : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The take's length as m:ss, as everywhere else, still sorting by seconds. */
    private static TableColumn<ProgressViewModel.Row, Double> time() {
        TableColumn<ProgressViewModel.Row, Double> column = new TableColumn<>("Time");
        column.setId("timeColumn");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().isDamaged() ? null : cell.getValue().durationSeconds()));
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double seconds, boolean empty) {
                super.updateItem(seconds, empty);
                setText(empty || seconds == null ? null : Timestamps.duration(seconds));
            }
        });
        column.setPrefWidth(55);
        return column;
    }

    private Node charts() {
        BandedLineChart scores = chart("Scores", 0, 100, "scoresChart");
        BandedLineChart pace = chart("Pace, words a minute", 60, 220, "paceChart");
        BandedLineChart fillers = chart("Fillers a minute", 0, 12, "fillersChart");
        BandedLineChart duration = chart("Duration, seconds", 0, 150, "durationChart");
        ((NumberAxis) duration.getYAxis()).setTickUnit(30);
        pace.setBand(IntroAnalyzer.SLOWEST_COMFORTABLE_WPM, IntroAnalyzer.FASTEST_COMFORTABLE_WPM);
        fillers.setBand(0, IntroAnalyzer.FILLERS_PER_MINUTE_LIMIT);
        Label durationCaption = caption("", "durationCaption");
        Label empty = new Label();
        empty.setId("chartsEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        viewModel.chartProperty().addListener((observable, before, data) -> {
            if (data == null) {
                return;
            }
            scores.getData().setAll(List.of(series("Consistency", data.consistency()), series("Structure", data.structure()),
                    series("Conciseness", data.conciseness()), series("Motivation", data.motivation()), series("Overall", data.overall())));
            int takes = data.takes().size();
            pace.getData().setAll(List.of(series("Pace", data.pace())));
            fillers.getData().setAll(List.of(series("Fillers", data.fillers())));
            duration.getData().setAll(List.of(series("Duration", data.duration())));
            if (data.durationBand() == null) {
                duration.clearBands();
            } else {
                duration.setBand(data.durationBand().minSeconds(), data.durationBand().maxSeconds());
            }
            durationCaption.setText(data.durationCaption());
            for (BandedLineChart chart : List.of(scores, pace, fillers, duration)) {
                ((NumberAxis) chart.getXAxis()).setUpperBound(Math.max(2, takes));
            }
            empty.setText(data.emptyMessage());
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.add(scores, 0, 0);
        grid.add(withCaption(pace, caption("Shaded: a comfortable pace, %.0f–%.0f words a minute"
                .formatted(IntroAnalyzer.SLOWEST_COMFORTABLE_WPM, IntroAnalyzer.FASTEST_COMFORTABLE_WPM), "paceCaption")), 1, 0);
        grid.add(withCaption(fillers, caption("Shaded: under %s fillers a minute, which listeners hardly notice"
                .formatted(whole(IntroAnalyzer.FILLERS_PER_MINUTE_LIMIT)), "fillersCaption")), 0, 1);
        grid.add(withCaption(duration, durationCaption), 1, 1);
        for (Node chart : grid.getChildren()) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
        }
        grid.setId("charts");
        grid.visibleProperty().bind(empty.textProperty().isEmpty());
        empty.visibleProperty().bind(grid.visibleProperty().not());
        javafx.scene.layout.StackPane charts = new javafx.scene.layout.StackPane(grid, empty);
        charts.getStylesheets().add(ProgressView.class.getResource("progress.css").toExternalForm());
        return charts;
    }

    private static Label caption(String text, String id) {
        Label caption = new Label(text);
        caption.setId(id);
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        return caption;
    }

    private static Node withCaption(BandedLineChart chart, Label caption) {
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(2, chart, caption);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private static BandedLineChart chart(String title, double min, double max, String id) {
        NumberAxis takes = new NumberAxis(1, 2, 1);
        takes.setLabel("take");
        takes.setAutoRanging(false);
        takes.setMinorTickVisible(false);
        NumberAxis values = new NumberAxis(min, max, (max - min) / 4);
        values.setAutoRanging(false);
        BandedLineChart chart = new BandedLineChart(takes, values);
        chart.setTitle(title);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefSize(300, 220);
        chart.setMinSize(200, 160);
        chart.getStyleClass().add("progress-chart");
        // one line needs no legend: the title names it and the caption says what the shading means
        chart.setLegendVisible(id.equals("scoresChart"));
        return chart;
    }

    private static <N extends Number> XYChart.Series<Number, Number> series(String name, List<N> values) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                series.getData().add(new XYChart.Data<>(i + 1, values.get(i)));
            }
        }
        return series;
    }

    private void showComparison(AttemptComparison comparison) {
        Label title = new Label(viewModel.comparisonTitle(comparison));
        title.setId("compareTitle");
        title.setWrapText(true);
        title.getStyleClass().add("title");
        GridPane scores = new GridPane();
        scores.setId("compareScores");
        scores.setHgap(14);
        scores.setVgap(4);
        scores.addRow(0, header("Score"), header("Before"), header("After"), header("Change"));
        int row = 1;
        for (var entry : comparison.scores().entrySet()) {
            AttemptComparison.ScoreChange change = entry.getValue();
            Label delta = new Label((change.change() > 0 ? "+" : "") + change.change());
            delta.getStyleClass().add(change.change() > 0 ? "better" : change.change() < 0 ? "worse" : "muted");
            delta.setId("change-" + entry.getKey());
            scores.addRow(row++, new Label(capitalised(entry.getKey())), new Label(String.valueOf(change.before())),
                    new Label(String.valueOf(change.after())), delta);
        }
        AttemptComparison.Timing timing = comparison.timing();
        Label timingLabel = new Label("Duration %s → %s · pace %s → %s words a minute".formatted(seconds(timing.durationBefore()),
                seconds(timing.durationAfter()), whole(timing.paceBefore()), whole(timing.paceAfter())));
        comparePane.getChildren().setAll(title, scores, timingLabel,
                findings("Fixed", comparison.fixed(), "fixedFindings"),
                findings("New", comparison.introduced(), "newFindings"),
                findings("Still there", comparison.remaining(), "remainingFindings"),
                facts("Resume facts now said", comparison.nowSaid()), facts("Resume facts dropped", comparison.dropped()),
                transcripts(comparison.transcripts()));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Node findings(String title, List<Finding> findings, String id) {
        VBox box = new VBox(3, header(title + " (" + findings.size() + ")"));
        box.setId(id);
        for (Finding finding : findings) {
            Label line = new Label("• " + finding.message());
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node facts(String title, List<String> facts) {
        Label label = new Label(title + ": " + (facts.isEmpty() ? "none" : String.join(", ", facts)));
        label.setWrapText(true);
        return label;
    }

    private static Node transcripts(TranscriptAlignment alignment) {
        FlowPane words = new FlowPane(4, 4);
        words.setId("alignedTranscripts");
        words.getStyleClass().add("transcript");
        words.setPadding(new Insets(8));
        for (TranscriptAlignment.Pair pair : alignment.pairs()) {
            Label word = new Label(pair.change() == TranscriptAlignment.Change.ONLY_BEFORE ? pair.before() : pair.after());
            word.getStyleClass().addAll("word", pair.change().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            words.getChildren().add(word);
        }
        Label caption = new Label("Transcripts aligned (%.0f%% the same words): red = only before, green = only after"
                .formatted(alignment.overlap() * 100));
        caption.getStyleClass().add("muted");
        return new VBox(4, header("Transcripts"), caption, words);
    }

    private void export(TableView<ProgressViewModel.Row> table, boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(html ? "Export as HTML" : "Export as JSON");
        chooser.setInitialFileName(html ? "introcoach-report.html" : "introcoach-report.json");
        chooser.getExtensionFilters().add(html ? new FileChooser.ExtensionFilter("HTML", "*.html")
                : new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            viewModel.export(List.copyOf(table.getSelectionModel().getSelectedItems()), file.toPath(), html);
        }
    }

    private static String capitalised(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static String seconds(Double value) {
        return value == null ? "—" : Math.round(value) + " s";
    }

    private static String whole(Double value) {
        return value == null ? "—" : String.valueOf(Math.round(value));
    }
}
