package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters: a problem costs most, information nothing. */
public enum Severity {
    INFO(0), WARNING(8), PROBLEM(20);

    /** Points a finding of this severity takes from its dimension's 100. */
    final int penalty;

    Severity(int penalty) {
        this.penalty = penalty;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
