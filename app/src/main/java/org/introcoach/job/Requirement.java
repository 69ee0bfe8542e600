package org.introcoach.job;

import java.util.List;
import java.util.Locale;

/**
 * One thing a posting asks for.
 *
 * @param kind      what sort of thing it is
 * @param text      as the posting writes it ("Kafka", "5+ years", "payments")
 * @param necessity whether the posting requires it, would like it, or does not say
 * @param terms     the words it is recognised by, lowercase and lemmatised ({@link Terms#of}); for a seniority
 *                  requirement its level word, for years the number
 */
public record Requirement(Kind kind, String text, Necessity necessity, List<String> terms) {
    public Requirement {
        terms = List.copyOf(terms);
    }

    /** skill: a tool or competence; seniority: a level or years; domain: what the work is about; team: the team or product. */
    public enum Kind {
        SKILL, SENIORITY, DOMAIN, TEAM;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the posting says of it: a must, a nice-to-have, or nothing either way. */
    public enum Necessity {
        REQUIRED, NICE_TO_HAVE, UNSTATED;

        public String id() {
            return switch (this) {
                case REQUIRED -> "required";
                case NICE_TO_HAVE -> "nice-to-have";
                case UNSTATED -> "unstated";
            };
        }
    }

    Requirement withNecessity(Necessity stronger) {
        return new Requirement(kind, text, stronger, terms);
    }
}
