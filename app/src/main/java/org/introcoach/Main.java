package org.introcoach;

import java.lang.System.Logger.Level;
import java.util.logging.Logger;
import org.introcoach.cli.CommandLineApp;

/** Entry point of the jar. Deliberately not a JavaFX {@code Application}, so a plain classpath launch works. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int code;
        try {
            code = CommandLineApp.run(args);
        } catch (Throwable unexpected) {
            System.getLogger(Main.class.getName()).log(Level.DEBUG, "unexpected failure", unexpected);
            System.err.println("introcoach: internal error: " + unexpected);
            code = CommandLineApp.INTERNAL_ERROR;
        }
        System.exit(code);
    }
}
