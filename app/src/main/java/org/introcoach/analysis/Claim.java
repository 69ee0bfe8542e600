package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Something the speaker said about themselves, as data: what kind of fact, which words (indexes
 * [from, to) in the transcript), how well they were heard, and whether it is held now, was held
 * before, or is wanted ("i want to be a senior engineer" is a target, not a claimed title).
 *
 * @param resumeValue the resume fact these words sound like, or null when they name something else
 * @param number      the value said, for years and quantities; otherwise null
 * @param unit        for quantities: what was counted ("percent", "people", "users"); otherwise null
 */
public record Claim(Kind kind, int from, int to, String heard, double confidence, Stance stance, String resumeValue,
                    Long number, String unit) {

    /** The kinds of fact an intro claims. */
    public enum Kind {
        NAME, SCHOOL, EMPLOYER, TITLE, YEARS, SKILL, QUANTITY;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Held now, held before, or wanted next. */
    public enum Stance {
        NOW, BEFORE, WANTED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the words were heard well enough to hold the speaker to them. */
    boolean confident() {
        return confidence >= Claims.CONFIDENT;
    }

    boolean matchesResume() {
        return resumeValue != null;
    }

    boolean overlaps(int otherFrom, int otherTo) {
        return from < otherTo && otherFrom < to;
    }

    Claim withResumeValue(String value) {
        return new Claim(kind, from, to, heard, confidence, stance, value, number, unit);
    }
}
