package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word spans of an intro: the words after a cue, a spoken list's items, a name's extent. */
final class Spans {
    static final Set<String> CLAUSE_START = Lexicon.words("clause-starts");
    static final Set<String> NOT_AN_EMPLOYER = Lexicon.words("not-an-employer");
    static final Set<String> BODIES_NAMED_OF = Lexicon.words("bodies-named-of");
    static final Set<String> EVERYDAY = Lexicon.words("everyday-words");
    private static final Set<String> NAME_ENDERS = Lexicon.words("name-enders");

    private Spans() {
    }

    /** Word indexes just after each match of {@code cue} in the whole transcript. */
    static List<Integer> after(Pattern cue, Intro intro) {
        List<Integer> starts = new ArrayList<>();
        String text = String.join(" ", intro.tokens());
        Matcher matcher = cue.matcher(text);
        while (matcher.find()) {
            starts.add(wordIndexIn(text, matcher.end()));
        }
        return starts;
    }

    /** The same, past a "the" that follows the cue ("a masters from the l s e"). */
    static List<Integer> afterArticle(Pattern cue, Intro intro) {
        return after(cue, intro).stream().map(start -> start < intro.tokens().size() && intro.tokens().get(start).equals("the") ? start + 1 : start)
                .toList();
    }

    /** Words after the first cue in [from, to) that could be a name: up to {@code max}, stopping at function words. */
    static Optional<int[]> claimAfter(Pattern cue, Intro intro, int from, int to, int max) {
        String text = String.join(" ", intro.tokens().subList(from, to));
        Matcher matcher = cue.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(nameSpan(intro, from + wordIndexIn(text, matcher.end()), max));
    }

    /**
     * "worked for twelve years", "at twenty eight percent": a number followed by what it counts (a
     * word of {@code not-an-employer.txt}, or a unit of {@code quantity-units.txt}) is no name, though a name may start with a
     * number ("seven eleven", "three m").
     */
    private static boolean countOfSomething(List<String> tokens, int start) {
        List<SpokenNumbers.Spoken> numbers = SpokenNumbers.find(tokens.subList(start, tokens.size()));
        if (numbers.isEmpty() || numbers.get(0).from() != 0) {
            return false;
        }
        int after = start + numbers.get(0).to();
        return after < tokens.size() && (NOT_AN_EMPLOYER.contains(tokens.get(after)) || QuantityClaims.unitOf(tokens.get(after)).isPresent());
    }

    static int[] nameSpan(Intro intro, int start, int max) {
        List<String> tokens = intro.tokens();
        if (start >= tokens.size() || ResumeWords.STOP.contains(tokens.get(start)) && !spelledLetter(tokens, start) // "i u a v"
                || NOT_AN_EMPLOYER.contains(tokens.get(start))
                || countOfSomething(tokens, start)) {
            return null;
        }
        int phraseEnd = intro.phraseAt(start).to();
        int end = start;
        int limit = Math.min(phraseEnd, start + max);
        while (end < limit) {
            String word = tokens.get(end);
            if (spelledLetter(tokens, end)) {
                limit = Math.min(phraseEnd, Math.max(limit, end + 2));
                end++;
                continue;
            }
            if (end > start && spelledLetter(tokens, end - 1) && tokens.subList(start, end).stream().allMatch(w -> w.length() == 1 || w.equals("and"))) {
                break;
            }
            if (end > start && (word.equals("of") || word.equals("for")) && BODIES_NAMED_OF.contains(tokens.get(end - 1)) && end + 1 < limit
                    && ClaimFinder.couldBeAName(tokens.get(end + 1))) {
                end += 2;
                continue;
            }
            if (ResumeWords.STOP.contains(word) || end > start && (CLAUSE_START.contains(word) || NAME_ENDERS.contains(word)) || word.matches("\\d+|i'm|i've|i'd") || end > start && SpokenNumbers.parse(word).isPresent()
                    || end > start && word.length() > 5 && word.endsWith("ing")) {
                break;
            }
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /**
     * A letter of a spelled-out name ("r i t", "texas a and m", "c i s s p"): a one-letter word
     * next to another, or "and" between two. The recogniser writes an acronym as its letters.
     */
    static boolean spelledLetter(List<String> tokens, int index) {
        String word = tokens.get(index);
        boolean before = index > 0 && tokens.get(index - 1).length() == 1;
        boolean after = index + 1 < tokens.size() && tokens.get(index + 1).length() == 1;
        if (word.equals("and") || word.equals("of")) {
            return before && after;
        }
        return word.length() == 1 && (before || after || index + 2 < tokens.size() && (tokens.get(index + 1).equals("and")
                || tokens.get(index + 1).equals("of")) && tokens.get(index + 2).length() == 1);
    }

    /** Spelled letters joined into the acronym they spell: "c i s s p" is "cissp". */
    static String joinLetters(List<String> words) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            boolean letter = words.get(i).length() == 1 && (i > 0 && words.get(i - 1).length() == 1 || i + 1 < words.size() && words.get(i + 1).length() == 1);
            if (joined.length() > 0 && !(letter && i > 0 && words.get(i - 1).length() == 1)) {
                joined.append(' ');
            }
            joined.append(words.get(i));
        }
        return joined.toString();
    }

    static int wordIndexIn(String text, int charOffset) {
        String before = text.substring(0, Math.min(charOffset, text.length()));
        return before.isBlank() ? 0 : before.strip().split(" ").length;
    }

    /** Items of a spoken list starting at {@code start}: "java python and sql" gives three; a new clause ends it. */
    static List<int[]> listItems(Intro intro, int start) {
        List<int[]> items = new ArrayList<>();
        List<String> tokens = intro.tokens();
        if (tokens.isEmpty()) {
            return items;
        }
        int phraseEnd = intro.phraseAt(Math.min(start, tokens.size() - 1)).to();
        int letters = 0;
        for (int i = start; i < Math.min(phraseEnd, start + 16); i++) {
            letters += spelledLetter(tokens, i) ? 1 : 0;
        }
        int end = Math.min(phraseEnd, start + 8 + letters);
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end || !spelledLetter(tokens, i)
                    && (tokens.get(i).equals("and") || tokens.get(i).equals("or") || CLAUSE_START.contains(tokens.get(i)));
            if (boundary) {
                if (i > itemStart) {
                    items.add(new int[] {itemStart, i});
                }
                if (i < end && !tokens.get(i).equals("and") && !tokens.get(i).equals("or")) {
                    break;
                }
                itemStart = i + 1;
            }
        }
        return items;
    }

    /**
     * An unusual name comes out as several words, the later ones heard poorly ("ben your cow keep"
     * for "daniel kowalski"): a clear first word is then no proof that another name was said.
     */
    static boolean followedByDoubtfulWords(Intro intro, int from, int count) {
        int to = Math.min(intro.tokens().size(), from + count);
        for (int i = from; i < to; i++) {
            if (!EVERYDAY.contains(intro.tokens().get(i)) && intro.words().get(i).confidence() < Claims.CONFIDENT) {
                return true;
            }
        }
        return false;
    }
}
