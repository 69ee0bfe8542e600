package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.introcoach.draft.IntroSection;

/**
 * Numbers the speaker claims: years of experience ("for eight years", "sixteen years in
 * software", "three months") and quantities of their work ("a team of twenty", "cut costs by
 * forty percent", "two million users").
 */
final class QuantityClaims {
    static final Map<String, List<String>> UNITS = Lexicon.mapping("quantity-units");
    static final Set<String> TEAM_WORDS = Lexicon.words("team-words");
    /** What a number counts comes within this many words ("a hundred and twenty mid market accounts"). */
    static final int UNIT_WITHIN = 3;
    /** The unit of a count of something the resume counts by its own word: "count:trials". */
    static final String COUNT = "count:";
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Map<String, List<String>> MULTIPLIER_WORDS = Lexicon.mapping("multiplier-words");
    private static final Map<String, List<String>> SCALES = Lexicon.mapping("number-scales");
    /** "closed two point four million": a sum this large said without a unit is money. */
    private static final Set<String> MONEY_SCALES = Lexicon.words("money-scales");
    private static final Set<String> BEFORE_EXPERIENCE = Lexicon.words("experience-before");
    private static final Set<String> AFTER_EXPERIENCE = Lexicon.words("experience-after");

    private QuantityClaims() {
    }

    static List<Claim> find(Intro intro) {
        List<Claim> claims = new ArrayList<>();
        List<String> tokens = intro.tokens();
        Set<String> counted = ResumeCounts.countedWords(intro.resume());
        for (SpokenNumbers.Spoken number : SpokenNumbers.find(tokens)) {
            if (number.year() || number.from() > 0 && tokens.get(number.from() - 1).equals("point") || insideASpelledName(tokens, number)) {
                continue;
            }
            years(intro, number).ifPresent(claims::add);
            quantity(intro, number, counted).ifPresent(claims::add);
        }
        claims.addAll(fractions(intro));
        for (int i = 0; i < tokens.size(); i++) {
            List<String> factor = MULTIPLIER_WORDS.get(tokens.get(i));
            if (factor != null && !factor.isEmpty()) {
                int end = Math.min(tokens.size(), i + 3);
                claims.add(new Claim(Claim.Kind.QUANTITY, i, end, intro.quote(i, end), intro.confidence(i, i + 1), ClaimFinder.stance(intro, i),
                        null, Long.parseLong(factor.get(0)), "times"));
            }
        }
        return claims;
    }

    /** "cut waste by nearly a third": a fraction said for a change is a percent ({@code fractions.txt}). */
    private static List<Claim> fractions(Intro intro) {
        List<Claim> claims = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            for (Map.Entry<String, List<String>> fraction : FRACTIONS.entrySet()) {
                List<String> words = List.of(fraction.getKey().split(" "));
                int by = i - 1;
                while (by > 0 && HEDGES_BEFORE_A_NUMBER.contains(tokens.get(by))) {
                    by--;
                }
                if (i + words.size() <= tokens.size() && tokens.subList(i, i + words.size()).equals(words) && tokens.get(by).equals("by")) {
                    int end = i + words.size();
                    claims.add(new Claim(Claim.Kind.QUANTITY, i, end, intro.quote(i, end), intro.confidence(i, end), ClaimFinder.stance(intro, i),
                            null, Long.parseLong(fraction.getValue().get(0)), "percent"));
                    break;
                }
            }
        }
        return claims;
    }

    static final Map<String, List<String>> FRACTIONS = Lexicon.mapping("fractions");
    private static final Set<String> HEDGES_BEFORE_A_NUMBER = Lexicon.words("number-hedges");

    /** "k eight s", "p two p": a number said between letters is part of a name. */
    private static boolean insideASpelledName(List<String> tokens, SpokenNumbers.Spoken number) {
        boolean letterBefore = number.from() > 0 && isLetter(tokens.get(number.from() - 1));
        boolean letterAfter = number.to() < tokens.size() && isLetter(tokens.get(number.to()));
        return letterBefore || letterAfter;
    }

    private static boolean isLetter(String word) {
        return word.length() == 1 && !word.equals("a") && !word.equals("i");
    }

    /** "eight years", "three more years", "six months": a length of experience, in years. */
    private static Optional<Claim> years(Intro intro, SpokenNumbers.Spoken number) {
        List<String> tokens = intro.tokens();
        int after = number.to();
        int unit = after < tokens.size() && tokens.get(after).equals("more") ? after + 1 : after;
        if (unit >= tokens.size() || !tokens.get(unit).matches("years?|months?") || number.value() > 60) {
            return Optional.empty();
        }
        boolean months = tokens.get(unit).startsWith("month");
        String before = number.from() > 0 ? tokens.get(number.from() - 1) : "";
        String next = unit + 1 < tokens.size() ? tokens.get(unit + 1) : "";
        if (!BEFORE_EXPERIENCE.contains(before) && !AFTER_EXPERIENCE.contains(next)) {
            return Optional.empty();
        }
        String afterNext = unit + 2 < tokens.size() ? tokens.get(unit + 2) : "";
        if (months && !BEFORE_EXPERIENCE.contains(before) && next.equals("of") && !afterNext.equals("experience")) {
            return Optional.empty();
        }
        String following = String.join(" ", tokens.subList(unit, Math.min(tokens.size(), unit + 3)));
        if (following.matches("(years?|months?) (ago|old)\\b.*")) {
            return Optional.empty();
        }
        Phrase phrase = intro.phraseAt(number.from());
        if (phrase.section() == IntroSection.MOTIVATION) {
            return Optional.empty();
        }
        int from = number.from();
        int to = unit + 1;
        return Optional.of(new Claim(Claim.Kind.YEARS, from, to, intro.quote(from, to), intro.confidence(number.from(), number.to()),
                ClaimFinder.stance(intro, from), null, (long) number.value(), months ? "months" : "years"));
    }

    /** "forty percent", "a team of twenty engineers", "two million users", "three x faster". */
    /** @param counted the words the resume counts with ({@link ResumeCounts#countedWords}), read once an intro */
    private static Optional<Claim> quantity(Intro intro, SpokenNumbers.Spoken number, Set<String> counted) {
        List<String> tokens = intro.tokens();
        double said = number.value();
        int next = number.to();
        if (next + 1 < tokens.size() && tokens.get(next).equals("point") && SpokenNumbers.parse(tokens.get(next + 1)).isPresent()) {
            int decimal = SpokenNumbers.parse(tokens.get(next + 1)).getAsInt();
            said += decimal < 10 ? decimal / 10.0 : decimal / 100.0;
            next += 2;
        }
        boolean scaled = next < tokens.size() && SCALES.containsKey(tokens.get(next));
        if (scaled) {
            said *= Long.parseLong(SCALES.get(tokens.get(next)).get(0));
            next++;
        }
        long value = Math.round(said);
        String unit = null;
        int end = next;
        for (int i = next; i < Math.min(tokens.size(), next + UNIT_WITHIN) && unit == null; i++) {
            if (SpokenNumbers.parse(tokens.get(i)).isPresent() || SCALES.containsKey(tokens.get(i))) {
                break;
            }
            unit = unitOf(tokens.get(i)).orElse(null);
            end = i + 1;
            if (unit == null && (FUNCTION_WORDS.contains(tokens.get(i)) || ResumeWords.STOP.contains(tokens.get(i)))) {
                break;
            }
        }
        if (unit == null) {
            unit = unitBeforeAChange(tokens, number.from()).orElse(null);
        }
        if (unit == null && scaled && MONEY_SCALES.contains(tokens.get(next - 1))) {
            unit = "money";
            end = next;
        }
        boolean teamOf = number.from() >= 2 && tokens.get(number.from() - 1).equals("of") && TEAM_WORDS.contains(tokens.get(number.from() - 2));
        if (unit == null && teamOf) {
            unit = "people";
            end = number.to();
        }
        // "twelve oncology trials": the word right after the number is one the resume counts with, said of the speaker's work
        if (unit == null && next < tokens.size() && counted.contains(tokens.get(next))
                && intro.phraseAt(number.from()).section() != IntroSection.MOTIVATION) {
            unit = COUNT + tokens.get(next);
            end = next + 1;
        }
        if (unit == null) {
            return Optional.empty();
        }
        int from = teamOf ? number.from() - 2 : number.from();
        return Optional.of(new Claim(Claim.Kind.QUANTITY, from, end, intro.quote(from, end), intro.confidence(number.from(), number.to()),
                ClaimFinder.stance(intro, from), null, value, unit));
    }

    /**
     * "took our rating from three point one to four point eight": in a change said "from X to Y",
     * what is counted may be named before "from".
     */
    private static Optional<String> unitBeforeAChange(List<String> tokens, int numberStart) {
        int from = -1;
        for (int i = numberStart - 1; i >= Math.max(0, numberStart - 6); i--) {
            if (tokens.get(i).equals("from")) {
                from = i;
                break;
            }
        }
        for (int i = numberStart - 1; from >= 0 && i > from; i--) {
            Optional<String> unit = unitOf(tokens.get(i));
            if (unit.isPresent()) {
                return unit;
            }
        }
        for (int i = from - 1; from > 0 && i >= Math.max(0, from - 3); i--) {
            Optional<String> unit = unitOf(tokens.get(i));
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    static Optional<String> unitOf(String word) {
        return UNITS.entrySet().stream().filter(e -> e.getValue().contains(word)).map(Map.Entry::getKey).findFirst();
    }

    /** The same for a resume's word, which may count in the singular before a noun ("30 student pilots" counts students). */
    static Optional<String> resumeUnitOf(String word) {
        return unitOf(word).or(() -> unitOf(word + "s"));
    }
}
