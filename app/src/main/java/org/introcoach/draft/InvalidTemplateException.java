package org.introcoach.draft;

import java.io.IOException;
import org.introcoach.storage.UnreadableInputException;

/** A template file that cannot be used; the message names the file and the problem, on one line (a field name may hold a line break). */
public final class InvalidTemplateException extends IOException {
    public InvalidTemplateException(String source, String problem) {
        super(source + ": " + UnreadableInputException.oneLine(problem));
    }
}
