package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four things interviewers judge in an intro. */
public enum Dimension {
    CONSISTENCY, STRUCTURE, CONCISENESS, MOTIVATION;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to people: "Consistency". */
    public String label() {
        return name().charAt(0) + id().substring(1);
    }
}
