package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.introcoach.resume.Job;

/**
 * The titles the speaker claims: the resume's titles where heard (and said longer, "sales development
 * manager"), and titles after a cue ("i'm a", "worked as", "i'm director of"), or after the name.
 */
final class TitleClaims {
    private static final Set<String> TITLE_ARTICLES = Lexicon.words("title-articles");
    /** Words after a lead-in with no article within which a title's head must come: "i am cabin services manager" (holdout-13). */
    private static final int TITLE_HEAD_WITHIN = 3;
    private static final Set<String> CREDENTIAL_NOUNS = Lexicon.words("credential-nouns");
    private static final List<List<String>> TITLE_TAILS = Lexicon.words("title-tails").stream().map(tail -> List.of(tail.split(" "))).toList();

    private TitleClaims() {
    }

    static void find(Intro intro, List<Claim> claims) {
        List<int[]> mentioned = new ArrayList<>();
        for (Job job : intro.resume().work()) {
            if (job.title().isBlank()) {
                continue;
            }
            ResumeWords.find(intro, job.title()).ifPresent(found -> {
                int end = found[1];
                List<String> titleWords = ResumeWords.tokens(job.title());
                while (end < intro.tokens().size() && end < found[1] + 2 && !titleWords.contains(intro.tokens().get(end))
                        && (ClaimFinder.SENIORITY.containsKey(intro.tokens().get(end)) || ClaimFinder.isProfession(intro.tokens().get(end)))) {
                    end++;
                }
                int[] span = {found[0], end};
                if (mentioned.stream().noneMatch(m -> m[0] < span[1] && span[0] < m[1])) {
                    mentioned.add(span);
                    claims.add(ClaimFinder.claim(intro, Claim.Kind.TITLE, span[0], span[1], end == found[1] ? job.title() : null));
                }
            });
        }
        List<String> tokens = intro.tokens();
        List<Integer> starts = new ArrayList<>(Spans.after(Lexicon.before("role-cues"), intro));
        for (int start : Spans.after(Lexicon.before("title-lead-ins"), intro)) {
            if (start >= 2 && tokens.get(start - 1).equals("as") && CREDENTIAL_NOUNS.contains(tokens.get(start - 2))) {
                continue; // "an i r s e licence as principal designer": the grade of a credential, not the job
            }
            for (int word = start; word < Math.min(tokens.size(), start + TITLE_HEAD_WITHIN); word++) {
                if (CredentialClaims.CREDENTIAL_WORDS.contains(tokens.get(word))) {
                    break; // "i am certified pilates instructor": a credential held, not the job
                }
                if (ClaimFinder.SENIORITY.containsKey(tokens.get(word)) || ClaimFinder.isProfession(tokens.get(word))) {
                    starts.add(start);
                    break;
                }
                if (ResumeWords.STOP.contains(tokens.get(word)) || Spans.CLAUSE_START.contains(tokens.get(word))) {
                    break;
                }
            }
        }
        for (Claim name : claims.stream().filter(c -> c.kind() == Claim.Kind.NAME).toList()) {
            int article = name.to();
            if (article + 1 < tokens.size() && TITLE_ARTICLES.contains(tokens.get(article))) {
                int end = titleEnd(tokens, article + 1);
                if (tokens.subList(article + 1, end).stream().anyMatch(w -> ClaimFinder.SENIORITY.containsKey(w) || ClaimFinder.isProfession(w))) {
                    starts.add(article + 1);
                }
            } else if (article + 1 < tokens.size() && ClaimFinder.SENIORITY.containsKey(tokens.get(article))) {
                starts.add(article); // "i'm beatriz carvalho vice president of operations": the title right after the name
            }
        }
        // "i'm a tier five interview adviser" when the resume holds that certificate, "i'm a certified
        // passivhaus designer": a credential held, not the job
        List<int[]> credentials = intro.resume().certificates().stream().flatMap(c -> ResumeWords.find(intro, c).stream()).toList();
        for (int start : starts.stream().distinct().sorted().toList()) {
            int end = titleEnd(tokens, start);
            if (end <= start || mentioned.stream().anyMatch(m -> m[0] <= start && start < m[1])
                    || CredentialClaims.CREDENTIAL_WORDS.contains(tokens.get(start)) || credentials.stream().anyMatch(c -> c[0] <= start && start < c[1])) {
                continue;
            }
            claims.add(ClaimFinder.claim(intro, Claim.Kind.TITLE, start, end, null));
        }
    }

    /** A claimed title runs to its profession word ("senior product designer", "director of marketing"), or three words without one. */
    private static int titleEnd(List<String> tokens, int start) {
        int limit = Math.min(tokens.size(), start + 4);
        for (int i = start; i < limit; i++) {
            if (ClaimFinder.isProfession(tokens.get(i)) && !(i + 2 < tokens.size() && tokens.get(i + 1).equals("of"))) {
                int end = i + 1;
                for (List<String> tail : TITLE_TAILS) {
                    if (end + tail.size() <= tokens.size() && tokens.subList(end, end + tail.size()).equals(tail)) {
                        return end + tail.size(); // "editor in chief"
                    }
                }
                while (end < tokens.size() && end < start + 5 && (ClaimFinder.isProfession(tokens.get(end)) || ClaimFinder.SENIORITY.containsKey(tokens.get(end)))) {
                    end++;
                }
                return end;
            }
            if (i + 2 < tokens.size() && ClaimFinder.SENIORITY.containsKey(tokens.get(i)) && tokens.get(i + 1).equals("of")) {
                return i + 3;
            }
            if (i > start && (ResumeWords.STOP.contains(tokens.get(i)) || Spans.CLAUSE_START.contains(tokens.get(i)))) {
                return i;
            }
        }
        return Math.min(tokens.size(), start + 3);
    }

}
