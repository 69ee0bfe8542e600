package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads numbers the recogniser writes as words: "fifteen", "twenty five", "two thousand ten",
 * "twenty nineteen" (a year said in pairs), "nineteen ninety eight", "a decade", and digits.
 */
public final class SpokenNumbers {
    /** A number found in a list of words: words [from, to) mean {@code value}; {@code year} when said as a year. */
    public record Spoken(int from, int to, int value, boolean year) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private SpokenNumbers() {
    }

    /** Every number in {@code words}, longest reading first, none overlapping. */
    public static List<Spoken> find(List<String> words) {
        List<Spoken> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Spoken spoken = readAt(words, i);
            if (spoken == null) {
                i++;
            } else {
                found.add(spoken);
                i = spoken.to();
            }
        }
        return found;
    }

    private static Spoken readAt(List<String> words, int start) {
        String word = words.get(start);
        if (word.matches("\\d{1,4}")) {
            int value = Integer.parseInt(word);
            return new Spoken(start, start + 1, value, value >= 1900 && value <= 2099);
        }
        if (word.equals("decade") && start > 0 && words.get(start - 1).equals("a")) {
            return new Spoken(start - 1, start + 1, 10, false);
        }
        Spoken year = yearAt(words, start);
        if (year != null) {
            return year;
        }
        int[] cardinal = cardinalAt(words, start);
        return cardinal == null ? null : new Spoken(start, cardinal[1], cardinal[0], false);
    }

    private static final Set<String> YEAR_PREPOSITIONS = Lexicon.words("year-prepositions");

    /**
     * "nineteen ninety eight", "twenty nineteen", "twenty twenty one", "two thousand ten"; "two
     * thousand" alone is the year only after "in", "since" and the like ("two thousand releases" is a count).
     */
    private static Spoken yearAt(List<String> words, int start) {
        String first = words.get(start);
        if ((first.equals("nineteen") || first.equals("twenty")) && start + 1 < words.size()) {
            int century = first.equals("nineteen") ? 1900 : 2000;
            int[] rest = belowHundredAt(words, start + 1);
            if (rest != null && rest[0] >= 10 && !(first.equals("twenty") && rest[0] >= 50)) {
                return new Spoken(start, rest[1], century + rest[0], true);
            }
            if (start + 2 < words.size() && words.get(start + 1).equals("oh")) {
                Integer unit = UNITS.get(words.get(start + 2));
                if (unit != null && unit < 10) {
                    return new Spoken(start, start + 3, century + unit, true);
                }
            }
        }
        if (first.equals("two") && start + 1 < words.size() && words.get(start + 1).equals("thousand")) {
            int end = start + 2;
            if (end < words.size() && words.get(end).equals("and")) {
                end++;
            }
            int[] rest = end < words.size() ? belowHundredAt(words, end) : null;
            if (rest != null && rest[1] < words.size() && words.get(rest[1]).equals("hundred")) {
                return null; // "two thousand five hundred delegates" is a count
            }
            if (rest != null) {
                return new Spoken(start, rest[1], 2000 + rest[0], true);
            }
            boolean yearContext = start > 0 && YEAR_PREPOSITIONS.contains(words.get(start - 1));
            return new Spoken(start, start + 2, 2000, yearContext);
        }
        return null;
    }

    /** {value, end} for a cardinal below a thousand ("three hundred and five"), or null. */
    private static int[] cardinalAt(List<String> words, int start) {
        int[] below = belowThousandAt(words, start);
        // "four thousand five hundred hours": thousands, then what is left of them
        if (below == null || below[1] >= words.size() || !words.get(below[1]).equals("thousand")) {
            return below;
        }
        int end = below[1] + 1;
        int next = end < words.size() && words.get(end).equals("and") ? end + 1 : end;
        int[] rest = next < words.size() ? belowThousandAt(words, next) : null;
        return rest == null ? new int[] {below[0] * 1000, end} : new int[] {below[0] * 1000 + rest[0], rest[1]};
    }

    private static int[] belowThousandAt(List<String> words, int start) {
        boolean aHundred = words.get(start).equals("a") && start + 1 < words.size() && words.get(start + 1).equals("hundred");
        // "a credit union's hundred and forty tellers": a hundred said without "a" or "one"
        boolean bareHundred = words.get(start).equals("hundred") && (start == 0 || belowHundredAt(words, start - 1) == null);
        int[] small = aHundred ? new int[] {1, start + 1} : bareHundred ? new int[] {1, start} : belowHundredAt(words, start);
        if (small == null) {
            return null;
        }
        int end = small[1];
        if (end < words.size() && words.get(end).equals("hundred")) {
            int value = small[0] * 100;
            end++;
            int next = end < words.size() && words.get(end).equals("and") ? end + 1 : end;
            int[] rest = next < words.size() ? belowHundredAt(words, next) : null;
            return rest == null ? new int[] {value, end} : new int[] {value + rest[0], rest[1]};
        }
        return small;
    }

    private static int[] belowHundredAt(List<String> words, int start) {
        String word = words.get(start);
        Integer unit = UNITS.get(word);
        if (unit != null) {
            return new int[] {unit, start + 1};
        }
        Integer tens = TENS.get(word);
        if (tens == null) {
            String[] hyphenated = word.split("-");
            if (hyphenated.length == 2 && TENS.containsKey(hyphenated[0]) && UNITS.containsKey(hyphenated[1])) {
                return new int[] {TENS.get(hyphenated[0]) + UNITS.get(hyphenated[1]), start + 1};
            }
            return null;
        }
        if (start + 1 < words.size()) {
            Integer next = UNITS.get(words.get(start + 1));
            if (next != null && next > 0 && next < 10) {
                return new int[] {tens + next, start + 2};
            }
        }
        return new int[] {tens, start + 1};
    }

    /** The number {@code text} says, when the whole of it is one number. */
    public static OptionalInt parse(String text) {
        List<String> words = List.of(text.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
        List<Spoken> found = find(words);
        return found.size() == 1 && found.get(0).from() == 0 && found.get(0).to() == words.size()
                ? OptionalInt.of(found.get(0).value()) : OptionalInt.empty();
    }
}
