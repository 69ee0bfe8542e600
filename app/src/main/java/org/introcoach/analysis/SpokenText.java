package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;

/**
 * What was said, as the analysis reads it: lowercase words without punctuation, with timings when
 * they came from the recogniser, or only sentence breaks when a plain-text transcript was given.
 *
 * @param breaksBefore word indexes where the text had sentence punctuation (plain text only)
 */
public record SpokenText(List<Word> words, boolean timed, Set<Integer> breaksBefore) {
    public SpokenText {
        words = List.copyOf(words);
        breaksBefore = Set.copyOf(breaksBefore);
    }

    public static SpokenText of(Transcript transcript) {
        List<Word> words = transcript.words().stream()
                .map(word -> new Word(word.text().toLowerCase(Locale.ROOT), word.start(), word.end(), word.confidence(), word.alternative()))
                .filter(word -> !word.text().isBlank()).toList();
        return new SpokenText(words, true, Set.of());
    }

    /** A decimal as typed ("$1.9", "4.2m,"): said "one point nine", so it is kept as its spoken parts. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\p{Sc}?(\\d[\\d,]*)\\.(\\d+)([kmb]?)[.,;:!?)]*");

    /** A typed or pasted transcript: punctuation marks sentence breaks and is then dropped. */
    public static SpokenText ofPlainText(String text) {
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
