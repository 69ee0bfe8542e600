package org.introcoach.storage;

import java.io.IOException;
import java.nio.file.Path;

/** A file the user gave cannot be used; the message names the file and says what is wrong in words. */
public class UnreadableInputException extends IOException {
    private final transient Path file;
    private final String problem;

    public UnreadableInputException(Path file, String problem) {
        this(file, problem, null);
    }

    public UnreadableInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + oneLine(problem), cause);
        this.file = file;
        this.problem = oneLine(problem);
    }

    /**
     * A problem as it can be shown on one line: a library's own message (PDFBox quotes the damaged
     * bytes, line breaks and all) has its runs of white space and control characters made one space.
     */
    public static String oneLine(String problem) {
        return String.valueOf(problem).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    public Path file() {
        return file;
    }

    /** The problem without the file name. */
    public String problem() {
        return problem;
    }
}
