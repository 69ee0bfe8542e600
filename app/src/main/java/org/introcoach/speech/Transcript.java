package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What was heard in a recording: the one transcript record from recognition to the screen. The
 * recogniser makes it, {@code introcoach transcribe} and every take write it (transcript.json), the
 * analysis reads it and the report holds the words it judged in the same shape. In JSON the word
 * list is {@code result}, in the shape Vosk itself emits ({@link Word}), so other tools can read it.
 *
 * @param file            the recording it was heard in, as named in a transcript file; null where that does not apply
 * @param text            the words joined by spaces
 * @param words           the words with timings and confidences
 * @param durationSeconds the recording's length
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"file", "text", "result", "durationSeconds"})
public record Transcript(String file, String text, @JsonProperty("result") List<Word> words, double durationSeconds) {
    public Transcript {
        words = words == null ? List.of() : List.copyOf(words);
        text = text == null ? joined(words) : text;
    }

    /** What the recogniser heard, not yet in a file. */
    public Transcript(List<Word> words, double durationSeconds) {
        this(null, null, words, durationSeconds);
    }

    /**
     * A transcript typed or pasted rather than heard: its text only, no timed words, no recording
     * (a {@code .txt} given to {@code introcoach analyze}). The analysis reads its punctuation as
     * sentence breaks.
     */
    public static Transcript typed(String text) {
        return new Transcript(null, text == null ? "" : text, List.of(), 0);
    }

    public static Transcript empty(double durationSeconds) {
        return new Transcript(List.of(), durationSeconds);
    }

    /** The same transcript as written to a file that names its recording. */
    public Transcript inFile(String recording) {
        return new Transcript(recording, text, words, durationSeconds);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True for a {@linkplain #typed typed} transcript: text without timed words. */
    @JsonIgnore
    public boolean isTyped() {
        return words.isEmpty() && !text.isBlank();
    }

    /** The same transcript without the name of its recording: as a report holds it. */
    public Transcript withoutFile() {
        return file == null ? this : new Transcript(null, text, words, durationSeconds);
    }

    /**
     * The first thing wrong with this document's timing, in words, or empty when every word has a
     * text, finite non-negative times with its end not before its start, starts in order, and a
     * confidence from 0 to 1. Checked where a transcript file is read, before anything judges it.
     */
    public Optional<String> firstProblem() {
        if (!Double.isFinite(durationSeconds) || durationSeconds < 0) {
            return Optional.of("durationSeconds is %s; it must be a number of seconds, 0 or more".formatted(durationSeconds));
        }
        double previousStart = 0;
        for (int i = 0; i < words.size(); i++) {
            Word entry = words.get(i);
            if (entry == null || entry.text() == null || entry.text().isBlank()) {
                return Optional.of("word %d has no text".formatted(i + 1));
            }
            String which = "word %d \"%s\"".formatted(i + 1, entry.text());
            if (!Double.isFinite(entry.start()) || !Double.isFinite(entry.end())) {
                return Optional.of(which + " has a time that is not a number (start %s, end %s)".formatted(entry.start(), entry.end()));
            }
            if (entry.start() < 0 || entry.end() < 0) {
                return Optional.of(which + " has a negative time (start %s s, end %s s); times count from the start of the recording"
                        .formatted(entry.start(), entry.end()));
            }
            if (entry.end() < entry.start()) {
                return Optional.of(which + " ends (%s s) before it starts (%s s)".formatted(entry.end(), entry.start()));
            }
            if (entry.start() < previousStart) {
                return Optional.of(which + " starts at %s s, before the word ahead of it (%s s); words must be in the order spoken"
                        .formatted(entry.start(), previousStart));
            }
            if (durationSeconds > 0 && entry.end() > durationSeconds + 1) {
                return Optional.of(which + " ends at %s s, after the end of the %s s recording".formatted(entry.end(), durationSeconds));
            }
            if (!Double.isFinite(entry.confidence()) || entry.confidence() < 0 || entry.confidence() > 1) {
                return Optional.of(which + " has confidence %s; it must be from 0 to 1".formatted(entry.confidence()));
            }
            previousStart = entry.start();
        }
        return Optional.empty();
    }

    private static String joined(List<Word> words) {
        return words.stream().map(word -> word == null ? "" : word.text()).collect(Collectors.joining(" "));
    }
}
