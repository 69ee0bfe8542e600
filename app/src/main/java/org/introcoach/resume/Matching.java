package org.introcoach.resume;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form names are compared in: lowercase, no accents, no punctuation, single spaces. */
public final class Matching {
    private Matching() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("+", " plus ")
                .replace("#", " sharp ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
