package org.introcoach.analysis;

/** Times as people read them: "1:05". One format for findings, the app, the command line and exports. */
public final class Timestamps {
    private Timestamps() {
    }

    /** A moment in a take, to the second it falls in; "?" when unknown. */
    public static String format(Double seconds) {
        if (seconds == null) {
            return "?";
        }
        return minutesAndSeconds(Math.round(Math.floor(seconds)));
    }

    /** A length, to the nearest second. */
    public static String duration(double seconds) {
        return minutesAndSeconds(Math.round(seconds));
    }

    private static String minutesAndSeconds(long whole) {
        return "%d:%02d".formatted(whole / 60, whole % 60);
    }
}
