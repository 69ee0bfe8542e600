package org.introcoach.ui.feedback;

import java.util.Objects;
import java.util.function.DoubleConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.introcoach.analysis.Timestamps;

/** The feedback screen's "What this intro invites" tab: one card per likely question, most likely first. */
final class FollowUpsPane {
    private final FollowUpsViewModel viewModel;
    private final DoubleConsumer playAt;

    FollowUpsPane(FollowUpsViewModel viewModel, DoubleConsumer playAt) {
        this.viewModel = viewModel;
        this.playAt = playAt;
    }

    Node build() {
        Label summary = new Label();
        summary.getStyleClass().add("followups-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox cards = new VBox(8);
        cards.setId("followUps");
        cards.setPadding(new Insets(4, 12, 12, 4));
        viewModel.rows().addListener((ListChangeListener<FollowUpsViewModel.Row>) change -> fill(cards));
        fill(cards);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox tab = new VBox(6, summary, scroll);
        tab.setPadding(new Insets(8));
        tab.getStylesheets().add(Objects.requireNonNull(FollowUpsPane.class.getResource("followups.css")).toExternalForm());
        return tab;
    }

    private void fill(VBox cards) {
        cards.getChildren().clear();
        boolean unsaidHeading = false;
        for (FollowUpsViewModel.Row row : viewModel.rows()) {
            if (row.rank().isEmpty() && !unsaidHeading) {
                Label heading = new Label("Strengths on your resume this intro never invites");
                heading.getStyleClass().add("followups-heading");
                cards.getChildren().add(heading);
                unsaidHeading = true;
            }
            cards.getChildren().add(card(row));
        }
    }

    private Node card(FollowUpsViewModel.Row row) {
        Label badge = new Label(row.standing());
        badge.getStyleClass().addAll("badge", "standing-" + row.standing());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label rank = new Label(row.rank().isEmpty() ? "" : row.rank() + ".");
        rank.getStyleClass().add("followup-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Label question = new Label(row.question());
        question.setWrapText(true);
        question.getStyleClass().add("followup-question");
        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, rank, badge, question);
        VBox card = new VBox(3, top);
        card.getStyleClass().addAll("followup-card", "standing-card-" + row.standing());
        addLine(card, row.invited(), "quote");
        addLine(card, row.backedBy(), "muted");
        addLine(card, row.advice(), "followup-advice");
        if (!row.suggestion().isEmpty()) {
            addLine(card, "Say: \u201c" + row.suggestion() + "\u201d", "followup-suggestion");
        }
        Button practise = new Button("Practise an answer");
        practise.getStyleClass().add("small-button");
        practise.setOnAction(event -> viewModel.practise(row));
        HBox actions = new HBox(6, practise);
        if (row.start() != null) {
            Button play = new Button("\u25B6 " + Timestamps.format(row.start()));
            play.getStyleClass().add("small-button");
            play.setOnAction(event -> playAt.accept(row.start()));
            actions.getChildren().add(play);
        }
        Region indent = new Region();
        indent.setMinWidth(20);
        card.getChildren().add(new HBox(indent, actions));
        return card;
    }

    private static void addLine(VBox card, String text, String style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Label line = new Label(text);
        line.setWrapText(true);
        line.getStyleClass().add(style);
        line.setPadding(new Insets(0, 0, 0, 20));
        card.getChildren().add(line);
    }
}
