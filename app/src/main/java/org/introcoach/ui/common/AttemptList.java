package org.introcoach.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.introcoach.history.AttemptContents;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.StoredAttempt;

/**
 * The saved takes as every screen that lists them sees them (the list beside the feedback, the
 * Progress table): listed and opened in the background, a damaged take told about and never
 * opened, a failure told as a notice. One instance is shared by those screens.
 */
public final class AttemptList {
    private final Background background;
    private final Supplier<AttemptStore> store;
    private final Consumer<Notice> notices;

    public AttemptList(Background background, Supplier<AttemptStore> store, Consumer<Notice> notices) {
        this.background = background;
        this.store = store;
        this.notices = notices;
    }

    /** Lists every take, newest first, damaged ones included; {@code listed} is called on the FX thread. */
    public void list(Consumer<List<StoredAttempt>> listed) {
        background.run(() -> store.get().list(), listed,
                failure -> notices.accept(Notice.error("Your takes could not be listed: " + Messages.of(failure))));
    }

    /**
     * Opens take {@code id}; {@code damaged} is why it cannot be opened, or empty. A damaged take
     * is told about and its folder kept as it is.
     */
    public void open(String id, String damaged, Consumer<AttemptContents> opened) {
        if (!damaged.isEmpty()) {
            notices.accept(Notice.error("This take cannot be opened: " + damaged + ". Its folder is kept as it is."));
            return;
        }
        background.run(() -> store.get().load(id), opened, failure -> notices.accept(Notice.error(Messages.of(failure))));
    }

    public AttemptStore store() {
        return store.get();
    }

    public Background background() {
        return background;
    }

    public void tell(Notice notice) {
        notices.accept(notice);
    }
}
