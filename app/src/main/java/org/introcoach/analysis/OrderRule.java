package org.introcoach.analysis;

import org.introcoach.draft.IntroSection;

/** Who you are comes first; the background comes before what you want, and the intro ends on what you want. */
final class OrderRule implements Rule {
    @Override
    public void apply(Intro intro, Verdict verdict) {
        if (intro.phrases().isEmpty()) {
            return;
        }
        int identity = Math.min(firstIndex(intro, IntroSection.IDENTITY), nameGiven(intro, verdict));
        int nameLate = givenLate(verdict);
        if (nameLate >= 0) {
            verdict.add(Finding.of(FindingCode.SECTION_ORDER, Severity.WARNING,
                    "You only said who you are after other things. Put your name and role first so the rest has a frame.").at(intro.phraseAt(nameLate)));
            return;
        }
        int background = Math.min(firstIndex(intro, IntroSection.EDUCATION), firstIndex(intro, IntroSection.EXPERIENCE));
        int motivation = firstIndex(intro, IntroSection.MOTIVATION);
        Phrase first = intro.phrases().stream().filter(p -> p.section() != IntroSection.OTHER).findFirst().orElse(null);
        if (identity != Integer.MAX_VALUE && first != null && first.section() != IntroSection.IDENTITY
                && identity > intro.phrases().indexOf(first) + 1) {
            Phrase late = intro.phrases().get(identity);
            verdict.add(Finding.of(FindingCode.SECTION_ORDER, Severity.WARNING,
                    "You only said who you are after other things. Put your name and role first so the rest has a frame.").at(late));
            return;
        }
        if (motivation != Integer.MAX_VALUE && background != Integer.MAX_VALUE && motivation < background) {
            Phrase early = intro.phrases().get(motivation);
            boolean backgroundAfter = intro.phrases().stream().skip(motivation)
                    .anyMatch(p -> p.section() == IntroSection.EXPERIENCE || p.section() == IntroSection.EDUCATION);
            boolean endsOnMotivation = intro.phrases().subList(motivation, intro.phrases().size()).stream()
                    .filter(p -> p.section() != IntroSection.OTHER).reduce((a, b) -> b).map(p -> p.section() == IntroSection.MOTIVATION).orElse(false);
            Phrase last = intro.phrases().stream().filter(p -> p.section() != IntroSection.OTHER).reduce((a, b) -> b).orElse(early);
            if (backgroundAfter && !endsOnMotivation && !ClosingRule.offers(last)) {
                verdict.add(Finding.of(FindingCode.SECTION_ORDER, Severity.WARNING,
                        "You said what you want before your background, and ended on the past. Give your background first, then end on what you want next.").at(early));
            }
        }
    }

    /**
     * The phrase where the speaker gives a name, whatever the section tagger calls it: "oh and i'm
     * declan o'brien by the way" says who you are even inside a sentence about the past.
     */
    private static int nameGiven(Intro intro, Verdict verdict) {
        return verdict.claims.of(Claim.Kind.NAME).stream().mapToInt(claim -> intro.phrases().indexOf(intro.phraseAt(claim.from())))
                .filter(index -> index >= 0).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Where the name was given when it did not come in the opening (the words a name is looked for in
     * first, {@link NameClaims#OPENING_WORDS}): "so the thing i'm proudest of ... oh sorry i should
     * start properly i'm mateus carvalho". Found from the claims, since a long first sentence may hold
     * the name at its end and the tagger calls the whole of it identity; a title said early does not
     * make up for it ("i'm a certified realtime reporter" two sentences before "i'm denise washington").
     * -1 when it was not late.
     */
    private static int givenLate(Verdict verdict) {
        int name = verdict.claims.of(Claim.Kind.NAME).stream().mapToInt(Claim::from).min().orElse(-1);
        return name < NameClaims.OPENING_WORDS ? -1 : name;
    }

    static int firstIndex(Intro intro, IntroSection section) {
        for (int i = 0; i < intro.phrases().size(); i++) {
            if (intro.phrases().get(i).section() == section) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
