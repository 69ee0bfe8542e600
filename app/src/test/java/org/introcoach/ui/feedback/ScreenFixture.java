package org.introcoach.ui.feedback;

/** A screen that imports another screen and the main view; only ArchitectureTest reads it. */
public final class ScreenFixture {
    public org.introcoach.ui.practice.ScreenFixture other() {
        return null;
    }

    public org.introcoach.ui.MainViewFixture main() {
        return null;
    }
}
