package org.introcoach.analysis;

import java.util.List;
import org.introcoach.draft.IntroSection;
import org.introcoach.speech.Word;

/**
 * A stretch of speech between pauses or discourse cues: the unit sections are assigned to.
 *
 * @param from  index of its first word in the transcript
 * @param to    index after its last word
 * @param start seconds, or null without timings
 */
public record Phrase(int from, int to, List<Word> words, Double start, Double end, IntroSection section) {
    public Phrase {
        words = List.copyOf(words);
    }

    public String text() {
        return String.join(" ", tokens());
    }

    public List<String> tokens() {
        return words.stream().map(Word::text).toList();
    }

    public Phrase withSection(IntroSection newSection) {
        return new Phrase(from, to, words, start, end, newSection);
    }
}
