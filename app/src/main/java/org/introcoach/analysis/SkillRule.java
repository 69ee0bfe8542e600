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
        // the speaker's own name is never a skill they claim ("park ji hoon": Hoon is also a language)
        String resumeText = Matching.normalise(intro.resume().name() + " " + ResumeWords.text(intro.resume()));
        for (Claim claim : claims) {
            if (claim.matchesResume()) {
                continue;
            }
            List<String> words = new java.util.ArrayList<>();
            for (int i = claim.from(); i < claim.to(); i++) {
                if ((!ResumeWords.STOP.contains(intro.tokens().get(i)) || Spans.spelledLetter(intro.tokens(), i))
                        && !CredentialClaims.CREDENTIAL_WORDS.contains(intro.tokens().get(i))) {
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
            // the resume does not list it: nothing on it says otherwise, so it is unbacked, not contradicted
            verdict.match(new ResumeMatch("skill", null, claim.heard(), ResumeMatch.Status.UNBACKED, intro.start(claim.from())));
            verdict.add(Finding.of(FindingCode.SKILL_NOT_ON_RESUME, Severity.WARNING,
                    "You claimed \"%s\", which your resume does not show. Add evidence of it to your resume, or lead with a skill it does show."
                            .formatted(claim.heard()))
                    .quoting(claim.heard(), intro.start(claim.from()), intro.end(claim.to() - 1)).about("skill"));
        }
        if (mentioned == 0 && (familyNamed(intro, skills) || skills.stream().anyMatch(skill -> touched(intro, skill)))) {
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
    private static final java.util.Set<String> OTHERS = Lexicon.words("others-possessives");
    /** Words shorter than this are too common to stand for a skill on their own. */
    private static final int TOUCHING_WORD_LETTERS = 5;

    /**
     * Whether the speaker spoke of a resume skill in their own words, enough that "you named none of
     * your skills" would be unfair: a distinctive word of it said as theirs, in any form ("carrying out
     * switching orders" for Switching and tagging, "three d printed" for 3D printing, "c n c mill" for
     * CNC machining), not of someone else ("your demand" is not Demand forecasting), and not a word of the speaker's
     * title ("research" is the field of a user researcher, not their Research operations).
     */
    static boolean touched(Intro intro, String skill) {
        List<String> tokens = intro.tokens();
        List<String> skillWords = ResumeWords.tokens(skill);
        String letters = " " + Spans.joinLetters(tokens) + " ";
        java.util.Set<String> titles = new java.util.HashSet<>(ResumeWords.tokens(intro.resume().headline()));
        intro.resume().work().forEach(job -> titles.addAll(ResumeWords.tokens(job.title())));
        java.util.Set<String> numbered = new java.util.HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            var number = SpokenNumbers.parse(tokens.get(i));
            if (number.isPresent() && tokens.get(i + 1).length() == 1) {
                numbered.add(number.getAsInt() + tokens.get(i + 1));
            }
        }
        for (String word : skillWords) {
            if (numbered.contains(word)) {
                return true;
            }
            boolean acronym = word.length() >= 2 && word.length() <= 4 && skill.contains(word.toUpperCase(java.util.Locale.ROOT))
                    && word.chars().allMatch(Character::isLetter);
            if (acronym && letters.contains(" " + word + " ") && !String.join(" ", tokens).contains(" " + word + " ")) {
                return true;
            }
            if (word.length() < TOUCHING_WORD_LETTERS || ResumeWords.STOP.contains(word) || Spans.EVERYDAY.contains(word) || titles.contains(word)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (stem(tokens.get(i)).equals(stem(word)) && intro.words().get(i).confidence() >= Claims.CONFIDENT
                        && !(i > 0 && OTHERS.contains(tokens.get(i - 1))) && !(i > 1 && OTHERS.contains(tokens.get(i - 2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word without its inflection: "switching", "switched" and "switch" are one. */
    static String stem(String word) {
        for (String ending : INFLECTIONS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static final List<String> INFLECTIONS = Lexicon.entries("inflections");

    /** Every word of the claim appears somewhere on the resume, or a variant of a skill it names does. */
    private static boolean supported(List<String> spoken, String resumeText) {
        List<String> words = List.of(Spans.joinLetters(spoken).split(" "));
        List<String> resumeWords = Arrays.asList(resumeText.toLowerCase(java.util.Locale.ROOT).split(" "));
        List<String> merged = new java.util.ArrayList<>(); // "open refine" for OpenRefine: a name the resume writes as one word
        for (int i = 0; i < words.size(); i++) {
            boolean joins = i + 1 < words.size() && resumeWords.contains(words.get(i) + words.get(i + 1));
            merged.add(joins ? words.get(i) + words.get(++i) : words.get(i));
        }
        if (merged.stream().allMatch(word -> word.length() <= 2 || resumeWords.stream().anyMatch(r -> SoundsAlike.words(word, r)))) {
            return true;
        }
        // "crowdstrike hunting" for CrowdStrike Falcon: the resume's own distinctive word, with everyday words or an activity of its use
        java.util.Set<String> resumeAndJoined = new java.util.HashSet<>(resumeWords);
        for (int i = 0; i + 1 < resumeWords.size(); i++) {
            resumeAndJoined.add(resumeWords.get(i) + resumeWords.get(i + 1));
        }
        boolean named = words.stream().anyMatch(word -> !Spans.EVERYDAY.contains(word) && word.length() > 3 && resumeAndJoined.contains(word));
        if (named && words.stream().allMatch(word -> word.length() <= 2 || resumeAndJoined.contains(word) || Spans.EVERYDAY.contains(word)
                || word.endsWith("ing"))) {
            return true;
        }
        return SkillClaims.canonical(String.join(" ", words))
                .map(canonical -> resumeText.toLowerCase(java.util.Locale.ROOT).contains(Matching.normalise(canonical).toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
    }
}
