package org.introcoach.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/** The intro ends on what the speaker wants (or what they would bring), not on detail, and does not trail off. */
final class ClosingRule implements Rule {
    /** Three trailing words, one of them a filler or "yeah", are a trail rather than a last word. */
    static final int TRAILING_RUN = 3;
    /** Eight words of detail after the last motivation is ending on the past. */
    static final int DETAIL_AFTER = 8;
    private static final Pattern TRAILING_OFF = Lexicon.anywhere("trailing-off-phrases");
    private static final Pattern OFFER = Pattern.compile("^(\\S+ ){0,2}(" + String.join("|", Lexicon.entries("offer-cues")) + ")\\b");
    private static final Set<String> TRAILING_WORDS = Lexicon.words("trailing-words");
    /** A stock reason ("i'm a hard worker and a team player") is weak motivation, not detail: it is judged as GENERIC_MOTIVATION. */
    private static final Pattern GENERIC = Lexicon.anywhere("generic-motivation");
    private static final Set<String> TRAILING_SIGNS = Lexicon.words("trailing-signs");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Phrase> phrases = intro.phrases();
        if (phrases.isEmpty()) {
            return;
        }
        Phrase last = phrases.get(phrases.size() - 1);
        if (TRAILING_OFF.matcher(last.text()).find() || endsInFillerWords(intro.tokens())) {
            verdict.add(Finding.of(FindingCode.NO_CLOSING, Severity.WARNING,
                    "You trailed off at the end. Finish on one sentence about the role you want, then stop.").at(last));
            return;
        }
        if (!intro.has(IntroSection.MOTIVATION)) {
            return;
        }
        Phrase lastMeaningful = phrases.stream().filter(p -> p.section() != IntroSection.OTHER).reduce((a, b) -> b).orElse(last);
        int lastMotivation = phrases.lastIndexOf(phrases.stream().filter(p -> p.section() == IntroSection.MOTIVATION).reduce((a, b) -> b).orElseThrow());
        long wordsAfter = phrases.subList(lastMotivation + 1, phrases.size()).stream().filter(p -> p.section() != IntroSection.OTHER)
                .mapToLong(p -> p.words().size()).sum();
        if (lastMeaningful.section() != IntroSection.MOTIVATION && lastMeaningful.section() != IntroSection.TRANSITION && wordsAfter >= DETAIL_AFTER
                && !OFFER.matcher(lastMeaningful.text()).find() && !GENERIC.matcher(lastMeaningful.text()).find()) {
            verdict.add(Finding.of(FindingCode.NO_CLOSING, Severity.WARNING,
                    "You ended on detail rather than on what you want. Move the sentence about this role to the end.").at(lastMeaningful));
        }
    }

    /** Ending on what the speaker would bring ("i'd bring ...") looks forward, as a close should. */
    static boolean offers(Phrase phrase) {
        return OFFER.matcher(phrase.text()).find();
    }

    /** Words that say nothing when they end an intro: "... and yeah so that's kind of um". */
    private static boolean endsInFillerWords(List<String> tokens) {
        int start = tokens.size();
        while (start > 0 && TRAILING_WORDS.contains(tokens.get(start - 1))) {
            start--;
        }
        List<String> tail = tokens.subList(start, tokens.size());
        return tail.size() >= TRAILING_RUN && tail.stream().anyMatch(TRAILING_SIGNS::contains);
    }
}
