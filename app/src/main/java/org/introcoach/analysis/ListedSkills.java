package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.introcoach.draft.IntroSection;

/**
 * "scaling and root planing and laser periodontal therapy", "c and a lot of rust": what the
 * speaker lists with a resume skill they hold is offered as a skill too. An item is a short run of
 * content words (no function word, number, everyday word or doubtful word); one that starts with an
 * "-ing" word is an activity ("and calming down patients"), not a skill; it ends on a noun (so
 * "honest" is no skill), and a single word must be one the lexicons know as a skill ("a lot of
 * coordination with the other trades" is work described, not a skill claimed). A resume skill heard
 * inside a longer listed name is part of that name ("periodontal" of "laser periodontal therapy" is
 * not Periodontal charting).
 */
final class ListedSkills {
    private static final Set<String> TECHNOLOGIES = Lexicon.words("technologies");
    private static final Set<String> PROFESSIONAL = Lexicon.words("professional-skills");
    static final Set<String> JOINERS = Lexicon.words("list-joiners");
    /** Adverbs that end a listed item rather than belong to it ("and scala too"); other adverbs may be a mis-tagged noun ("therapy"). */
    private static final Set<String> ENDERS = Lexicon.words("list-enders");
    private static final List<String> LEAD_INS = Lexicon.words("list-lead-ins").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Map<String, List<String>> PARTS_OF_SPEECH = Lexicon.mapping("parts-of-speech");
    /** Parts of speech a skill's name is made of ("x" when the words were not tagged). */
    static final List<String> NAMING = PARTS_OF_SPEECH.get("skill-name");
    /**
     * A skill's name ends on a noun, not an adjective; the tagger, reading words without
     * punctuation, sometimes calls such a last noun an adverb.
     */
    private static final List<String> HEADS = PARTS_OF_SPEECH.get("skill-name-end");
    /** A listed skill is a short name: "laser periodontal therapy", not a clause. */
    private static final int WORDS = 3;

    private ListedSkills() {
    }

    /** The items listed after each confident resume-skill claim held now, as [from, to) spans. */
    static List<int[]> find(Intro intro, List<Claim> resumeClaims) {
        List<int[]> listed = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (Claim claim : resumeClaims) {
            if (!claim.confident() || intro.phraseAt(claim.from()).section() == IntroSection.MOTIVATION
                    || ClaimFinder.stance(intro, claim.from()) == Claim.Stance.WANTED) {
                continue;
            }
            int phraseEnd = intro.phraseAt(claim.from()).to();
            int at = JOINERS.contains(tokens.get(claim.to() - 1)) ? claim.to() - 1 : claim.to();
            while (at + 1 < phraseEnd && JOINERS.contains(tokens.get(at))) {
                int from = at + 1 + leadIn(tokens, at + 1);
                int to = from;
                while (to < phraseEnd && to - from < WORDS && listable(intro, to)) {
                    to++;
                }
                if (to == from || !isItem(intro, from, to, resumeClaims) || listed.stream().anyMatch(c -> c[0] == from)) {
                    break;
                }
                listed.add(new int[] {from, to});
                at = to;
            }
        }
        return listed;
    }

    /** Whether words [from, to) name a skill: no activity, a noun at the end, no resume claim across its edges. */
    private static boolean isItem(Intro intro, int from, int to, List<Claim> resumeClaims) {
        List<String> named = intro.tokens().subList(from, to);
        String first = named.get(0);
        boolean activity = first.endsWith("ing") && !TECHNOLOGIES.contains(first) && !PROFESSIONAL.contains(first);
        boolean crossed = resumeClaims.stream().anyMatch(c -> c.overlaps(from, to)
                && !(c.from() >= from && c.to() <= to && c.to() - c.from() < to - from));
        boolean gerundEnd = named.size() > 1 && named.get(named.size() - 1).endsWith("ing");
        return !activity && !crossed && intro.taggedAs(from, NAMING) && (intro.taggedAs(to - 1, HEADS) || gerundEnd)
                && (named.size() > 1 || SkillClaims.namesASkill(named));
    }

    /** How many words of a lead-in ("a lot of", "some") start a listed item at {@code from}. */
    private static int leadIn(List<String> tokens, int from) {
        for (String leadIn : LEAD_INS) {
            List<String> words = List.of(leadIn.split(" "));
            if (from + words.size() <= tokens.size() && tokens.subList(from, from + words.size()).equals(words)) {
                return words.size();
            }
        }
        return 0;
    }

    private static boolean listable(Intro intro, int index) {
        String word = intro.tokens().get(index);
        boolean later = index > 0 && !JOINERS.contains(intro.tokens().get(index - 1));
        boolean naming = intro.taggedAs(index, NAMING) || index > 0 && word.endsWith("ing")
                || later && intro.partOfSpeech(index).equals("ADV") && !ENDERS.contains(word);
        return naming && word.length() > 1 && !ResumeWords.STOP.contains(word) && !FUNCTION_WORDS.contains(word) && !Spans.EVERYDAY.contains(word)
                && !Spans.CLAUSE_START.contains(word) && SpokenNumbers.parse(word).isEmpty() && !word.endsWith("ly")
                && !JOINERS.contains(word) && intro.words().get(index).confidence() >= Claims.CONFIDENT;
    }
}
