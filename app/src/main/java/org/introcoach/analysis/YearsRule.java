package org.introcoach.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Job;
import org.introcoach.resume.ResumeFacts;

/**
 * Years of experience said agree with the resume's dates: overall, over a run of consecutive jobs
 * ("ten years as a chef" may be two kitchens in a row), or at the employers named right after
 * ("nine years at booking dot com and yandex").
 */
final class YearsRule implements Rule {
    /** A stated number of years may differ from the resume by a year, or 15% of a long career. */
    static final double YEARS_TOLERANCE_FRACTION = 0.15;
    /** Words between fronted years and the clause they open: "for twelve years (now) i've ...". */
    private static final java.util.Set<String> OPENED_CLAUSE_LEAD = Lexicon.words("opened-clause-lead");
    private static final java.util.Set<String> SUBJECTS = Lexicon.words("subject-pronouns");
    /** Years said in a sentence about study ("a certificate over eight months of evenings") are not experience. */
    private static final java.util.regex.Pattern EDUCATION = Lexicon.anywhere("section-education-cues");
    /** Years away from work ("stepped away for four years to raise my children") are not experience. */
    static final java.util.regex.Pattern CAREER_BREAK = Lexicon.anywhere("career-break-cues");
    /** How far into the opened clause the employer may be named (a clause of about a dozen words). */
    private static final int OPENED_CLAUSE_WORDS = 14;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        ResumeFacts facts = intro.facts();
        if (facts.totalYears() <= 0) {
            return;
        }
        String resumeYears = Durations.spoken(facts.totalYears()) + " in total";
        boolean said = false;
        for (Claim claim : verdict.claims.of(Claim.Kind.YEARS)) {
            List<Job> employers = employersNamedAfter(intro, claim.to());
            boolean namedAfter = !employers.isEmpty();
            if (employers.isEmpty()) {
                employers = employerTheClauseIsAbout(intro, verdict, claim);
            }
            if ((intro.phraseAt(claim.from()).section() == IntroSection.EDUCATION || EDUCATION.matcher(intro.phraseAt(claim.from()).text()).find())
                    && employers.isEmpty() || CAREER_BREAK.matcher(intro.phraseAt(claim.from()).text()).find() || timeframeOfAResult(intro, verdict, claim)) {
                continue;
            }
            said = true;
            double value = claim.unit().equals("months") ? claim.number() / 12.0 : claim.number();
            double atEmployer = employers.stream().map(Job::employer).distinct().mapToDouble(name -> yearsAt(facts, name)).sum();
            boolean fits = !employers.isEmpty() ? Math.abs(value - atEmployer) <= tolerance(atEmployer) || fitsOnePost(value, facts, employers)
                    : Math.abs(value - facts.totalYears()) <= tolerance(facts.totalYears()) || fitsAStretchOfJobs(value, facts.roles());
            Double start = intro.start(claim.from());
            if (fits) {
                verdict.match(new ResumeMatch("years", resumeYears, claim.heard(), ResumeMatch.Status.MATCHED, start));
            } else if (!claim.confident() || namedAfter && namedDoubtfully(intro, claim.to(), employers)) {
                verdict.match(new ResumeMatch("years", resumeYears, claim.heard(), ResumeMatch.Status.UNSURE, start));
            } else {
                verdict.match(new ResumeMatch("years", resumeYears, claim.heard(), ResumeMatch.Status.CONTRADICTED, start));
                double supported = !employers.isEmpty() ? atEmployer : facts.totalYears();
                boolean inflated = value > supported;
                String resumeSays = !employers.isEmpty()
                        ? "your resume has %s at %s".formatted(Durations.spoken(atEmployer),
                                employers.stream().map(Job::employer).distinct().collect(Collectors.joining(" and ")))
                        : "your resume adds up to %s (%s)".formatted(Durations.spoken(facts.totalYears()), rolesSummary(facts));
                verdict.add(Finding.of(FindingCode.EXPERIENCE_YEARS_MISMATCH, inflated ? Severity.PROBLEM : Severity.WARNING,
                        "You said %s, but %s. %s".formatted(claim.heard(), resumeSays,
                                inflated ? "An interviewer will do the sum: say the number your dates support." : "Give yourself credit: say the full figure."))
                        .quoting(claim.heard(), start, intro.end(claim.to() - 1)).about("years"));
            }
        }
        if (!said) {
            verdict.match(new ResumeMatch("years", resumeYears, null, ResumeMatch.Status.MISSING, null));
        }
    }

    /**
     * "cut pressure injuries by forty one percent over two years", "over three years we brought the
     * loss ratio down from sixty eight to fifty two percent": years said as the time a result took,
     * after it or opening its clause, are no claim of experience.
     */
    private static boolean timeframeOfAResult(Intro intro, Verdict verdict, Claim claim) {
        if (claim.from() > 0 && DURATION_VERBS.contains(intro.tokens().get(claim.from() - 1))) {
            return true; // "it took two years of simulation"
        }
        if (claim.from() == 0 || !TIMEFRAME_WORDS.contains(intro.tokens().get(claim.from() - 1))) {
            return false;
        }
        Phrase phrase = intro.phraseAt(claim.from());
        boolean fronted = claim.from() == phrase.from() + 1 && claim.to() < phrase.to() && SUBJECTS.contains(intro.tokens().get(claim.to()));
        return verdict.claims.of(Claim.Kind.QUANTITY).stream().anyMatch(q -> q.from() >= phrase.from() && q.to() <= claim.from()
                || fronted && q.from() >= claim.to() && q.to() <= phrase.to() && !q.unit().equals("years"));
    }

    private static final java.util.Set<String> TIMEFRAME_WORDS = Lexicon.words("timeframe-words");
    private static final java.util.Set<String> DURATION_VERBS = Lexicon.words("duration-verbs");

    /** Whether the years fit one job or a run of consecutive ones. */
    private static boolean fitsAStretchOfJobs(double value, List<ResumeFacts.RoleYears> roles) {
        for (int from = 0; from < roles.size(); from++) {
            double years = 0;
            for (int to = from; to < roles.size(); to++) {
                years += roles.get(to).years();
                if (Math.abs(value - years) <= tolerance(years)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The resume jobs the years are said of: named right after them ("seven years at lakeside high
     * school"), or, when the years open the clause, in the clause they open ("for twelve years i
     * covered city hall as a reporter at the harbour gazette").
     */
    private static List<Job> employersNamedAfter(Intro intro, int index) {
        List<String> tokens = intro.tokens();
        if (index >= tokens.size() || intro.phraseAt(index).from() != intro.phraseAt(index - 1).from()) {
            return List.of();
        }
        if (!ClaimFinder.EMPLOYER_PREPOSITIONS.contains(tokens.get(index))) {
            int clause = index;
            while (clause < tokens.size() && OPENED_CLAUSE_LEAD.contains(tokens.get(clause))) {
                clause++;
            }
            if (clause == index || !SUBJECTS.contains(tokens.get(clause - 1))) {
                return List.of();
            }
            int phraseEnd = intro.phraseAt(index).to();
            for (int i = clause; i < Math.min(phraseEnd, clause + OPENED_CLAUSE_WORDS); i++) {
                if (Spans.CLAUSE_START.contains(tokens.get(i)) && !ClaimFinder.EMPLOYER_PREPOSITIONS.contains(tokens.get(i))
                        && !tokens.get(i).equals("as")) {
                    return List.of();
                }
                if (ClaimFinder.EMPLOYER_PREPOSITIONS.contains(tokens.get(i)) && i + 1 < phraseEnd) {
                    List<Job> named = employersNamedAfter(intro, i);
                    if (!named.isEmpty()) {
                        return named;
                    }
                }
            }
            return List.of();
        }
        if (index + 1 >= tokens.size()) {
            return List.of();
        }
        int end = index + 1;
        while (end < Math.min(tokens.size(), index + 9) && (tokens.get(end).equals("and") || !Spans.CLAUSE_START.contains(tokens.get(end)))) {
            end++;
        }
        List<String> named = tokens.subList(index + 1, end);
        return intro.resume().work().stream().filter(job -> {
            List<String> distinctive = ResumeWords.distinctive(job.employer());
            return !distinctive.isEmpty() && named.stream().anyMatch(word -> SoundsAlike.words(word, distinctive.get(0)));
        }).toList();
    }

    /**
     * "here at halcyon where i've been for seven years": years said in a clause that opens with
     * "where" right after an employer of the resume are years at that employer; so are years that
     * open a sentence about the one before ("at baltic skylines since twenty nineteen | that's seven
     * years now"), at the last resume employer it named.
     */
    private static List<Job> employerTheClauseIsAbout(Intro intro, Verdict verdict, Claim claim) {
        Phrase phrase = intro.phraseAt(claim.from());
        String lead = String.join(" ", intro.tokens().subList(phrase.from(), claim.from()));
        java.util.regex.Matcher opener = REFERS_BACK.matcher(lead);
        if (phrase.from() > 0 && opener.find() && java.util.Arrays.stream(lead.substring(opener.end()).strip().split(" "))
                .allMatch(word -> word.isEmpty() || NUMBER_HEDGES.contains(word))) {
            Phrase before = intro.phraseAt(phrase.from() - 1);
            return verdict.claims.of(Claim.Kind.EMPLOYER).stream().filter(c -> c.resumeValue() != null && c.from() >= before.from() && c.to() <= before.to())
                    .reduce((first, second) -> second).stream()
                    .flatMap(c -> intro.resume().work().stream().filter(job -> job.employer().equals(c.resumeValue()))).distinct().toList();
        }
        for (int i = claim.from() - 1; i >= Math.max(0, claim.from() - OPENED_CLAUSE_WORDS / 2); i--) {
            if (RELATIVE.contains(intro.tokens().get(i))) {
                int where = i;
                return verdict.claims.of(Claim.Kind.EMPLOYER).stream().filter(c -> c.resumeValue() != null && c.to() <= where && c.to() >= where - 1)
                        .flatMap(c -> intro.resume().work().stream().filter(job -> job.employer().equals(c.resumeValue()))).distinct().toList();
            }
        }
        return List.of();
    }

    private static final java.util.Set<String> RELATIVE = Lexicon.words("relative-openers");
    /** "since twenty nineteen | this is almost twelve years now": the years are said of the sentence before. */
    private static final java.util.regex.Pattern REFERS_BACK = Lexicon.atStart("refers-back-openers");
    private static final java.util.Set<String> NUMBER_HEDGES = Lexicon.words("number-hedges");

    /**
     * Whether the employer the years are bound to may have been misheard: words heard poorly follow,
     * and the resume's name of that employer is not found among the words after all.
     */
    private static boolean namedDoubtfully(Intro intro, int index, List<Job> employers) {
        int end = Math.min(intro.tokens().size(), index + 9);
        if (employers.stream().anyMatch(job -> ResumeWords.find(intro, job.employer()).filter(span -> span[0] >= index && span[0] < end).isPresent())) {
            return false;
        }
        return index < end && intro.words().subList(index, end).stream().anyMatch(word -> word.confidence() < Claims.CONFIDENT);
    }

    /**
     * "shift supervisor here at crestline where i've been almost five years": years at an employer
     * where the speaker held several posts may be the years in one of them.
     */
    private static boolean fitsOnePost(double value, ResumeFacts facts, List<Job> employers) {
        return facts.roles().stream().filter(role -> employers.stream().anyMatch(job -> job.employer().equals(role.employer())))
                .anyMatch(role -> Math.abs(value - role.years()) <= tolerance(role.years()));
    }

    private static double yearsAt(ResumeFacts facts, String employer) {
        return facts.roles().stream().filter(role -> role.employer().equals(employer)).mapToDouble(ResumeFacts.RoleYears::years).sum();
    }

    static double tolerance(double years) {
        return Math.max(1.0, years * YEARS_TOLERANCE_FRACTION);
    }

    private static String rolesSummary(ResumeFacts facts) {
        return facts.roles().stream().limit(3).map(role -> "%s at %s".formatted(Durations.spoken(role.years()), role.employer()))
                .collect(Collectors.joining(", "));
    }

}
