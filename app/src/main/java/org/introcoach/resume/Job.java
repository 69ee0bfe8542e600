package org.introcoach.resume;

import java.util.List;

/** A position held. */
public record Job(String employer, String title, DateRange dates, String summary, List<String> highlights) {
    public Job {
        highlights = List.copyOf(highlights);
    }
}
