package org.introcoach.analysis;

/** Times as people read them: "1:05". */
final class Timestamps {
    private Timestamps() {
    }

    static String format(Double seconds) {
        if (seconds == null) {
            return "?";
        }
        long whole = Math.round(Math.floor(seconds));
        return "%d:%02d".formatted(whole / 60, whole % 60);
    }
}
