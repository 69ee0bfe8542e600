package org.introcoach;

import org.introcoach.cli.CommandLineApp;

/** Entry point of the jar. Deliberately not a JavaFX {@code Application}, so a plain classpath launch works. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommandLineApp.run(args));
    }
}
