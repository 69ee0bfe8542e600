package org.introcoach.draft;

/** Half of a package circle (draft -> resume -> draft); only ArchitectureTest reads it. */
public final class CircleFixture {
    public org.introcoach.resume.CircleFixture other() {
        return null;
    }
}
