package org.introcoach.ui.common;

import java.util.Optional;

/**
 * A message in the app's notice bar, optionally with one action (Undo, Recover).
 *
 * @param error true for something that went wrong, false for information
 */
public record Notice(String text, boolean error, Optional<Action> action) {
    public record Action(String label, Runnable run) {
    }

    public static Notice info(String text) {
        return new Notice(text, false, Optional.empty());
    }

    public static Notice error(String text) {
        return new Notice(text, true, Optional.empty());
    }

    public static Notice withAction(String text, String label, Runnable run) {
        return new Notice(text, false, Optional.of(new Action(label, run)));
    }
}
