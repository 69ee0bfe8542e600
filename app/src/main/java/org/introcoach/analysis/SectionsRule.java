package org.introcoach.analysis;

import java.util.List;
import org.introcoach.draft.IntroSection;

/** An intro says who the speaker is and gives some background (education or work). */
final class SectionsRule implements Rule {
    /** An opening heard at under 0.8 mean confidence may hold a name the recogniser mangled. */
    static final double OPENING_CONFIDENCE = 0.8;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Phrase> phrases = intro.phrases();
        if (phrases.isEmpty()) {
            return;
        }
        boolean saidWho = verdict.claims.all().stream().anyMatch(c -> c.kind() == Claim.Kind.NAME
                || c.kind() == Claim.Kind.TITLE && c.stance() == Claim.Stance.NOW);
        // a greeting and thanks, however the categorizer filed them, say nothing of who is speaking: only a name or a role does
        if (!saidWho) {
            Phrase opening = phrases.get(0);
            boolean heardPoorly = intro.confidence(opening.from(), Math.min(opening.to(), opening.from() + 6)) < OPENING_CONFIDENCE;
            verdict.add(heardPoorly
                    ? Finding.of(FindingCode.MISSING_SECTION, Severity.INFO, "Could not confirm who you said you are: the opening was hard to recognise.").at(opening)
                    : Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM,
                            "You never said who you are. Open with your name and what you do, in one sentence.").inSection("identity"));
        }
        boolean namedBackground = verdict.claims.all().stream().anyMatch(c -> (c.kind() == Claim.Kind.EMPLOYER || c.kind() == Claim.Kind.SCHOOL)
                && (c.matchesResume() || c.confident()) && c.stance() != Claim.Stance.WANTED
                || c.kind() == Claim.Kind.TITLE && c.stance() == Claim.Stance.BEFORE
                || c.kind() == Claim.Kind.YEARS && c.stance() != Claim.Stance.WANTED && intro.phraseAt(c.from()).section() != IntroSection.MOTIVATION
                        && !YearsRule.CAREER_BREAK.matcher(intro.phraseAt(c.from()).text()).find());
        // what the speaker likes and is good at, however the categorizer filed it, is not background: only what says so in words is
        boolean saidBackground = phrases.stream().anyMatch(p -> p.section() == IntroSection.EXPERIENCE && SectionTagger.cued(p, IntroSection.EXPERIENCE)
                || p.section() == IntroSection.EDUCATION && SectionTagger.cued(p, IntroSection.EDUCATION));
        if (!saidBackground && !namedBackground) {
            verdict.add(Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM,
                    "You gave no background: say what you studied or where you have worked before what you want.").inSection("experience"));
        }
    }
}
