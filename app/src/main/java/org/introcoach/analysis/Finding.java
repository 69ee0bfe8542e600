package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One thing the coach noticed, with the words it is about and what to do.
 *
 * @param start   seconds, or null when the finding is about something not said or timing is unknown
 * @param section the intro section it concerns, or null
 * @param field   the resume field it concerns (name, school, employer, role, skill, years), or null
 */
@JsonPropertyOrder({"dimension", "code", "severity", "message", "start", "end", "quote", "section", "field"})
public record Finding(Dimension dimension, FindingCode code, Severity severity, String message, Double start, Double end,
                      String quote, String section, String field) {

    public Finding {
        message = tidy(message);
    }

    /**
     * No stray punctuation where a quote ends a sentence: {@code said "I lead.".} reads
     * {@code said "I lead."}, and a doubled full stop is one (an ellipsis stays).
     */
    static String tidy(String message) {
        if (message == null) {
            return null;
        }
        return message.replaceAll("([.!?])([\"”])\\.", "$1$2").replaceAll("(?<!\\.)\\.\\.(?!\\.)", ".");
    }

    public static Finding of(FindingCode code, Severity severity, String message) {
        return new Finding(code.dimension(), code, severity, message, null, null, null, null, null);
    }

    public Finding at(Phrase phrase) {
        return new Finding(dimension, code, severity, message, phrase.start(), phrase.end(), phrase.text(),
                phrase.section().id(), field);
    }

    public Finding quoting(String quote, Double start, Double end) {
        return new Finding(dimension, code, severity, message, start, end, quote, section, field);
    }

    public Finding about(String resumeField) {
        return new Finding(dimension, code, severity, message, start, end, quote, section, resumeField);
    }

    public Finding inSection(String sectionId) {
        return new Finding(dimension, code, severity, message, start, end, quote, sectionId, field);
    }
}
