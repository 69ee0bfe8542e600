package org.introcoach.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two transcripts lined up word by word (longest common subsequence), so that what one take said
 * and the other did not stands out.
 */
public record TranscriptAlignment(List<Pair> pairs) {
    public enum Change { SAME, ONLY_BEFORE, ONLY_AFTER }

    /** One step of the alignment: a word both takes said, or a word only one of them said (the other is null). */
    public record Pair(String before, String after, Change change) {
    }

    public TranscriptAlignment {
        pairs = List.copyOf(pairs);
    }

    public static TranscriptAlignment of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                pairs.add(new Pair(before.get(i++), after.get(j++), Change.SAME));
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                pairs.add(new Pair(null, after.get(j++), Change.ONLY_AFTER));
            } else {
                pairs.add(new Pair(before.get(i++), null, Change.ONLY_BEFORE));
            }
        }
        return new TranscriptAlignment(pairs);
    }

    /** The share of all words, in either take, that both takes said: 1 for the same words. */
    public double overlap() {
        long same = pairs.stream().filter(pair -> pair.change() == Change.SAME).count();
        return pairs.isEmpty() ? 1 : 2.0 * same / (pairs.size() + same);
    }

    public List<Pair> changes() {
        return pairs.stream().filter(pair -> pair.change() != Change.SAME).toList();
    }

    static List<String> words(String text) {
        return text.isBlank() ? Collections.emptyList() : List.of(text.strip().split("\\s+"));
    }
}
