package org.introcoach.cli;

import java.time.Clock;
import java.time.YearMonth;
import org.introcoach.storage.DataDirectory;

/** What commands take from the world: where the user's data is, and what month it is. */
public record CliContext(DataDirectory data, Clock clock) {
    public static CliContext forThisUser() {
        return new CliContext(DataDirectory.forThisUser(), Clock.systemDefaultZone());
    }

    YearMonth thisMonth() {
        return YearMonth.now(clock);
    }
}
