package org.introcoach.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The one open dialog of every screen: a title, the kind of file it offers first, and "All files". */
public final class FileChoice {
    /** What a screen asks for, with the file types IntroCoach reads for it. */
    public enum Kind {
        RESUME(new FileChooser.ExtensionFilter("Resumes (JSON Resume, PDF, Markdown, text)", "*.json", "*.pdf", "*.md", "*.txt")),
        RECORDING(new FileChooser.ExtensionFilter("Audio (WAV, FLAC, MP3, AIFF, AU)", "*.wav", "*.flac", "*.mp3", "*.aif", "*.aiff", "*.au")),
        JOB_POSTING(new FileChooser.ExtensionFilter("Job postings (text, Markdown, HTML, PDF)",
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf"));

        private final FileChooser.ExtensionFilter filter;

        Kind(FileChooser.ExtensionFilter filter) {
            this.filter = filter;
        }
    }

    private FileChoice() {
    }

    /** The file the user chose in a dialog over {@code owner}'s window, or empty when they cancelled. */
    public static Optional<Path> open(Node owner, String title, Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(kind.filter, new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
