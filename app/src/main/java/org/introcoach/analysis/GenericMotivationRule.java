package org.introcoach.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/**
 * A reason anyone could give ("a great opportunity to learn and grow") is generic, unless the
 * words around it say something of this person or this work: at least three words that are not
 * the stock words of a stock reason. "because" alone is the shape of a reason, not one.
 */
final class GenericMotivationRule implements Rule {
    static final int SPECIFIC_WORDS = 3;
    private static final Pattern GENERIC = Lexicon.anywhere("generic-motivation");
    private static final Pattern REASON_CLAUSE = Lexicon.anywhere("reason-clause-cues");
    private static final Set<String> STOCK_WORDS = Lexicon.words("stock-reason-words");

    @Override
    public void apply(Intro intro, Verdict verdict) {
        // a career changer's reason for the move ("i'm moving from teaching because ...") is a reason too
        List<Phrase> motivation = intro.phrases().stream()
                .filter(p -> p.section() == IntroSection.MOTIVATION || p.section() == IntroSection.TRANSITION).toList();
        motivation.stream().filter(p -> GENERIC.matcher(p.text()).find() && !saysSomethingSpecific(p.text())).findFirst()
                .ifPresent(generic -> verdict.add(Finding.of(FindingCode.GENERIC_MOTIVATION, Severity.WARNING,
                        "Your reason could be said by anyone (\"%s\"). Say what about this team or its work connects to what you have done."
                                .formatted(generic.text())).at(generic)));
    }

    private static boolean saysSomethingSpecific(String phrase) {
        Matcher reason = REASON_CLAUSE.matcher(phrase);
        if (!reason.find()) {
            return false;
        }
        String rest = GENERIC.matcher(phrase.substring(reason.start())).replaceAll(" ");
        return Arrays.stream(rest.split(" ")).filter(w -> w.length() > 2 && !STOCK_WORDS.contains(w)).count() >= SPECIFIC_WORDS;
    }
}
