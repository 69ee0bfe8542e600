package org.introcoach.speech;

import java.io.IOException;

/** No usable speech model was found; the message lists every place that was searched. */
public final class ModelNotFoundException extends IOException {
    public ModelNotFoundException(String message) {
        super(message);
    }
}
