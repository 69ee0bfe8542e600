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
            List<String> words = intro.tokens().subList(claim.from(), claim.to());
            if (claim.stance() != Claim.Stance.WANTED && RankLadders.above(words, titles)) {
                Contradictions.record(intro, verdict, claim, "role", current, FindingCode.ROLE_MISMATCH,
                        "You described your role as \"%s\", but your resume says %s. Claim the rank you hold; describe the scope instead.");
                return;
            }
            if (claim.matchesResume() || claim.stance() == Claim.Stance.WANTED || backedByAHighlight(intro, words) || trainedAs(intro, words)) {
                continue;
            }
            OptionalInt claimedRank = seniority(words);
            Set<String> claimedProfessions = professions(words);
            List<String> thereTitles = titlesAtTheEmployerNamed(intro, verdict, claim);
            int sameWorkRank = (thereTitles.isEmpty() ? titles : thereTitles).stream().filter(title -> claimedProfessions.isEmpty()
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

    /** Words between a title and the employer it is held at ("manager at calloway foods", "nurse with the royal free"). */
    private static final int TITLE_TO_EMPLOYER = 3;

    /**
     * "the h r manager at calloway foods" where the resume has HR Assistant at Calloway Foods: a title
     * said with a resume employer is compared with the titles held there, not with the best title
     * held anywhere (a restaurant's general manager is no HR manager).
     */
    private static List<String> titlesAtTheEmployerNamed(Intro intro, Verdict verdict, Claim title) {
        return verdict.claims.of(Claim.Kind.EMPLOYER).stream()
                .filter(c -> c.matchesResume() && c.from() >= title.to() && c.from() <= title.to() + TITLE_TO_EMPLOYER).findFirst()
                .map(employer -> intro.resume().work().stream().filter(job -> job.employer().equals(employer.resumeValue()))
                        .map(Job::title).filter(t -> !t.isBlank()).toList())
                .orElse(List.of());
    }

    /**
     * A role the resume names as what the speaker was on a piece of work ("Lead hand for a crew of
     * 4", "Lead analyst for the public works budgets"): a highlight that opens with the claimed words.
     */
    static boolean backedByAHighlight(Intro intro, List<String> claimed) {
        List<String> words = claimed.stream().dropWhile(ARTICLES::contains).toList();
        if (words.isEmpty()) {
            return false;
        }
        return intro.resume().work().stream().flatMap(job -> job.highlights().stream()).map(ResumeWords::tokens)
                .anyMatch(highlight -> highlight.size() >= words.size() && highlight.subList(0, words.size()).equals(words));
    }

    /**
     * A profession the speaker is by training ("academically i'm a statistician", "an architect by
     * training"): the field of a resume degree names it (Statistics and Machine Learning).
     */
    static boolean trainedAs(Intro intro, List<String> claimed) {
        List<String> professions = new java.util.ArrayList<>(professions(claimed));
        if (professions.isEmpty() || seniority(claimed).isPresent()) {
            return false;
        }
        List<String> fields = intro.resume().education().stream()
                .flatMap(school -> java.util.stream.Stream.concat(ResumeWords.tokens(school.field()).stream(), ResumeWords.tokens(school.degree()).stream()))
                .filter(word -> word.length() >= TRAINED_PREFIX).toList();
        return professions.stream().allMatch(p -> p.length() >= TRAINED_PREFIX
                && fields.stream().anyMatch(field -> field.regionMatches(0, p, 0, TRAINED_PREFIX + 1)));
    }

    /** Letters a profession and its field share at the start ("statis" of statistician and statistics, "archit"). */
    private static final int TRAINED_PREFIX = 5;
    private static final Set<String> ARTICLES = Lexicon.words("articles");
    /** Phrases whose rank word is no rank ("crew chief" is a hands-on technician's role). */
    private static final List<List<String>> NOT_A_RANK = Lexicon.words("not-a-rank").stream().map(p -> List.of(p.split(" "))).toList();

    /** The highest rung named in a title, or the middle rung when it names none. */
    static int rank(String title) {
        return seniority(ResumeWords.tokens(title)).orElse(UNMARKED_RANK);
    }

    static OptionalInt seniority(List<String> words) {
        List<String> ranked = new java.util.ArrayList<>(words);
        for (List<String> phrase : NOT_A_RANK) {
            int at = java.util.Collections.indexOfSubList(ranked, phrase);
            if (at >= 0) {
                ranked.subList(at, at + phrase.size()).clear();
            }
        }
        return ranked.stream().filter(ClaimFinder.SENIORITY::containsKey)
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
