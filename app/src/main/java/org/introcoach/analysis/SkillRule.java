package org.introcoach.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.introcoach.resume.Matching;

/** Skills claimed are on the resume (in any of its sections, in any spoken variant), and at least one resume skill is said. */
final class SkillRule implements Rule {
    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<String> skills = SkillClaims.resumeSkills(intro.resume());
        List<Claim> claims = verdict.claims.of(Claim.Kind.SKILL);
        int mentioned = 0;
        for (String skill : skills) {
            Claim said = claims.stream().filter(c -> skill.equals(c.resumeValue())).findFirst().orElse(null);
            if (said != null) {
                mentioned++;
                verdict.match(new ResumeMatch("skill", skill, said.heard(), ResumeMatch.Status.MATCHED, intro.start(said.from())));
            }
        }
        String resumeText = Matching.normalise(ResumeWords.text(intro.resume()));
        for (Claim claim : claims) {
            if (claim.matchesResume()) {
                continue;
            }
            List<String> words = new java.util.ArrayList<>();
            for (int i = claim.from(); i < claim.to(); i++) {
                if (!ResumeWords.STOP.contains(intro.tokens().get(i)) || Spans.spelledLetter(intro.tokens(), i)) {
                    words.add(intro.tokens().get(i));
                }
            }
            if (supported(words, resumeText)) {
                continue;
            }
            if (!claim.confident()) {
                verdict.match(new ResumeMatch("skill", null, claim.heard(), ResumeMatch.Status.UNSURE, intro.start(claim.from())));
                continue;
            }
            verdict.match(new ResumeMatch("skill", null, claim.heard(), ResumeMatch.Status.CONTRADICTED, intro.start(claim.from())));
            verdict.add(Finding.of(FindingCode.SKILL_NOT_ON_RESUME, Severity.WARNING,
                    "You claimed \"%s\", which your resume does not show. Add evidence of it to your resume, or lead with a skill it does show."
                            .formatted(claim.heard()))
                    .quoting(claim.heard(), intro.start(claim.from()), intro.end(claim.to() - 1)).about("skill"));
        }
        if (mentioned == 0 && familyNamed(intro, skills)) {
            mentioned++;
        }
        if (mentioned == 0 && !skills.isEmpty()) {
            String top = skills.stream().limit(3).collect(Collectors.joining(", "));
            verdict.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You named none of the skills on your resume (%s). Name the one or two that fit this role.".formatted(top)).about("skill"));
            verdict.match(new ResumeMatch("skill", skills.get(0), null, ResumeMatch.Status.MISSING, null));
        }
    }

    /** Whether the speaker named the family of a resume skill ("cad" for SolidWorks). */
    private static boolean familyNamed(Intro intro, List<String> skills) {
        String said = " " + String.join(" ", intro.tokens()) + " ";
        return FAMILIES.entrySet().stream().anyMatch(family -> said.contains(" " + family.getKey() + " ")
                && skills.stream().anyMatch(skill -> family.getValue().contains(skill.toLowerCase(java.util.Locale.ROOT))));
    }

    private static final java.util.Map<String, List<String>> FAMILIES = Lexicon.mapping("skill-families");

    /** Every word of the claim appears somewhere on the resume, or a variant of a skill it names does. */
    private static boolean supported(List<String> spoken, String resumeText) {
        List<String> words = List.of(Spans.joinLetters(spoken).split(" "));
        List<String> resumeWords = Arrays.asList(resumeText.toLowerCase(java.util.Locale.ROOT).split(" "));
        if (words.stream().allMatch(word -> word.length() <= 2 || resumeWords.stream().anyMatch(r -> SoundsAlike.words(word, r)))) {
            return true;
        }
        return SkillClaims.canonical(String.join(" ", words))
                .map(canonical -> resumeText.toLowerCase(java.util.Locale.ROOT).contains(Matching.normalise(canonical).toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
    }
}
