package org.introcoach;

import java.lang.System.Logger.Level;
import java.util.logging.Logger;
import org.introcoach.cli.CommandLineApp;
import org.introcoach.ui.IntroCoachApp;

/**
 * Entry point of the jar: no arguments opens the desktop app, anything else is the command line.
 * Deliberately not a JavaFX {@code Application}, so a plain classpath launch works.
 */
public final class Main {
    /** JavaFX warns that it was loaded from the classpath, which is how a single jar runs it; held so the level sticks. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        int code;
        try {
            if (args.length == 0) {
                openApp();
                return;
            }
            quietLibraries();
            code = CommandLineApp.run(args);
        } catch (Throwable unexpected) {
            System.getLogger(Main.class.getName()).log(Level.DEBUG, "unexpected failure", unexpected);
            System.err.println("introcoach: internal error: " + unexpected);
            code = CommandLineApp.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /**
     * On the command line stderr is for IntroCoach's own one-line messages: library logging (PDFBox
     * on a damaged PDF, say) is dropped rather than printed there.
     */
    static void quietLibraries() {
        Logger root = Logger.getLogger("");
        for (java.util.logging.Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
    }

    private static void openApp() {
        try {
            IntroCoachApp.open(new String[0]);
        } catch (UnsupportedOperationException | IllegalStateException noDisplay) {
            System.err.println("introcoach: the window cannot be opened (" + noDisplay.getMessage()
                    + "); run 'introcoach --help' for the command line");
            System.exit(CommandLineApp.USER_ERROR);
        }
    }
}
