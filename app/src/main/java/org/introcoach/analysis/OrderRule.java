package org.introcoach.analysis;

import org.introcoach.draft.IntroSection;

/** Who you are comes first; the background comes before what you want, and the intro ends on what you want. */
final class OrderRule implements Rule {
    @Override
    public void apply(Intro intro, Verdict verdict) {
        if (intro.phrases().isEmpty()) {
            return;
        }
        int identity = firstIndex(intro, IntroSection.IDENTITY);
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

    static int firstIndex(Intro intro, IntroSection section) {
        for (int i = 0; i < intro.phrases().size(); i++) {
            if (intro.phrases().get(i).section() == section) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
