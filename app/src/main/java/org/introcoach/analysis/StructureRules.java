package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/**
 * Structure: identity, then background (education or experience), then strengths, then
 * motivation, with a clear close, summarising rather than reciting the resume.
 */
final class StructureRules {
    /**
     * Three or more dates, or four or more "then"-style steps, in one intro is a resume read
     * aloud year by year; two dates (graduation, a job change) is normal. From interview-coaching
     * guidance that an intro should tell one story, not a chronology.
     */
    static final int RECITAL_YEARS = 3;
    static final int RECITAL_STEPS = 4;
    /** An opening heard at under 0.8 mean confidence may hold a name the recogniser mangled. */
    static final double OPENING_CONFIDENCE = 0.8;
    private static final Pattern TRAILING_OFF = Pattern.compile("\\b(that's (about )?it|that is (about )?it|so yeah|i guess that's|that's all|that's me|yeah that's)\\b");
    /** Ending on what you would bring to the team looks forward, as a close should. */
    private static final Pattern OFFER = Pattern.compile("^(\\S+ ){0,2}(i'd bring|i would bring|i can bring|i'll bring|i will bring)\\b");
    private static final Pattern STEP = Pattern.compile("\\b(and then|then i|after that|next i|later i|following that)\\b");

    List<Finding> check(Intro intro) {
        List<Finding> findings = new ArrayList<>();
        List<Phrase> phrases = intro.phrases();
        if (phrases.isEmpty()) {
            return findings;
        }
        if (!intro.has(IntroSection.IDENTITY)) {
            Phrase opening = phrases.get(0);
            boolean heardPoorly = intro.confidence(opening.from(), Math.min(opening.to(), opening.from() + 6)) < OPENING_CONFIDENCE;
            findings.add(heardPoorly
                    ? Finding.of(FindingCode.MISSING_SECTION, Severity.INFO, "Could not confirm who you said you are: the opening was hard to recognise.").at(opening)
                    : Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM,
                            "You never said who you are. Open with your name and what you do, in one sentence.").inSection("identity"));
        }
        if (!intro.has(IntroSection.EXPERIENCE) && !intro.has(IntroSection.EDUCATION)) {
            findings.add(Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM,
                    "You gave no background: say what you studied or where you have worked before what you want.").inSection("experience"));
        }
        order(intro).ifPresent(findings::add);
        recital(intro).ifPresent(findings::add);
        closing(intro).ifPresent(findings::add);
        return findings;
    }

    private static java.util.Optional<Finding> order(Intro intro) {
        int identity = firstIndex(intro, IntroSection.IDENTITY);
        int background = Math.min(firstIndex(intro, IntroSection.EDUCATION), firstIndex(intro, IntroSection.EXPERIENCE));
        int motivation = firstIndex(intro, IntroSection.MOTIVATION);
        Phrase first = intro.phrases().stream().filter(p -> p.section() != IntroSection.OTHER).findFirst().orElse(null);
        if (identity != Integer.MAX_VALUE && first != null && first.section() != IntroSection.IDENTITY
                && identity > intro.phrases().indexOf(first) + 1) {
            Phrase late = intro.phrases().get(identity);
            return java.util.Optional.of(Finding.of(FindingCode.SECTION_ORDER, Severity.WARNING,
                    "You only said who you are after other things. Put your name and role first so the rest has a frame.").at(late));
        }
        if (motivation != Integer.MAX_VALUE && background != Integer.MAX_VALUE && motivation < background) {
            Phrase early = intro.phrases().get(motivation);
            boolean backgroundAfter = intro.phrases().stream().skip(motivation).anyMatch(p -> p.section() == IntroSection.EXPERIENCE || p.section() == IntroSection.EDUCATION);
            if (backgroundAfter && !intro.phrases().subList(motivation, intro.phrases().size()).stream()
                    .filter(p -> p.section() != IntroSection.OTHER).reduce((a, b) -> b).map(p -> p.section() == IntroSection.MOTIVATION).orElse(false)) {
                return java.util.Optional.of(Finding.of(FindingCode.SECTION_ORDER, Severity.WARNING,
                        "You said what you want before your background, and ended on the past. Give your background first, then end on what you want next.").at(early));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Finding> recital(Intro intro) {
        List<SpokenNumbers.Spoken> years = SpokenNumbers.find(intro.tokens()).stream().filter(SpokenNumbers.Spoken::year).toList();
        long steps = STEP.matcher(String.join(" ", intro.tokens())).results().count();
        if (years.size() >= RECITAL_YEARS) {
            SpokenNumbers.Spoken firstYear = years.get(0);
            SpokenNumbers.Spoken lastYear = years.get(years.size() - 1);
            return java.util.Optional.of(Finding.of(FindingCode.LIST_RECITAL, Severity.WARNING,
                    "You named %d years in a row, reciting your resume. Summarise: one line on your background, then what it adds up to."
                            .formatted(years.size()))
                    .quoting(intro.quote(firstYear.from(), lastYear.to()), intro.start(firstYear.from()), intro.end(lastYear.to() - 1)));
        }
        if (steps >= RECITAL_STEPS) {
            return java.util.Optional.of(Finding.of(FindingCode.LIST_RECITAL, Severity.WARNING,
                    "You told your career step by step (\"then... after that...\"). Summarise it in one sentence and spend the time on your strongest result."));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Finding> closing(Intro intro) {
        List<Phrase> phrases = intro.phrases();
        Phrase last = phrases.get(phrases.size() - 1);
        if (TRAILING_OFF.matcher(last.text()).find() || endsInFillerWords(intro.tokens())) {
            return java.util.Optional.of(Finding.of(FindingCode.NO_CLOSING, Severity.WARNING,
                    "You trailed off at the end. Finish on one sentence about the role you want, then stop.").at(last));
        }
        if (!intro.has(IntroSection.MOTIVATION)) {
            return java.util.Optional.empty();
        }
        Phrase lastMeaningful = phrases.stream().filter(p -> p.section() != IntroSection.OTHER).reduce((a, b) -> b).orElse(last);
        int lastMotivation = phrases.lastIndexOf(phrases.stream().filter(p -> p.section() == IntroSection.MOTIVATION).reduce((a, b) -> b).orElseThrow());
        long wordsAfter = phrases.subList(lastMotivation + 1, phrases.size()).stream().filter(p -> p.section() != IntroSection.OTHER)
                .mapToLong(p -> p.words().size()).sum();
        if (lastMeaningful.section() != IntroSection.MOTIVATION && lastMeaningful.section() != IntroSection.TRANSITION && wordsAfter >= 8
                && !OFFER.matcher(lastMeaningful.text()).find()) {
            return java.util.Optional.of(Finding.of(FindingCode.NO_CLOSING, Severity.WARNING,
                    "You ended on detail rather than on what you want. Move the sentence about this role to the end.").at(lastMeaningful));
        }
        return java.util.Optional.empty();
    }

    /** Words that say nothing when they end an intro: "... and yeah so that's kind of um". */
    private static final Set<String> TRAILING_WORDS = Set.of("and", "yeah", "so", "that's", "that", "kind", "sort", "of",
            "like", "um", "uh", "er", "erm", "ah", "anyway", "basically", "i", "guess", "well", "just", "it", "yes", "okay", "ok", "really");
    private static final Set<String> TRAILING_SIGNS = Set.of("yeah", "um", "uh", "er", "erm", "ah", "anyway", "basically",
            "kind", "sort", "guess");
    /** Three such words, one of them a filler or "yeah", are a trail rather than a last word. */
    static final int TRAILING_RUN = 3;

    private static boolean endsInFillerWords(List<String> tokens) {
        int start = tokens.size();
        while (start > 0 && TRAILING_WORDS.contains(tokens.get(start - 1))) {
            start--;
        }
        List<String> tail = tokens.subList(start, tokens.size());
        return tail.size() >= TRAILING_RUN && tail.stream().anyMatch(TRAILING_SIGNS::contains);
    }

    private static int firstIndex(Intro intro, IntroSection section) {
        for (int i = 0; i < intro.phrases().size(); i++) {
            if (intro.phrases().get(i).section() == section) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
