package org.introcoach.audio;

import java.nio.file.Path;
import org.introcoach.storage.UnreadableInputException;

/** An audio file the user gave cannot be read; the message says why in the user's terms. */
public final class UnreadableAudioException extends UnreadableInputException {
    public UnreadableAudioException(Path file, String problem) {
        super(file, problem);
    }

    public UnreadableAudioException(Path file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
