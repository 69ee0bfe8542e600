package org.introcoach.resume;

/** A project the candidate names. */
public record Project(String name, String description) {
}
