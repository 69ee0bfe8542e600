package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Credentials the speaker says they hold ("a certified e c m o specialist"): claimed like skills, named or not in a lexicon. */
final class CredentialClaims {
    private CredentialClaims() {
    }

    /**
     * "a certified e c m o specialist", "board certified oncology pharmacist": the credential after a
     * cue, to its profession word or four words, is a certificate claimed, named or not in a lexicon.
     */
    static List<int[]> credentials(Intro intro, List<int[]> items) {
        List<int[]> found = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int start : Spans.after(CREDENTIAL, intro)) {
            if (start >= tokens.size() || intro.phraseAt(start).section() == org.introcoach.draft.IntroSection.MOTIVATION
                    || ClaimFinder.stance(intro, start) == Claim.Stance.WANTED || items.stream().anyMatch(c -> c[0] <= start && start < c[1])) {
                continue;
            }
            int end = start;
            int limit = Math.min(intro.phraseAt(start).to(), start + 4 + (int) tokens.subList(start, Math.min(tokens.size(), start + 8)).stream()
                    .filter(w -> w.length() == 1).count());
            while (end < limit && (Spans.spelledLetter(tokens, end) || !ResumeWords.STOP.contains(tokens.get(end))
                    && !Spans.CLAUSE_START.contains(tokens.get(end)) && SpokenNumbers.parse(tokens.get(end)).isEmpty())) {
                end++;
                if (ClaimFinder.isProfession(tokens.get(end - 1))) {
                    break;
                }
            }
            int from = start - 1;
            while (from > Math.max(intro.phraseAt(start).from(), start - 4) && !ResumeWords.STOP.contains(tokens.get(from - 1))
                    && !Spans.CLAUSE_START.contains(tokens.get(from - 1)) && !ClaimFinder.isProfession(tokens.get(from - 1))) {
                from--;
            }
            if (from < start - 1) {
                found.add(new int[] {from, end}); // "leed accredited professional", "i'm fear free certified"
            } else if (end > start) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    static boolean credential(Intro intro, int[] item) {
        return item[0] > 0 && CREDENTIAL_WORDS.contains(intro.tokens().get(item[0] - 1))
                || intro.tokens().subList(item[0], item[1]).stream().anyMatch(CREDENTIAL_WORDS::contains);
    }

    private static final Pattern CREDENTIAL = Lexicon.before("credential-cues");
    static final Set<String> CREDENTIAL_WORDS = Lexicon.words("credential-cues");
}
