package org.introcoach.analysis;

import java.util.List;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Job;

/**
 * Every organisation the speaker says they work or worked at is on the resume, and the current job
 * is said. One wrong fact is one finding: an employer contradicted is not also an employer unsaid.
 */
final class EmployerRule implements Rule {
    /** An internal transfer is judged by people of the same employer: leaving its name out is no gap. */
    static final String SAME_EMPLOYER_TEMPLATE = "internal-transfer";
    private static final java.util.Set<String> EMPLOYER_SLOT = Lexicon.words("employer-slot");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Job> jobs = intro.resume().work();
        if (jobs.isEmpty()) {
            return;
        }
        Job recent = intro.facts().mostRecentJob().orElse(jobs.get(0));
        List<Claim> claims = verdict.claims.of(Claim.Kind.EMPLOYER);
        boolean anyMatched = false;
        for (Job job : jobs) {
            Claim said = claims.stream().filter(c -> job.employer().equals(c.resumeValue())).findFirst().orElse(null);
            if (said != null) {
                boolean clear = said.confident() || ResumeWords.find(intro, job.employer()).isPresent();
                verdict.match(new ResumeMatch("employer", job.employer(), said.heard(),
                        clear ? ResumeMatch.Status.MATCHED : ResumeMatch.Status.UNSURE, intro.start(said.from())));
                anyMatched = true;
            } else if (job == recent) {
                verdict.match(new ResumeMatch("employer", job.employer(), null, ResumeMatch.Status.MISSING, null));
            }
        }
        boolean contradicted = false;
        List<String> resumeWords = ResumeWords.tokens(ResumeWords.text(intro.resume()));
        for (Claim claim : claims) {
            List<String> heard = intro.tokens().subList(claim.from(), claim.to());
            if (claim.matchesResume() || claim.stance() == Claim.Stance.WANTED
                    || intro.phraseAt(claim.from()).section() == IntroSection.MOTIVATION
                    || heard.stream().allMatch(w -> ResumeWords.GENERIC_NAME_WORDS.contains(w) || ResumeWords.STOP.contains(w))
                    || ResumeWords.isKnownName(intro, new int[] {claim.from(), claim.to()}) && !Contradictions.namesAnotherOrganisation(intro, claim)
                    && !Contradictions.substitutesNameWord(intro, claim) || partOfAResumeEmployer(intro, claims, claim) || namedOnTheResume(resumeWords, heard)) {
                continue;
            }
            Contradictions.record(intro, verdict, claim, "employer", recent.employer(), FindingCode.EMPLOYER_MISMATCH,
                    "You named \"%s\" as an employer, but your resume lists %s. Say the employers your resume shows, or add this one.");
            contradicted |= claim.confident();
            anyMatched |= !claim.confident();
        }
        if (contradicted) {
            verdict.matches.removeIf(m -> m.field().equals("employer") && m.status() == ResumeMatch.Status.MISSING);
        }
        if (contradicted || intro.template().map(t -> t.id().equals(SAME_EMPLOYER_TEMPLATE)).orElse(false)) {
            return;
        }
        boolean recentSaid = verdict.matches.stream().anyMatch(m -> m.field().equals("employer") && recent.employer().equals(m.resume())
                && m.status() != ResumeMatch.Status.MISSING) || !recent.title().isBlank() && ResumeWords.find(intro, recent.title()).filter(span -> heldNotWanted(intro, span)).isPresent()
                || selfEmployedSaid(intro, recent);
        if (isStudentJob(recent)) {
            return;
        }
        if (!anyMatched && intro.facts().totalYears() >= 1 && employerSlotHeardPoorly(intro)) {
            verdict.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.INFO,
                    "Could not confirm that you named %s: the words where an employer would be were hard to recognise.".formatted(recent.employer()))
                    .about("employer"));
        } else if (!anyMatched && intro.facts().totalYears() >= 1) {
            verdict.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You did not name %s, where you work%s as %s. Your employer is the first thing an interviewer checks: say it."
                            .formatted(recent.employer(), recent.dates().ongoing() ? "" : "ed", recent.title()))
                    .about("employer"));
        } else if (!recentSaid && recent.dates().ongoing() && jobs.size() > 1) {
            verdict.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You spoke of earlier work but not of your current job, %s at %s. What you do now is what an interviewer asks about first: say it."
                            .formatted(recent.title(), recent.employer()))
                    .about("employer"));
        }
    }

    /**
     * "at stockholm arlanda for l f v", "at ginrei the french restaurant of hotel seiryu": a place
     * named just before "for" or "of" and a resume employer is a site or unit of that employer.
     */
    private static boolean partOfAResumeEmployer(Intro intro, List<Claim> claims, Claim claim) {
        return claims.stream().filter(Claim::matchesResume).anyMatch(employer -> employer.from() > claim.to()
                && employer.from() - claim.to() <= PART_OF_WORDS && intro.phraseAt(employer.from()).equals(intro.phraseAt(claim.from()))
                && PART_OF.contains(intro.tokens().get(employer.from() - 1)));
    }

    /**
     * "on placement at the queen elizabeth" where a resume line says "at the Queen Elizabeth University
     * Hospital": an organisation the resume itself names (a placement, a client, a site) is on it.
     */
    private static boolean namedOnTheResume(List<String> resumeWords, List<String> heard) {
        List<String> named = heard.stream().dropWhile(w -> ResumeWords.STOP.contains(w)).toList();
        return !named.isEmpty() && java.util.Collections.indexOfSubList(resumeWords, named) >= 0;
    }

    /** Words, at most, between a site and the employer it belongs to ("the french restaurant of": an appositive of a few words, as in holdout-15). */
    private static final int PART_OF_WORDS = 5;
    private static final java.util.Set<String> PART_OF = Lexicon.words("site-of");

    /**
     * "i am moving from teaching to customer success": the current job's title said as where the
     * speaker is going, not as what they do, does not name the current job.
     */
    private static boolean heldNotWanted(Intro intro, int[] span) {
        IntroSection section = intro.phraseAt(span[0]).section();
        return section != IntroSection.MOTIVATION && section != IntroSection.TRANSITION;
    }

    /** "since then i've been freelancing": a job the resume gives as self-employment is named by saying so. */
    private static boolean selfEmployedSaid(Intro intro, Job job) {
        List<String> described = new java.util.ArrayList<>(ResumeWords.tokens(job.employer()));
        described.addAll(ResumeWords.tokens(job.title()));
        return described.stream().anyMatch(SELF_EMPLOYED::contains) && intro.tokens().stream().anyMatch(SELF_EMPLOYED::contains);
    }

    private static final java.util.Set<String> SELF_EMPLOYED = Lexicon.words("self-employed-words");

    /** A job held as a student ("Student Prototyping Instructor", "Teaching Assistant"): not the job an interviewer asks about first. */
    static boolean isStudentJob(Job job) {
        return STUDENT_ROLES.matcher(String.join(" ", ResumeWords.tokens(job.title()))).find();
    }

    private static final java.util.regex.Pattern STUDENT_ROLES = Lexicon.anywhere("student-role-words");

    /**
     * "here at at last the and on the gear on voting team": "at" followed by words heard with low
     * confidence is where a name the recogniser does not know (Atlassian) was probably said.
     */
    private static boolean employerSlotHeardPoorly(Intro intro) {
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!EMPLOYER_SLOT.contains(tokens.get(i))) {
                continue;
            }
            IntroSection section = intro.phraseAt(i).section();
            if (section != IntroSection.MOTIVATION && section != IntroSection.EDUCATION && Spans.followedByDoubtfulWords(intro, i + 1, 3)) {
                return true;
            }
        }
        return false;
    }
}
