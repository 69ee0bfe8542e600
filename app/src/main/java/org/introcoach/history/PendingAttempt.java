package org.introcoach.history;

import java.nio.file.Path;
import java.time.Instant;

/** An attempt being made: its folder exists and its recording is being written. */
public record PendingAttempt(String id, Path folder, Instant startedAt, String source) {
    public Path recording() {
        return folder.resolve(AttemptStore.RECORDING);
    }
}
