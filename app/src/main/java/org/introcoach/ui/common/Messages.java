package org.introcoach.ui.common;

import java.util.concurrent.CancellationException;

/** Turns a failure into a sentence for the user. Our own exceptions already carry one. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof CancellationException) {
            return "Cancelled.";
        }
        if (failure instanceof java.io.IOException || failure instanceof IllegalArgumentException) {
            return String.valueOf(failure.getMessage());
        }
        System.getLogger(Messages.class.getName()).log(System.Logger.Level.ERROR, "unexpected failure", failure);
        return "Something went wrong inside IntroCoach (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + "). Your recordings are safe.";
    }
}
