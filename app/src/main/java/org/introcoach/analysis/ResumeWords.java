package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Matching;
import org.introcoach.resume.Resume;
import org.introcoach.resume.Skill;

/**
 * Resume facts as words the recogniser could have written, and where in the transcript they were
 * said: by sound ({@link SoundsAlike}), allowing for a word split in two ("back and" for
 * "backend", "yang go" for "django") and for the usual short forms.
 */
final class ResumeWords {
    static final Set<String> GENERIC_NAME_WORDS = Lexicon.words("generic-name-words");
    static final Set<String> STOP = Lexicon.words("stop-words");
    private static final Set<String> OTHERS = Lexicon.words("others-possessives");
    private static final List<String> NOT_A_SKILL_NAME = Lexicon.mapping("parts-of-speech").get("not-a-skill-name");

    private ResumeWords() {
    }

    /** A name's words as they are said: "King's College" is "kings college", not "king s college". */
    static List<String> tokens(String text) {
        String normal = Matching.normalise(text == null ? null : text.replaceAll("(\\p{L})['\u2019]s\\b", "$1s")).toLowerCase(Locale.ROOT);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    static List<String> distinctive(String value) {
        return tokens(value).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList();
    }

    /** Everything the resume says, as one text: what a claimed skill or number is looked up in. */
    static String text(Resume resume) {
        StringBuilder text = new StringBuilder(resume.headline()).append(' ').append(resume.summary());
        for (Job job : resume.work()) {
            text.append(' ').append(job.title()).append(' ').append(job.employer()).append(' ').append(job.summary())
                    .append(' ').append(String.join(" ", job.highlights()));
        }
        for (Skill skill : resume.skills()) {
            text.append(' ').append(skill.name()).append(' ').append(String.join(" ", skill.keywords()));
        }
        for (Education school : resume.education()) {
            text.append(' ').append(school.degree()).append(' ').append(school.field());
        }
        resume.certificates().forEach(c -> text.append(' ').append(c));
        resume.projects().forEach(p -> text.append(' ').append(p.name()).append(' ').append(p.description()));
        return text.toString();
    }

    /**
     * Whether heard word {@code index} (alone, or joined with the next word) sounds like resume word
     * {@code expected}. Returns how many heard words it took (1 or 2), or 0.
     */
    static int wordsFor(List<String> heard, int index, String expected) {
        if (SoundsAlike.words(heard.get(index), expected)) {
            return 1;
        }
        if (index + 1 < heard.size() && expected.length() >= 5 && !STOP.contains(heard.get(index))
                && SpokenNumbers.parse(heard.get(index + 1)).isEmpty() && SpokenNumbers.parse(heard.get(index)).isEmpty()) {
            String joined = heard.get(index) + heard.get(index + 1).replace("'", "");
            if (joined.length() >= expected.length() - 1 && SoundsAlike.words(joined, expected)) {
                return 2;
            }
        }
        return 0;
    }

    /** Where a resume name or phrase was said: its distinctive words, in order, sounding alike. */
    /** Letters, at least, of a resume name's acronym or initials spelt out anywhere in its words: three ("d o i s"), as two letters say too little. */
    static final int MIN_SPELT_ACRONYM = 3;

    static Optional<int[]> find(Intro intro, String value) {
        List<String> expected = tokens(value);
        List<String> distinctive = distinctive(value);
        if (distinctive.isEmpty()) {
            distinctive = expected;
        }
        if (distinctive.isEmpty()) {
            return Optional.empty();
        }
        List<String> heard = intro.tokens();
        int width = expected.size() + 2;
        for (int start = 0; start < heard.size(); start++) {
            int end = Math.min(heard.size(), start + width);
            int letters = start;
            while (letters < heard.size() && Spans.spelledLetter(heard, letters)) {
                letters++;
            }
            String spelt = String.join("", heard.subList(start, letters));
            if (letters - start >= 2 && spelt.equals(distinctive.get(0)) || letters - start >= MIN_SPELT_ACRONYM && (expected.contains(spelt)
                    || spelt.equals(expected.stream().filter(w -> !STOP.contains(w)).map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining())))) {
                // "l f v" for LFV (Swedish Air Navigation Service), "d o i s" for Deep Offshore Integrated Services (DOIS)
                return Optional.of(new int[] {start, letters});
            }
            if (!SoundsAlike.words(heard.get(start), distinctive.get(0)) && !SoundsAlike.words(heard.get(start), expected.get(0))
                    || STOP.contains(heard.get(start)) && !expected.contains(heard.get(start))) {
                continue;
            }
            double coverage = SoundsAlike.coverage(heard.subList(start, end), distinctive);
            if (coverage >= 0.99 || distinctive.size() >= 3 && coverage >= 0.66) {
                int last = start;
                for (int i = start; i < end; i++) {
                    int j = i;
                    if (expected.stream().anyMatch(w -> SoundsAlike.words(heard.get(j), w))) {
                        last = i;
                    }
                }
                int first = start;
                while (first > 0 && first > start - 3 && expected.contains(heard.get(first - 1))) {
                    first--;
                }
                return Optional.of(new int[] {first, last + 1});
            }
            if (shortFormAfterAt(heard, start, distinctive)) {
                return Optional.of(new int[] {start, start + 1});
            }
        }
        return findSplit(heard, expected, distinctive);
    }

    /** A name's first word shorter than this is too likely an ordinary word to stand for the whole name. */
    private static final int SHORT_FORM_LETTERS = 5;

    /**
     * "here at westbridge" for Westbridge Albion FC: after "at", a name's first distinctive word,
     * said as written and no everyday word, is the name as people shorten it.
     */
    private static boolean shortFormAfterAt(List<String> heard, int start, List<String> distinctive) {
        String word = heard.get(start);
        // the name must end there: "at texas a and m" is another school than the University of Texas at Austin
        boolean ends = start + 1 == heard.size() || heard.get(start + 1).length() > 1 && !ClaimFinder.couldBeAName(heard.get(start + 1));
        return distinctive.size() >= 2 && start > 0 && ClaimFinder.PLACE_OF_WORK_CUE.contains(heard.get(start - 1)) && word.equals(distinctive.get(0))
                && word.length() >= SHORT_FORM_LETTERS && !Spans.EVERYDAY.contains(word) && ends;
    }

    /** The same, for a resume word the recogniser split in two ("back and engineer" for "backend engineer"). */
    private static Optional<int[]> findSplit(List<String> heard, List<String> expected, List<String> distinctive) {
        for (int start = 0; start < heard.size(); start++) {
            if (wordsFor(heard, start, distinctive.get(0)) == 0) {
                continue;
            }
            int[] span = cover(heard, start, expected, distinctive);
            if (span != null) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /** From {@code start}, the heard words that cover the distinctive words in order (joined pairs allowed), or null. */
    private static int[] cover(List<String> heard, int start, List<String> expected, List<String> distinctive) {
        int width = expected.size() * 2 + 2;
        int end = Math.min(heard.size(), start + width);
        int matched = 0;
        int last = start;
        int i = start;
        int next = 0;
        boolean joined = false;
        while (i < end && next < distinctive.size()) {
            int taken = wordsFor(heard, i, distinctive.get(next));
            if (taken > 0) {
                joined |= taken == 2;
                matched++;
                next++;
                last = i + taken - 1;
                i += taken;
            } else if (expected.contains(heard.get(i)) || GENERIC_NAME_WORDS.contains(heard.get(i))) {
                i++;
            } else if (matched == 0 || i - last > 2) {
                break;
            } else {
                i++;
            }
        }
        double coverage = matched / (double) distinctive.size();
        if (joined && (coverage >= 0.99 || distinctive.size() >= 3 && coverage >= 0.66)) {
            for (int j = last + 1; j < end && expected.contains(heard.get(j)) && !STOP.contains(heard.get(j)); j++) {
                last = j;
            }
            return new int[] {start, last + 1};
        }
        return null;
    }

    /**
     * A two-word skill by its first, distinctive word used as a name: "sepsis" for "sepsis
     * management", not "commercial" in "commercial fit outs" for Commercial wiring, nor someone
     * else's ("your demand is seasonal" for Demand forecasting).
     */
    static Optional<int[]> findHead(Intro intro, String skill) {
        List<String> words = tokens(skill);
        boolean titleWord = intro.resume().work().stream().anyMatch(job -> tokens(job.title()).contains(words.isEmpty() ? "" : words.get(0)))
                || tokens(intro.resume().headline()).contains(words.isEmpty() ? "" : words.get(0));
        if (words.size() != 2 || words.get(0).length() < 5 || titleWord) {
            return Optional.empty();
        }
        List<String> heard = intro.tokens();
        for (int i = 0; i < heard.size(); i++) {
            String word = heard.get(i);
            boolean naming = !intro.taggedAs(i, NOT_A_SKILL_NAME) && !(i > 0 && OTHERS.contains(heard.get(i - 1)));
            if (naming && (word.equals(words.get(0)) || !Spans.EVERYDAY.contains(word) && SpokenNumbers.parse(word).isEmpty()
                    && word.charAt(0) == words.get(0).charAt(0) && SoundsAlike.words(word, words.get(0)))) {
                return Optional.of(new int[] {i, i + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * A word heard with low confidence that resembles a resume name ("tribe" at 0.56 for
     * "stripe"): too uncertain to confirm, too close to call missing.
     */
    static Optional<int[]> findDoubtful(Intro intro, String value) {
        List<String> distinctive = distinctive(value);
        List<String> heard = intro.tokens();
        for (int i = 0; i < heard.size(); i++) {
            int index = i;
            if (intro.words().get(i).confidence() < Claims.CONFIDENT
                    && distinctive.stream().anyMatch(word -> SoundsAlike.resembles(heard.get(index), word))) {
                return Optional.of(new int[] {i, i + 1});
            }
        }
        return Optional.empty();
    }

    /** Whether any distinctive word of the span (letters spelt out joined: "e t h" is ETH) is a resume employer, school or skill word. */
    static boolean isKnownName(Intro intro, int[] span) {
        return isKnownName(intro, span, true);
    }

    /**
     * The same, leaving the resume's schools out when {@code schools} is false: "texas a and m"
     * shares a word with the University of Texas but is another school.
     */
    static boolean isKnownName(Intro intro, int[] span, boolean schools) {
        List<String> said = new ArrayList<>(intro.tokens().subList(span[0], span[1]));
        List<String> spelt = new ArrayList<>(List.of(Spans.joinLetters(said).split(" ")));
        spelt.removeAll(said); // letters spelt out are exact: "i u a v" is not "java" by sound
        List<String> claimed = said.stream()
                .filter(w -> !GENERIC_NAME_WORDS.contains(w) && !STOP.contains(w) && w.length() > 1 && !Spans.EVERYDAY.contains(w)).toList();
        Resume resume = intro.resume();
        List<String> known = new ArrayList<>();
        resume.work().forEach(job -> known.addAll(distinctive(job.employer())));
        if (schools) {
            resume.education().forEach(school -> known.addAll(distinctive(school.institution())));
        }
        resume.skills().forEach(skill -> {
            known.addAll(tokens(skill.name()));
            skill.keywords().forEach(k -> known.addAll(tokens(k)));
        });
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < claimed.size(); i++) {
            joined.add(claimed.get(i) + claimed.get(i + 1));
        }
        return claimed.stream().anyMatch(word -> known.stream().anyMatch(k -> SoundsAlike.words(word, k))) || spelt.stream().anyMatch(known::contains)
                || joined.stream().anyMatch(word -> known.stream().anyMatch(k -> k.length() >= 6 && SoundsAlike.words(word, k)));
    }
}
