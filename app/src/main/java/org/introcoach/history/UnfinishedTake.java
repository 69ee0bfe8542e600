package org.introcoach.history;

import java.nio.file.Path;
import java.time.Instant;

/** A recording whose take never finished, usually because the app was closed or crashed during it. */
public record UnfinishedTake(String id, Path recording, Instant startedAt, double seconds) {
}
