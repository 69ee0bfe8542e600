package org.introcoach.draft;

import java.util.Locale;

/** The parts of a self-introduction, in the order interviewers expect them. */
public enum IntroSection {
    IDENTITY, EDUCATION, EXPERIENCE, SKILLS, TRANSITION, MOTIVATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
