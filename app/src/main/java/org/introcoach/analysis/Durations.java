package org.introcoach.analysis;

/** Lengths of time as people say them: "three months", "about a year", "about eight years", never "7.8 years" or "0". */
public final class Durations {
    private Durations() {
    }

    public static String spoken(double years) {
        long months = Math.round(years * 12);
        if (months < 1) {
            return "less than a month";
        }
        if (months < 12) {
            return months == 1 ? "a month" : months + " months";
        }
        long whole = Math.round(years);
        if (whole == 1) {
            return "about a year";
        }
        return "about " + whole + " years";
    }
}
