package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;
import org.introcoach.speech.Word;

/**
 * Cuts speech into phrases where the speaker paused or began a new thought. Recognised speech has
 * no punctuation, so pauses and discourse cues ("before that", "i graduated", "i'm eager") stand
 * in for sentence ends.
 */
final class PhraseSplitter {
    /**
     * A silence of 0.45 s between words ends a phrase: comfortably above the 0.1-0.3 s gaps inside
     * fluent clauses and below the 0.5-1 s people leave between sentences.
     */
    static final double PHRASE_PAUSE_SECONDS = 0.45;
    /** A cue only starts a new phrase when the current one already has this many words. */
    private static final int MIN_WORDS_BEFORE_CUE = 3;
    private static final Pattern CUE = Lexicon.atStart("phrase-start-cues");
    private static final java.util.Set<String> BINDS_FORWARD = Lexicon.words("binds-forward");

    List<Phrase> split(SpokenText text) {
        List<Word> words = text.words();
        List<Phrase> phrases = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || breaksBefore(text, i, start)) {
                phrases.add(phrase(text, start, i));
                start = i;
            }
        }
        return phrases;
    }

    private static boolean breaksBefore(SpokenText text, int index, int phraseStart) {
        List<Word> words = text.words();
        if (text.breaksBefore().contains(index)) {
            return true;
        }
        if (text.timed() && words.get(index).start() - words.get(index - 1).end() >= PHRASE_PAUSE_SECONDS) {
            return true;
        }
        if (index - phraseStart < MIN_WORDS_BEFORE_CUE || BINDS_FORWARD.contains(words.get(index - 1).text())) {
            return false;
        }
        String ahead = String.join(" ", words.subList(index, Math.min(words.size(), index + 4)).stream().map(Word::text).toList());
        return CUE.matcher(ahead).find();
    }

    private static Phrase phrase(SpokenText text, int from, int to) {
        List<Word> words = text.words().subList(from, to);
        Double start = text.timed() ? words.get(0).start() : null;
        Double end = text.timed() ? words.get(words.size() - 1).end() : null;
        return new Phrase(from, to, words, start, end, IntroSection.OTHER);
    }
}
