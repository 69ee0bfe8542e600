package org.introcoach.analysis;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether a word the recogniser heard could be a word from the resume: the same, the same sound
 * (Double Metaphone, primary or alternate code: "chen" and "can"), or close in spelling
 * (Jaro-Winkler at least {@value #SPELLING_THRESHOLD}: "stripe" and "strike"). Resume words of three letters
 * or fewer must match exactly: acronyms sound like too much ("sql" and "school" share a code, so do
 * "aws" and "was"); where either word has four letters or fewer, only the sound counts.
 */
public final class SoundsAlike {
    /**
     * 0.85 separates misrecognitions of the same word from different words (commons-text figures):
     * "stripe"/"strike" 0.933, "washing"/"washington" 0.940, "patil"/"patel" 0.907, but
     * "google"/"apple" 0.578 and "ten"/"chen" 0.722.
     */
    static final double SPELLING_THRESHOLD = 0.85;
    /**
     * In a word of four letters or fewer one changed letter already scores 0.85 ("uber" and
     * "user"), so short words match by sound only ("ideo" and "idea").
     */
    private static final int SHORT_WORD = 4;
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private SoundsAlike() {
    }

    public static boolean words(String heard, String expected) {
        if (heard.equals(expected)) {
            return true;
        }
        if (expected.length() <= 3 || heard.length() <= 2) {
            return false;
        }
        if (heard.length() <= SHORT_WORD || expected.length() <= SHORT_WORD) {
            return samePhonetics(heard, expected);
        }
        return JARO_WINKLER.apply(heard, expected) >= SPELLING_THRESHOLD || samePhonetics(heard, expected);
    }

    /**
     * A looser likeness for words the recogniser was unsure of: Jaro-Winkler of at least
     * {@value #RESEMBLANCE_THRESHOLD} ("tribe" for "stripe" is 0.822, "spot" for "spotify" 0.914).
     */
    public static boolean resembles(String heard, String expected) {
        return words(heard, expected) || heard.length() > 2 && JARO_WINKLER.apply(heard, expected) >= RESEMBLANCE_THRESHOLD;
    }

    static final double RESEMBLANCE_THRESHOLD = 0.75;

    /**
     * Whether a heard word could be a part of a person's name. Names are not acronyms, so short
     * parts may match by sound too ("way" for "wei"); two-letter words match only exactly.
     */
    static boolean nameParts(String heard, String namePart) {
        if (resembles(heard, namePart)) {
            return true;
        }
        return heard.length() > 2 && namePart.length() > 2 && samePhonetics(heard, namePart);
    }

    private static boolean samePhonetics(String heard, String expected) {
        String heardPrimary = METAPHONE.doubleMetaphone(heard);
        String heardAlternate = METAPHONE.doubleMetaphone(heard, true);
        String expectedPrimary = METAPHONE.doubleMetaphone(expected);
        String expectedAlternate = METAPHONE.doubleMetaphone(expected, true);
        if (heardPrimary == null || expectedPrimary == null || heardPrimary.length() < 2 && expected.length() > 4) {
            return false;
        }
        return heardPrimary.equals(expectedPrimary) || heardPrimary.equals(expectedAlternate)
                || heardAlternate.equals(expectedPrimary) || heardAlternate.equals(expectedAlternate);
    }

    /** How much of {@code expected} (words) appears in order in {@code heard}: 0 to 1. */
    public static double coverage(List<String> heard, List<String> expected) {
        if (expected.isEmpty()) {
            return 0;
        }
        int[][] table = new int[heard.size() + 1][expected.size() + 1];
        for (int i = 1; i <= heard.size(); i++) {
            for (int j = 1; j <= expected.size(); j++) {
                table[i][j] = words(heard.get(i - 1), expected.get(j - 1))
                        ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[heard.size()][expected.size()] / (double) expected.size();
    }
}
