package org.introcoach.history;

import java.nio.file.Path;

/** What is in one attempt folder: a complete attempt, or a damaged one and why. */
public sealed interface StoredAttempt {
    String id();

    Path folder();

    record Complete(Attempt attempt, Path folder) implements StoredAttempt {
        @Override
        public String id() {
            return attempt.id();
        }
    }

    /** A folder that cannot be shown as an attempt; it is listed, never deleted automatically. */
    record Damaged(String id, Path folder, String reason) implements StoredAttempt {
    }
}
