package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.introcoach.speech.Word;

/**
 * How the words were delivered, measured once: fillers, long silences, stumbles and hedges, for
 * the metrics and the rules that judge them. Thresholds are at the rules that use them.
 */
final class Delivery {
    static final Set<String> FILLERS = Lexicon.words("fillers");
    static final Set<String> FILLER_PHRASES = Lexicon.words("filler-phrases");
    /** A silence of two seconds between words reads as a lost thread rather than a pause for effect. */
    static final double LONG_PAUSE_SECONDS = 2.0;

    private Delivery() {
    }

    static List<int[]> fillerSpans(List<String> tokens) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (FILLERS.contains(tokens.get(i))) {
                spans.add(new int[] {i, i + 1});
            } else if (i + 1 < tokens.size() && FILLER_PHRASES.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                spans.add(new int[] {i, i + 2});
                i++;
            }
        }
        return spans;
    }

    /** Pairs of word indexes {before, after} around each long silence. */
    static List<int[]> longPauses(List<Word> words) {
        List<int[]> pauses = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).start() - words.get(i - 1).end() >= LONG_PAUSE_SECONDS) {
                pauses.add(new int[] {i - 1, i});
            }
        }
        return pauses;
    }

    static double longestPause(List<Word> words) {
        double longest = 0;
        for (int i = 1; i < words.size(); i++) {
            longest = Math.max(longest, words.get(i).start() - words.get(i - 1).end());
        }
        return longest;
    }

    static List<int[]> hedges(List<String> tokens) {
        String text = String.join(" ", tokens);
        List<int[]> spans = new ArrayList<>();
        var matcher = Lexicon.anywhere("hedges").matcher(text);
        while (matcher.find()) {
            int from = Spans.wordIndexIn(text, matcher.start());
            spans.add(new int[] {from, from + matcher.group().split(" ").length});
        }
        return spans;
    }
}
