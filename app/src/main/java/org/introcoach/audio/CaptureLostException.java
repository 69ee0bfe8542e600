package org.introcoach.audio;

import java.io.IOException;

/** The microphone could not be opened, or stopped delivering sound during a take. */
public final class CaptureLostException extends IOException {
    public CaptureLostException(String message) {
        super(message);
    }

    public CaptureLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
