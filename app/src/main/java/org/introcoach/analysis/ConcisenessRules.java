package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.introcoach.speech.Word;

/** Conciseness: length against the target, pace, fillers, long pauses and repetition. */
final class ConcisenessRules {
    /** 120-165 words a minute is comfortable to follow; conversational English runs about 140-160. */
    static final double SLOWEST_COMFORTABLE_WPM = 120;
    static final double FASTEST_COMFORTABLE_WPM = 165;
    /**
     * Three fillers a minute is where listeners start to notice them (public-speaking clubs count
     * "ums" from about there); six a minute distracts from the content.
     */
    static final double FILLERS_PER_MINUTE_WARNING = 3;
    static final double FILLERS_PER_MINUTE_PROBLEM = 6;
    /** A silence of two seconds between words reads as a lost thread rather than a pause for effect. */
    static final double LONG_PAUSE_SECONDS = 2.0;
    /** Beyond a quarter outside the target band the length is a problem rather than a tweak. */
    static final double LENGTH_PROBLEM_FRACTION = 0.25;
    static final Set<String> FILLERS = Set.of("uh", "um", "er", "erm", "ah", "hmm", "mm", "uhm", "uh-huh");
    private static final Set<String> FILLER_PAIRS = Set.of("you know", "i mean");
    /** Closed-class words (articles, pronouns, prepositions, auxiliaries, quantifiers): said often by everyone. */
    private static final Set<String> ORDINARY = Set.of("i", "a", "the", "and", "to", "of", "in", "my", "at", "for", "on", "with",
            "as", "is", "was", "that", "it", "we", "i'm", "have", "i've", "am", "an", "be", "this", "so", "from", "your", "you",
            "every", "each", "some", "many", "much", "more", "most", "other", "than", "then", "there", "their", "them", "they",
            "what", "which", "where", "when", "while", "who", "whom", "whose", "been", "were", "will", "would", "could", "should",
            "into", "onto", "over", "under", "about", "after", "before", "through", "between", "because", "since", "until",
            "these", "those", "both", "such", "only", "also", "just", "very", "even", "still", "here", "it's", "that's", "i'd",
            "we're", "we've", "they're", "does", "did", "doing", "done", "make", "made", "without", "within", "across");

    Metrics metrics;
    private final List<Finding> findings = new ArrayList<>();
    /** Fillers heard in the sound that the recogniser did not write as fillers ({@link DeliveryRules}). */
    private final List<Report.SoundFiller> heardFillers;

    ConcisenessRules() {
        this(List.of());
    }

    ConcisenessRules(List<Report.SoundFiller> heardFillers) {
        this.heardFillers = heardFillers;
    }

    List<Finding> check(Intro intro) {
        List<Word> words = intro.words();
        List<String> tokens = intro.tokens();
        boolean timed = intro.spoken().timed() && !words.isEmpty();
        Double duration = intro.spoken().durationSeconds();
        int fillers = countFillers(tokens) + heardFillers.size();
        List<int[]> fillerSpans = fillerSpans(tokens);
        Double minutes = timed && duration > 0 ? duration / 60 : null;
        Double wpm = minutes == null ? null : words.size() / minutes;
        Double fillersPerMinute = minutes == null ? null : fillers / minutes;
        List<int[]> pauses = timed ? longPauses(words) : List.of();
        double longest = 0;
        for (int i = 1; timed && i < words.size(); i++) {
            longest = Math.max(longest, words.get(i).start() - words.get(i - 1).end());
        }
        List<int[]> repeats = repetitions(tokens);
        double lowConfidence = words.isEmpty() ? 0 : words.stream().filter(w -> w.confidence() < ConsistencyRules.CONFIDENT).count() / (double) words.size();
        metrics = new Metrics(duration, words.size(), wpm, fillers, fillersPerMinute, timed ? pauses.size() : null,
                timed ? longest : null, repeats.size(), MotivationRules.hedges(tokens).size(), lowConfidence, timed);
        if (timed) {
            length(intro, duration);
            pace(intro, wpm);
            if (fillersPerMinute >= FILLERS_PER_MINUTE_WARNING && fillers >= 3) {
                Report.SoundFiller heard = heardFillers.isEmpty() ? null : heardFillers.get(0);
                int[] first = fillerSpans.isEmpty() ? null : fillerSpans.get(0);
                boolean soundFirst = heard != null && (first == null || heard.start() < intro.start(first[0]));
                Finding finding = Finding.of(FindingCode.FILLER_WORDS, fillersPerMinute >= FILLERS_PER_MINUTE_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                        "%d filler words (%.1f a minute), first at %s. Pause silently instead: a short silence sounds more confident than \"um\"."
                                .formatted(fillers, fillersPerMinute, Timestamps.format(soundFirst ? heard.start() : intro.start(first[0]))));
                findings.add(soundFirst ? finding.quoting(heard.heardAs() == null ? "(held vowel)" : heard.heardAs(), heard.start(), heard.end())
                        : finding.quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
            }
            if (pauses.size() >= 2 || longest >= 4) {
                int[] first = pauses.get(0);
                findings.add(Finding.of(FindingCode.LONG_PAUSES, Severity.WARNING,
                        "%d silences of %.0f s or more (the longest %.1f s), first at %s. Rehearse the transitions so you know what comes next."
                                .formatted(pauses.size(), LONG_PAUSE_SECONDS, longest, Timestamps.format(intro.end(first[0]))))
                        .quoting(intro.quote(first[0], first[1] + 1), intro.end(first[0]), intro.start(first[1])));
            }
        } else {
            double estimated = words.size() * 60.0 / 140;
            if (!words.isEmpty()) {
                lengthByWords(intro, estimated);
            }
        }
        if (repeats.size() >= 2) {
            int[] first = repeats.get(0);
            findings.add(Finding.of(FindingCode.REPETITION, Severity.WARNING,
                    "You repeated yourself %d times (\"%s\"). Slow down at the start of each sentence so it comes out once."
                            .formatted(repeats.size(), intro.quote(first[0], first[1])))
                    .quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
        } else {
            overusedWord(intro).ifPresent(findings::add);
        }
        return findings;
    }

    /** Lengths are judged in whole seconds, as they are shown: 59.6 s is a 60-second intro. */
    private void length(Intro intro, double exactDuration) {
        var target = intro.target();
        double duration = Math.round(exactDuration);
        if (duration > target.maxSeconds()) {
            Severity severity = duration > target.maxSeconds() * (1 + LENGTH_PROBLEM_FRACTION) ? Severity.PROBLEM : Severity.WARNING;
            findings.add(Finding.of(FindingCode.TOO_LONG, severity, "%.0f s, over the %s target. Cut detail the resume already shows and keep one example."
                    .formatted(duration, target)));
        } else if (duration < target.minSeconds()) {
            Severity severity = duration < target.minSeconds() * (1 - LENGTH_PROBLEM_FRACTION) ? Severity.PROBLEM : Severity.WARNING;
            findings.add(Finding.of(FindingCode.TOO_SHORT, severity, "%.0f s, under the %s target. Add one concrete result and why you want this role."
                    .formatted(duration, target)));
        }
    }

    private void lengthByWords(Intro intro, double estimatedSeconds) {
        var target = intro.target();
        if (estimatedSeconds > target.maxSeconds() * (1 + LENGTH_PROBLEM_FRACTION)) {
            findings.add(Finding.of(FindingCode.TOO_LONG, Severity.WARNING, "%d words: about %.0f s at a natural pace, over the %s target (no timings, so this is an estimate)."
                    .formatted(intro.words().size(), estimatedSeconds, target)));
        } else if (estimatedSeconds < target.minSeconds() * (1 - LENGTH_PROBLEM_FRACTION)) {
            findings.add(Finding.of(FindingCode.TOO_SHORT, Severity.WARNING, "%d words: about %.0f s at a natural pace, under the %s target (no timings, so this is an estimate)."
                    .formatted(intro.words().size(), estimatedSeconds, target)));
        }
    }

    private void pace(Intro intro, double wpm) {
        if (intro.words().size() < 20) {
            return;
        }
        if (wpm > FASTEST_COMFORTABLE_WPM) {
            findings.add(Finding.of(FindingCode.PACE_TOO_FAST, wpm > FASTEST_COMFORTABLE_WPM + 25 ? Severity.PROBLEM : Severity.WARNING,
                    "%.0f words a minute: faster than the %.0f-%.0f listeners follow comfortably. Breathe at each full stop."
                            .formatted(wpm, SLOWEST_COMFORTABLE_WPM, FASTEST_COMFORTABLE_WPM)));
        } else if (wpm < SLOWEST_COMFORTABLE_WPM) {
            findings.add(Finding.of(FindingCode.PACE_TOO_SLOW, wpm < SLOWEST_COMFORTABLE_WPM - 25 ? Severity.PROBLEM : Severity.WARNING,
                    "%.0f words a minute: slower than the %.0f-%.0f that keeps attention. Rehearse until the sentences come without searching."
                            .formatted(wpm, SLOWEST_COMFORTABLE_WPM, FASTEST_COMFORTABLE_WPM)));
        }
    }

    static int countFillers(List<String> tokens) {
        return fillerSpans(tokens).size();
    }

    static List<int[]> fillerSpans(List<String> tokens) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (FILLERS.contains(tokens.get(i))) {
                spans.add(new int[] {i, i + 1});
            } else if (i + 1 < tokens.size() && FILLER_PAIRS.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                spans.add(new int[] {i, i + 2});
                i++;
            }
        }
        return spans;
    }

    /** Pairs of word indexes {before, after} around each long silence. */
    private static List<int[]> longPauses(List<Word> words) {
        List<int[]> pauses = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).start() - words.get(i - 1).end() >= LONG_PAUSE_SECONDS) {
                pauses.add(new int[] {i - 1, i});
            }
        }
        return pauses;
    }

    /** The longest group of words whose saying twice in a row counts as one stumble ("in that time i in that time i"). */
    static final int LONGEST_REPEATED_GROUP = 8;

    /**
     * Stumbles: a word or a group of up to {@value #LONGEST_REPEATED_GROUP} words said twice in a
     * row ("i i", "i worked i worked", "our test suite our test suite"), the longest group first.
     */
    static List<int[]> repetitions(List<String> tokens) {
        List<int[]> repeats = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (FILLERS.contains(tokens.get(i))) {
                continue;
            }
            int group = repeatedGroupAt(tokens, i);
            if (group == 1 && (tokens.get(i).matches("\\d+|very|really|no|bye|that|had") || SpokenNumbers.parse(tokens.get(i)).isPresent())) {
                continue;
            }
            if (group > 0) {
                repeats.add(new int[] {i, i + 2 * group});
                i += 2 * group - 1;
            }
        }
        return repeats;
    }

    private static int repeatedGroupAt(List<String> tokens, int start) {
        for (int size = Math.min(LONGEST_REPEATED_GROUP, (tokens.size() - start) / 2); size >= 1; size--) {
            if (tokens.subList(start, start + size).equals(tokens.subList(start + size, start + 2 * size))) {
                return size;
            }
        }
        return 0;
    }

    /**
     * A word said four or more times ("passionate", "basically") wears thin. Words from the resume
     * are the speaker's field ("product" for a product manager) and do not count.
     */
    private static java.util.Optional<Finding> overusedWord(Intro intro) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> domain = new java.util.HashSet<>(ConsistencyRules.tokens(ConsistencyRules.resumeText(intro) + " " + intro.resume().name()));
        for (String token : intro.tokens()) {
            if (token.length() > 3 && !ORDINARY.contains(token) && !domain.contains(token) && !FILLERS.contains(token)
                    && SpokenNumbers.parse(token).isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 4 && !e.getKey().matches("years?|team|work|data|worked|working"))
                .max(Map.Entry.comparingByValue())
                .map(e -> Finding.of(FindingCode.REPETITION, Severity.WARNING,
                        "You said \"%s\" %d times. Vary it or cut it: repeated words make an intro sound rehearsed and thin."
                                .formatted(e.getKey(), e.getValue())));
    }
}
