package org.introcoach.ui.common;

/**
 * A table cell that shows its whole text on as many lines as it needs (never "emplo…"): the text
 * breaks at the column's width and the row grows. Its text is styled {@code wrapping-cell-text}.
 */
public final class WrappingCell<R> extends javafx.scene.control.TableCell<R, String> {
    private final javafx.scene.text.Text text = new javafx.scene.text.Text();

    public WrappingCell() {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(10));
        setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        text.setText(item);
        setGraphic(text);
    }
}
