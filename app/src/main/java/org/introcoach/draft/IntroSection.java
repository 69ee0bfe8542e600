package org.introcoach.draft;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The parts of a self-introduction, in the order interviewers expect them; OTHER is anything else said. */
public enum IntroSection {
    IDENTITY, EDUCATION, EXPERIENCE, SKILLS, TRANSITION, MOTIVATION, OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
