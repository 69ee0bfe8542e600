package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saying the same thing again: stumbles (a word or a group of words said twice or more in a row,
 * "i i", "i worked on i worked on i worked on"), the same clause said again later, or one content
 * word worn thin by saying it four times or more.
 */
final class RepetitionRule implements Rule {
    /** The longest group of words whose saying twice in a row counts as one stumble. */
    static final int LONGEST_REPEATED_GROUP = 8;
    /** A clause said again: this many words in the same order, not all function words. */
    static final int CLAUSE_WORDS = 6;
    static final int STUMBLES = 2;
    static final int OVERUSED = 4;
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Set<String> DOUBLED_ON_PURPOSE = Lexicon.words("doubled-on-purpose");
    private static final Set<String> COMMON_WORK_WORDS = Lexicon.words("common-work-words");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<String> tokens = intro.tokens();
        List<int[]> stumbles = stumbles(tokens);
        Optional<int[]> clause = clauseSaidAgain(tokens);
        if (stumbles.size() >= STUMBLES || !stumbles.isEmpty() && clause.isPresent()) {
            int[] first = stumbles.get(0);
            verdict.add(Finding.of(FindingCode.REPETITION, Severity.WARNING,
                    "You repeated yourself %d times (\"%s\"). Slow down at the start of each sentence so it comes out once."
                            .formatted(stumbles.size() + (clause.isPresent() ? 1 : 0), intro.quote(first[0], first[1])))
                    .quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
        } else if (clause.isPresent()) {
            int[] again = clause.get();
            verdict.add(Finding.of(FindingCode.REPETITION, Severity.WARNING,
                    "You said \"%s\" twice. Say each point once and use the time for another result.".formatted(intro.quote(again[0], again[1])))
                    .quoting(intro.quote(again[0], again[1]), intro.start(again[0]), intro.end(again[1] - 1)));
        } else {
            overusedWord(intro).ifPresent(verdict::add);
        }
    }

    /**
     * Stumbles: a word or a group of up to {@value #LONGEST_REPEATED_GROUP} words said again right
     * after itself; a group said three times is two stumbles. Spelled letters and numbers are not.
     */
    static List<int[]> stumbles(List<String> tokens) {
        List<int[]> repeats = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (Delivery.FILLERS.contains(tokens.get(i))) {
                continue;
            }
            int group = repeatedGroupAt(tokens, i);
            if (group == 1 && (inAnAcronym(tokens, i) || tokens.get(i).matches("\\d+") || DOUBLED_ON_PURPOSE.contains(tokens.get(i))
                    || SpokenNumbers.parse(tokens.get(i)).isPresent())) {
                continue;
            }
            if (group > 0) {
                int end = i + 2 * group;
                repeats.add(new int[] {i, end});
                while (end + group <= tokens.size() && tokens.subList(i, i + group).equals(tokens.subList(end, end + group))) {
                    repeats.add(new int[] {end - group, end + group});
                    end += group;
                }
                i = end - 1;
            }
        }
        return repeats;
    }

    /** "c c r n": a letter doubled inside a run of spelled letters that are not all the same. */
    private static boolean inAnAcronym(List<String> tokens, int index) {
        if (tokens.get(index).length() != 1) {
            return false;
        }
        int from = index;
        while (from > 0 && tokens.get(from - 1).length() == 1) {
            from--;
        }
        int to = index + 1;
        while (to < tokens.size() && tokens.get(to).length() == 1) {
            to++;
        }
        return tokens.subList(from, to).stream().distinct().count() > 1;
    }

    /** Kept for callers that count stumbles by their old name. */
    static List<int[]> repetitions(List<String> tokens) {
        return stumbles(tokens);
    }

    private static int repeatedGroupAt(List<String> tokens, int start) {
        for (int size = Math.min(LONGEST_REPEATED_GROUP, (tokens.size() - start) / 2); size >= 1; size--) {
            if (tokens.subList(start, start + size).equals(tokens.subList(start + size, start + 2 * size))) {
                return size;
            }
        }
        return 0;
    }

    /** The same run of {@value #CLAUSE_WORDS} words said again later, not right after itself. */
    static Optional<int[]> clauseSaidAgain(List<String> tokens) {
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i + CLAUSE_WORDS <= tokens.size(); i++) {
            List<String> run = tokens.subList(i, i + CLAUSE_WORDS);
            long content = run.stream().filter(w -> !FUNCTION_WORDS.contains(w) && !Delivery.FILLERS.contains(w)).count();
            if (content < 2) {
                continue;
            }
            Integer earlier = seen.get(run);
            if (earlier != null && i - earlier > CLAUSE_WORDS) {
                return Optional.of(new int[] {i, i + CLAUSE_WORDS});
            }
            seen.putIfAbsent(run, i);
        }
        return Optional.empty();
    }

    /** "point" in "two point five": a word that belongs to the number around it. */
    private static boolean partOfANumber(List<String> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && SpokenNumbers.parse(tokens.get(i - 1)).isPresent()
                && SpokenNumbers.parse(tokens.get(i + 1)).isPresent();
    }

    /**
     * A word said four or more times ("passionate", "basically") wears thin. Words from the resume
     * are the speaker's field ("product" for a product manager) and do not count.
     */
    private static Optional<Finding> overusedWord(Intro intro) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> domain = new HashSet<>(ResumeWords.tokens(ResumeWords.text(intro.resume()) + " " + intro.resume().name()));
        List<String> tokens = intro.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (partOfANumber(tokens, i)) {
                continue;
            }
            if (token.length() > 3 && !FUNCTION_WORDS.contains(token) && !domain.contains(token) && !Delivery.FILLERS.contains(token)
                    && !COMMON_WORK_WORDS.contains(token) && SpokenNumbers.parse(token).isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= OVERUSED)
                .max(Map.Entry.comparingByValue())
                .map(e -> Finding.of(FindingCode.REPETITION, Severity.WARNING,
                        "You said \"%s\" %d times. Vary it or cut it: repeated words make an intro sound rehearsed and thin."
                                .formatted(e.getKey(), e.getValue())));
    }
}
