package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name the speaker gives: the resume's name where it was heard in the opening, and the words
 * after "my name is", "i'm", "this is" there. Giving one's name comes first in an intro, so the
 * opening is searched first; only when it holds no name is the rest searched, and there only after
 * a cue and for a word people are called by ("oh and i'm declan o'brien by the way"), since a
 * resume first name such as "will" or "grace" is an everyday word anywhere else.
 */
final class NameClaims {
    /** A heard word shorter than this that only sounds like a name part is too near too many words (Double Metaphone "LS"). */
    private static final int SOUND_ALIKE_LETTERS = 4;
    /** How far into the intro a name is looked for. */
    static final int OPENING_WORDS = 25;
    private static final Pattern CUE = Lexicon.before("name-cues");
    static final Set<String> NOT_A_NAME = Lexicon.words("not-a-name");
    /** "i'm proudest of": after "i'm", a superlative is no name (the tagger calls many misheard names adjectives, so only these). */
    private static final List<String> NOT_NAMING = Lexicon.mapping("parts-of-speech").get("not-a-name");

    private NameClaims() {
    }

    static List<Claim> find(Intro intro) {
        List<Claim> claims = new ArrayList<>();
        List<String> name = ResumeWords.tokens(intro.resume().name());
        int window = Math.min(intro.tokens().size(), OPENING_WORDS);
        List<String> opening = intro.tokens().subList(0, window);
        List<Integer> afterCue = Spans.after(CUE, intro);
        found:
        for (int i = 0; i < opening.size() && !name.isEmpty(); i++) {
            for (String part : name) {
                // a short word merely sounding like a name part is a name only where a name is given ("los" of "los andes" is no Lucía)
                boolean shortSoundAlike = !opening.get(i).equals(part) && opening.get(i).length() < SOUND_ALIKE_LETTERS && !afterCue.contains(i);
                if (SoundsAlike.words(opening.get(i), part) && !shortSoundAlike) {
                    String next = i + 1 < opening.size() ? opening.get(i + 1) : "";
                    int end = name.stream().anyMatch(p -> SoundsAlike.words(next, p)) ? i + 2 : i + 1;
                    claims.add(ClaimFinder.claim(intro, Claim.Kind.NAME, i, end, intro.resume().name()));
                    break found;
                }
            }
        }
        cued(intro, window).ifPresent(span -> claims.add(ClaimFinder.claim(intro, Claim.Kind.NAME, span[0], span[1], null)));
        if (claims.isEmpty()) {
            givenLate(intro, window, name).ifPresent(claims::add);
        }
        return claims;
    }

    /** The first name given after a cue past the opening: the resume's, or another that people are called by. */
    private static Optional<Claim> givenLate(Intro intro, int window, List<String> name) {
        List<String> tokens = intro.tokens();
        for (int start : Spans.after(CUE, intro)) {
            if (start < window || start >= tokens.size()) {
                continue;
            }
            String word = tokens.get(start);
            boolean resumeName = !name.isEmpty() && SoundsAlike.words(word, name.get(0));
            if (!resumeName && !(intro.words().get(start).confidence() >= Claims.CONFIDENT && isPersonalName(word))) {
                continue;
            }
            int[] span = Spans.nameSpan(intro, start, 2);
            if (span != null) {
                return Optional.of(ClaimFinder.claim(intro, Claim.Kind.NAME, span[0], span[1], resumeName ? intro.resume().name() : null));
            }
        }
        return Optional.empty();
    }

    /** A word people are called by and not an everyday word ("samira", "declan"; not "sure", "glad", "will"). */
    static boolean isPersonalName(String word) {
        return (GIVEN_NAMES.contains(word) || NameRule.PROPER_NAMES.contains(word)) && !Spans.EVERYDAY.contains(word)
                && !NOT_A_NAME.contains(word) && !ClaimFinder.isProfession(word);
    }

    static final Set<String> GIVEN_NAMES = Lexicon.words("given-names");

    /** The words after the first name cue of the opening, up to two, if they could be a name. */
    static Optional<int[]> cued(Intro intro, int window) {
        return Spans.claimAfter(CUE, intro, 0, window, 2).filter(span -> !NOT_A_NAME.contains(intro.tokens().get(span[0]))
                && !(intro.taggedAs(span[0], NOT_NAMING) && intro.tokens().get(span[0]).endsWith("est")));
    }
}
