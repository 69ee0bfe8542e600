package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;

/**
 * How the analysis reads a {@link Transcript}, the one transcript record: a derived, pure view of
 * its words, never a record of its own. The words are lowercase and without punctuation; a
 * recognised transcript keeps its words' timings and confidences (lowercased, blank ones left out),
 * and a typed one ({@link Transcript#typed}, text without timed words) is cut into words at spaces,
 * its sentence punctuation kept as breaks. Built only by {@link #of}, so whatever reads the words
 * of a report (the rules, the job check, the follow-up questions) reads the same words.
 */
public final class SpokenText {
    /** A decimal as typed ("$1.9", "4.2m,"): said "one point nine", so it is kept as its spoken parts. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\p{Sc}?(\\d[\\d,]*)\\.(\\d+)([kmb]?)[.,;:!?)]*");

    private final List<Word> words;
    private final boolean timed;
    private final Set<Integer> breaksBefore;

    private SpokenText(List<Word> words, boolean timed, Set<Integer> breaksBefore) {
        this.words = List.copyOf(words);
        this.timed = timed;
        this.breaksBefore = Set.copyOf(breaksBefore);
    }

    /** The analysis's reading of {@code transcript}; an absent transcript reads as nothing heard. */
    public static SpokenText of(Transcript transcript) {
        if (transcript == null) {
            return new SpokenText(List.of(), true, Set.of());
        }
        if (transcript.isTyped()) {
            return ofPlainText(transcript.text());
        }
        List<Word> words = transcript.words().stream()
                .map(word -> new Word(word.text().toLowerCase(Locale.ROOT), word.start(), word.end(), word.confidence(), word.alternative()))
                .filter(word -> !word.text().isBlank()).toList();
        return new SpokenText(words, true, Set.of());
    }

    /** A typed or pasted transcript: punctuation marks sentence breaks and is then dropped. */
    private static SpokenText ofPlainText(String text) {
        List<Word> words = new ArrayList<>();
        Set<Integer> breaks = new HashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+")) {
            java.util.regex.Matcher decimal = DECIMAL.matcher(raw);
            if (decimal.matches()) {
                words.add(new Word(decimal.group(1).replace(",", ""), 0, 0, 1));
                words.add(new Word("point", 0, 0, 1));
                words.add(new Word(decimal.group(2), 0, 0, 1));
                if (!decimal.group(3).isEmpty()) {
                    words.add(new Word(switch (decimal.group(3)) {
                        case "k" -> "thousand";
                        case "m" -> "million";
                        default -> "billion";
                    }, 0, 0, 1));
                }
            } else {
                String word = raw.replaceAll("[^\\p{L}\\p{N}'-]", "").replaceAll("^['-]+|['-]+$", "");
                if (!word.isEmpty()) {
                    words.add(new Word(word, 0, 0, 1));
                }
            }
            if (raw.matches(".*[.!?;:]$")) {
                breaks.add(words.size());
            }
        }
        return new SpokenText(words, false, breaks);
    }

    /** The words as read: lowercase, with the transcript's timings when it had them (else times of 0 and confidence 1). */
    public List<Word> words() {
        return words;
    }

    /** Whether the words carry timings (a recognised transcript) or not (a typed one). */
    public boolean timed() {
        return timed;
    }

    /** Word indexes where a typed transcript had sentence punctuation; empty for a recognised one. */
    public Set<Integer> breaksBefore() {
        return breaksBefore;
    }

    public List<String> tokens() {
        return words.stream().map(Word::text).toList();
    }

    /** Seconds from the first word to the last, or null without timings. */
    public Double durationSeconds() {
        if (!timed || words.isEmpty()) {
            return timed ? 0.0 : null;
        }
        return words.get(words.size() - 1).end() - words.get(0).start();
    }
}
