package org.introcoach.ui;

/** Stands for the main view in ArchitectureTest's fixtures. */
public final class MainViewFixture {
}
