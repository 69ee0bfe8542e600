package org.introcoach.resume;

/** Half of a package circle (resume -> draft -> resume); only ArchitectureTest reads it. */
public final class CircleFixture {
    public org.introcoach.draft.CircleFixture other() {
        return null;
    }
}
