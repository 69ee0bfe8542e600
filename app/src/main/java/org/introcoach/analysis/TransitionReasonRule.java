package org.introcoach.analysis;

import java.util.List;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/** A career changer (by template, by what they say, or by the resume's headline) explains why they are moving. */
final class TransitionReasonRule implements Rule {
    private static final Pattern REASON = Lexicon.anywhere("reason-cues");
    private static final Pattern CAREER_CHANGE = Lexicon.anywhere("career-change-cues");
    /** Only a move the speaker names makes them a career changer, not a phrase the categorizer guessed was one. */
    private static final Pattern TRANSITION_CUES = Lexicon.anywhere("section-transition-cues");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        if (!isCareerChange(intro)) {
            return;
        }
        List<Phrase> bridge = intro.in(IntroSection.TRANSITION);
        StringBuilder text = new StringBuilder();
        List<Phrase> phrases = intro.phrases();
        for (int i = 0; i < phrases.size(); i++) {
            if (phrases.get(i).section() == IntroSection.TRANSITION) {
                text.append(' ').append(phrases.get(i).text());
                if (i + 1 < phrases.size() && phrases.get(i + 1).section() != IntroSection.TRANSITION) {
                    text.append(' ').append(phrases.get(i + 1).text());
                }
            }
        }
        if (bridge.isEmpty()) {
            intro.in(IntroSection.MOTIVATION).forEach(p -> text.append(' ').append(p.text()));
        }
        if (bridge.isEmpty() || !REASON.matcher(text).find()) {
            Finding finding = Finding.of(FindingCode.NO_TRANSITION_REASON, Severity.PROBLEM, bridge.isEmpty()
                    ? "Your resume shows a change of field, but you did not explain it. Say what you are moving from, to what, and why, then the proof."
                    : "You said you are changing fields but not why. Give the reason in one sentence, then what you did to make the move real.");
            verdict.add(bridge.isEmpty() ? finding.inSection("transition") : finding.at(bridge.get(0)));
        }
    }

    private static boolean isCareerChange(Intro intro) {
        boolean template = intro.template().map(t -> t.id().equals("career-changer")).orElse(false);
        var resume = intro.resume();
        boolean saysSo = intro.in(IntroSection.TRANSITION).stream().anyMatch(p -> TRANSITION_CUES.matcher(p.text()).find());
        return template || saysSo
                || CAREER_CHANGE.matcher((resume.headline() + " " + resume.summary()).toLowerCase(java.util.Locale.ROOT)).find();
    }
}
