package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name the speaker gives: the resume's name where it was heard in the opening, and the words
 * after "my name is", "i'm", "this is" there. Giving one's name comes first in an intro, so only
 * the opening is searched; a name given late is found by the section tagger as identity.
 */
final class NameClaims {
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
        found:
        for (int i = 0; i < opening.size() && !name.isEmpty(); i++) {
            for (String part : name) {
                if (SoundsAlike.words(opening.get(i), part)) {
                    String next = i + 1 < opening.size() ? opening.get(i + 1) : "";
                    int end = name.stream().anyMatch(p -> SoundsAlike.words(next, p)) ? i + 2 : i + 1;
                    claims.add(ClaimFinder.claim(intro, Claim.Kind.NAME, i, end, intro.resume().name()));
                    break found;
                }
            }
        }
        cued(intro, window).ifPresent(span -> claims.add(ClaimFinder.claim(intro, Claim.Kind.NAME, span[0], span[1], null)));
        return claims;
    }

    /** The words after the first name cue of the opening, up to two, if they could be a name. */
    static Optional<int[]> cued(Intro intro, int window) {
        return Spans.claimAfter(CUE, intro, 0, window, 2).filter(span -> !NOT_A_NAME.contains(intro.tokens().get(span[0]))
                && !(intro.taggedAs(span[0], NOT_NAMING) && intro.tokens().get(span[0]).endsWith("est")));
    }
}
