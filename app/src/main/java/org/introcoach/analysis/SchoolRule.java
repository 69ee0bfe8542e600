package org.introcoach.analysis;

import java.util.List;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Education;

/** Every school the speaker says they studied at is on the resume (in full or a short form), and a graduation year said agrees. */
final class SchoolRule implements Rule {
    /** A year said this close after "graduated" is the graduation year; others are other events. */
    static final int GRADUATION_YEAR_WORDS = 8;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Education> schools = intro.resume().education();
        if (schools.isEmpty()) {
            return;
        }
        List<Claim> claims = verdict.claims.of(Claim.Kind.SCHOOL);
        boolean matched = false;
        for (Claim claim : claims) {
            if (claim.matchesResume() && !matched) {
                verdict.match(new ResumeMatch("school", claim.resumeValue(), claim.heard(), ResumeMatch.Status.MATCHED, intro.start(claim.from())));
                schools.stream().filter(s -> s.institution().equals(claim.resumeValue())).findFirst()
                        .ifPresent(school -> graduationYear(intro, verdict, school, claim));
                matched = true;
            }
        }
        String resumeSchool = intro.facts().mostRelevantEducation().map(Education::institution).orElse(schools.get(0).institution());
        boolean claimed = false;
        for (Claim claim : claims) {
            List<String> heard = intro.tokens().subList(claim.from(), claim.to());
            if (claim.matchesResume() || ResumeWords.GENERIC_NAME_WORDS.containsAll(heard) || ResumeWords.isKnownName(intro, new int[] {claim.from(), claim.to()}, false)
                    && !Contradictions.substitutesNameWord(intro, claim)
                    || claim.stance() == Claim.Stance.WANTED || intro.phraseAt(claim.from()).section() == IntroSection.MOTIVATION) {
                continue;
            }
            claimed = true;
            Contradictions.record(intro, verdict, claim, "school", resumeSchool, FindingCode.SCHOOL_MISMATCH,
                    "You said you studied at \"%s\", but your resume lists %s. Name the school on your resume, or add this one to it.");
        }
        if (!matched && !claimed) {
            verdict.match(new ResumeMatch("school", resumeSchool, null, ResumeMatch.Status.MISSING, null));
        }
    }

    private static void graduationYear(Intro intro, Verdict verdict, Education school, Claim claim) {
        if (school.dates().end() == null) {
            return;
        }
        Phrase phrase = intro.phraseAt(claim.from());
        if (!phrase.text().contains("graduat")) {
            return;
        }
        int graduated = phrase.tokens().indexOf(phrase.tokens().stream().filter(w -> w.startsWith("graduat")).findFirst().orElse(""));
        for (SpokenNumbers.Spoken number : SpokenNumbers.find(phrase.tokens())) {
            if (!number.year() || graduated < 0 || number.from() < graduated || number.from() - graduated > GRADUATION_YEAR_WORDS) {
                continue;
            }
            int said = number.value();
            int from = phrase.from() + number.from();
            int to = phrase.from() + number.to();
            if (Math.abs(said - school.dates().end().getYear()) > 1 && intro.confidence(from, to) >= Claims.CONFIDENT) {
                verdict.add(Finding.of(FindingCode.SCHOOL_MISMATCH, Severity.WARNING, "You said %d, but your resume has %s ending in %d. Check which is right."
                        .formatted(said, school.institution(), school.dates().end().getYear()))
                        .quoting(intro.quote(from, to), intro.start(from), intro.end(to - 1)).about("school"));
            }
        }
    }
}
