package org.introcoach.draft;

import java.io.IOException;

/** A template file that cannot be used; the message names the file and the problem. */
public final class InvalidTemplateException extends IOException {
    public InvalidTemplateException(String source, String problem) {
        super(source + ": " + problem);
    }
}
