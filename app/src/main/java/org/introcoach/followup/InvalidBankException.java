package org.introcoach.followup;

/** A question bank file that cannot be used; the message names the file and what to fix. */
public final class InvalidBankException extends Exception {
    public InvalidBankException(String message) {
        super(message);
    }
}
