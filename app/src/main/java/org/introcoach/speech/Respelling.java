package org.introcoach.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Spells a word the speech model does not know ("shopify", "kubernetes") with the fewest words it
 * does know whose letters make it up ("shop i fy"), so that a grammar can still listen for it.
 * Pieces are at least two letters, or the one-letter words "i" and "a"; among splits with as few
 * pieces, the one whose pieces are longest (by the sum of their squared lengths) is kept.
 */
final class Respelling {
    private Respelling() {
    }

    /**
     * One or two spellings: the split of the word, and where it ends in a "y" said as "i"
     * ("shopify"), the split of it ending in "i" too ("shop if i"; "fy" is no word a model says).
     */
    static List<List<String>> ways(String word, Set<String> known) {
        List<List<String>> ways = new ArrayList<>();
        ways.add(of(word, known));
        if (word.endsWith("y") && word.length() > 3) {
            List<String> asI = of(word.substring(0, word.length() - 1) + "i", known);
            if (asI.size() > 1 && !ways.contains(asI)) {
                ways.add(asI);
            }
        }
        return ways;
    }

    /** The pieces, or the word itself when no split exists (the grammar then ignores it, as Vosk does). */
    static List<String> of(String word, Set<String> known) {
        int n = word.length();
        int[] pieces = new int[n + 1];
        int[] cut = new int[n + 1];
        int[] squares = new int[n + 1];
        Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (pieces[start] == Integer.MAX_VALUE) {
                    continue;
                }
                String piece = word.substring(start, end);
                boolean usable = known.contains(piece) && (piece.length() >= 2 || piece.equals("i") || piece.equals("a"));
                // fewest pieces; among equals, the longest pieces (most letters in whole words: "shop i fy", not "sh opi fy")
                int square = squares[start] + piece.length() * piece.length();
                if (usable && (pieces[start] + 1 < pieces[end] || (pieces[start] + 1 == pieces[end] && square > squares[end]))) {
                    pieces[end] = pieces[start] + 1;
                    squares[end] = square;
                    cut[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE) {
            return List.of(word);
        }
        List<String> result = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            result.add(0, word.substring(cut[end], end));
        }
        return List.copyOf(result);
    }
}
