package org.introcoach.resume;

/** A school attended; {@code degree} and {@code field} may be empty. */
public record Education(String institution, String degree, String field, DateRange dates) {
}
