package org.introcoach.audio;

import java.io.IOException;
import java.nio.file.Path;

/** An audio file the user gave cannot be read; the message says why in the user's terms. */
public final class UnreadableAudioException extends IOException {
    private final Path file;
    private final String problem;

    public UnreadableAudioException(Path file, String problem) {
        this(file, problem, null);
    }

    public UnreadableAudioException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The problem without the file name, for messages that name the file themselves. */
    public String problem() {
        return problem;
    }
}
