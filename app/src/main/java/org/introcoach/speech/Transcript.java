package org.introcoach.speech;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What was heard in a recording: its words with timings, and the recording's length.
 */
public record Transcript(List<Word> words, double durationSeconds) {
    public Transcript {
        words = List.copyOf(words);
    }

    public static Transcript empty(double durationSeconds) {
        return new Transcript(List.of(), durationSeconds);
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
