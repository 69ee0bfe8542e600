package org.introcoach.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/** The intro says what the speaker wants next, and names it: the team, role, product or company. */
final class TargetRule implements Rule {
    private static final Pattern TARGET = Lexicon.anywhere("target-words");
    private static final Pattern DESTINATION = Pattern.compile("\\b(" + String.join("|", Lexicon.entries("destination-cues")) + ") (("
            + String.join("|", Lexicon.entries("articles")) + ") )?([^ ]+)");
    private static final Set<String> NOT_A_DESTINATION = Lexicon.words("not-a-destination");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Phrase> motivation = intro.in(IntroSection.MOTIVATION);
        String text = String.join(" ", motivation.stream().map(Phrase::text).toList());
        if (motivation.isEmpty() || !namesATarget(text) && !namesADestination(text) && !namesAnOrganisation(text)) {
            verdict.add(Finding.of(FindingCode.NO_TARGET, Severity.PROBLEM, motivation.isEmpty()
                    ? "You never said what you want next. End with the team or role you are here for, and why."
                    : "You said you want to move on but not to what. Name the team, role or product you want to work on.").inSection("motivation"));
        }
    }

    /** A target word that is not the speaker's own place ("move on from the same office" names none). */
    private static boolean namesATarget(String text) {
        Matcher matcher = TARGET.matcher(text);
        while (matcher.find()) {
            String before = text.substring(0, matcher.start()).strip();
            String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
            if (!OWN_PLACES.contains(previous)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWN_PLACES = Lexicon.words("own-places");

    /**
     * "tandem's direct to consumer launch", "for pebblebrook": an organisation named by its
     * possessive or by the gazetteer is a target, since the speaker is saying where (one of the
     * gazetteer's names that is not also an ordinary word: "city" and "seven" are names too).
     */
    static boolean namesAnOrganisation(String text) {
        for (String word : text.split(" ")) {
            if (word.endsWith("'s") && word.length() > 4 && !NOT_A_POSSESSOR.contains(word)) {
                return true;
            }
        }
        return Arrays.stream(text.split(" ")).anyMatch(ORGANISATIONS::contains);
    }

    private static final Set<String> NOT_A_POSSESSOR = Lexicon.words("not-a-possessor");
    private static final Set<String> ORGANISATIONS = Lexicon.words("organisations-distinctive");

    /** "i'd like to move to site reliability", "joining the payments group": where to, named without "team". */
    static boolean namesADestination(String text) {
        Matcher matcher = DESTINATION.matcher(text);
        while (matcher.find()) {
            if (!NOT_A_DESTINATION.contains(matcher.group(matcher.groupCount()))) {
                return true;
            }
        }
        return false;
    }
}
