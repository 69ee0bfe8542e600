package org.introcoach.resume;

import java.nio.file.Path;
import org.introcoach.storage.UnreadableInputException;

/** A resume file that cannot be used; the message names the file and says what to fix. */
public final class UnreadableResumeException extends UnreadableInputException {
    public UnreadableResumeException(Path file, String problem) {
        super(file, problem);
    }

    public UnreadableResumeException(Path file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
