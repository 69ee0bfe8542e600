package org.introcoach.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Dropping a file onto a part of a screen: the first file dropped is opened, anything else is refused. */
public final class FileDrop {
    private FileDrop() {
    }

    /** Makes {@code target} accept dropped files and hands the first to {@code open}. */
    public static void onto(Node target, Consumer<Path> open) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            var files = event.getDragboard().getFiles();
            if (!files.isEmpty()) {
                open.accept(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }
}
