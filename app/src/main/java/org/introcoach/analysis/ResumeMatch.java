package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One resume fact and what the speaker said of it.
 *
 * @param field  name, school, employer, role, skill, years or quantity
 * @param heard  the words heard, or null when it was not said
 * @param start  seconds, or null
 */
@JsonPropertyOrder({"field", "resume", "heard", "status", "start"})
public record ResumeMatch(String field, String resume, String heard, Status status, Double start) {
    /**
     * matched: said as on the resume; missing: not said; contradicted: said otherwise; unsure: heard too poorly to judge;
     * unbacked: a claim (a number, leading people) the resume neither shows nor contradicts: be ready to prove it.
     */
    public enum Status {
        MATCHED, MISSING, CONTRADICTED, UNSURE, UNBACKED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the status means to the person reading the resume check. */
        public String label() {
            return switch (this) {
                case MATCHED -> "matched";
                case MISSING -> "not said";
                case CONTRADICTED -> "contradicted";
                case UNSURE -> "unsure: heard poorly";
                case UNBACKED -> "not on your resume: be ready to back it";
            };
        }
    }
}
