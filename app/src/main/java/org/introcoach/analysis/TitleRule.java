package org.introcoach.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.introcoach.resume.Job;

/**
 * The title claimed is one the resume shows: the same profession (a nurse is not an engineer;
 * a developer is an engineer), and no higher on the seniority ladder ({@code seniority.txt}:
 * intern < junior < mid < senior < staff/lead/principal < manager < director < VP) than any
 * resume title. A title wanted next ("i want to become a senior engineer") is not a claim.
 */
final class TitleRule implements Rule {
    /** A title without a seniority word sits in the middle of the ladder ("Software Engineer"). */
    static final int UNMARKED_RANK = 2;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<String> titles = intro.resume().work().stream().map(Job::title).filter(t -> !t.isBlank()).toList();
        if (titles.isEmpty()) {
            return;
        }
        List<Claim> claims = verdict.claims.of(Claim.Kind.TITLE);
        Optional<Claim> matched = claims.stream().filter(Claim::matchesResume).findFirst();
        matched.ifPresent(claim -> verdict.match(new ResumeMatch("role", claim.resumeValue(), claim.heard(), ResumeMatch.Status.MATCHED,
                intro.start(claim.from()))));
        int resumeRank = titles.stream().mapToInt(TitleRule::rank).max().orElse(UNMARKED_RANK);
        Set<String> resumeProfessions = new HashSet<>();
        titles.forEach(title -> resumeProfessions.addAll(professions(ResumeWords.tokens(title))));
        String current = intro.facts().mostRecentJob().map(Job::title).filter(t -> !t.isBlank()).orElse(titles.get(0));
        for (Claim claim : claims) {
            if (claim.matchesResume() || claim.stance() == Claim.Stance.WANTED) {
                continue;
            }
            List<String> words = intro.tokens().subList(claim.from(), claim.to());
            OptionalInt claimedRank = seniority(words);
            Set<String> claimedProfessions = professions(words);
            int sameWorkRank = titles.stream().filter(title -> claimedProfessions.isEmpty()
                    || professions(ResumeWords.tokens(title)).stream().anyMatch(p -> compatible(p, claimedProfessions)))
                    .mapToInt(TitleRule::rank).max().orElse(resumeRank);
            boolean inflated = claimedRank.isPresent() && claimedRank.getAsInt() > sameWorkRank;
            boolean otherProfession = !claimedProfessions.isEmpty() && !resumeProfessions.isEmpty()
                    && claimedProfessions.stream().noneMatch(p -> compatible(p, resumeProfessions));
            if (inflated || otherProfession) {
                Contradictions.record(intro, verdict, claim, "role", current, FindingCode.ROLE_MISMATCH,
                        "You described your role as \"%s\", but your resume says %s. Claim the title you can show; describe the scope instead.");
                return;
            }
        }
        if (matched.isEmpty()) {
            verdict.match(new ResumeMatch("role", current, null, ResumeMatch.Status.MISSING, null));
        }
    }

    /** The highest rung named in a title, or the middle rung when it names none. */
    static int rank(String title) {
        return seniority(ResumeWords.tokens(title)).orElse(UNMARKED_RANK);
    }

    static OptionalInt seniority(List<String> words) {
        return words.stream().filter(ClaimFinder.SENIORITY::containsKey)
                .mapToInt(word -> Integer.parseInt(ClaimFinder.SENIORITY.get(word).get(0))).max();
    }

    /** The profession words of a title ("engineer" of "senior backend engineer"). */
    static Set<String> professions(List<String> words) {
        Set<String> found = new HashSet<>();
        for (String word : words) {
            if (ClaimFinder.isProfession(word) && !ClaimFinder.SENIORITY.containsKey(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The same profession or one the lexicon says names the same work. */
    private static boolean compatible(String claimed, Set<String> resumeProfessions) {
        Map<String, List<String>> professions = ClaimFinder.PROFESSIONS;
        return resumeProfessions.contains(claimed)
                || resumeProfessions.stream().anyMatch(p -> professions.getOrDefault(p, List.of()).contains(claimed)
                        || professions.getOrDefault(claimed, List.of()).contains(p));
    }
}
