package org.introcoach.draft;

import java.util.Locale;

/**
 * Which resume fact fills a template field; {@link #NONE} is left for the user. {@link #RESULT}
 * and {@link #PREVIOUS_RESULT} are a highlight of the latest or the previous job, one with a
 * number when there is one, said as what "I" did ("cut median deploy time from 25 to 7 minutes");
 * {@link #CURRENT_YEARS} is the years in the latest job (for an internal transfer, in the company).
 */
public enum FillSource {
    NONE, NAME, SCHOOL, DEGREE, FIELD_OF_STUDY, ROLE, COMPANY, DOMAIN, CORE_SKILL, YEARS, PREVIOUS_ROLE, PREVIOUS_COMPANY, PREVIOUS_YEARS,
    RESULT, PREVIOUS_RESULT, CURRENT_YEARS;

    /** The name used in template files: "fieldOfStudy" for FIELD_OF_STUDY. */
    public String id() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }
}
