package org.introcoach.followup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SoundsAlike;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;

/**
 * The words of a judged intro as the report holds them, with their times when it has them: what
 * the follow-up questions quote. Token i is the i-th word of the report's transcript, the same
 * index its claims use.
 */
record IntroWords(List<String> tokens, List<Word> timed) {
    /** Below this many letters a word matches a bank term only exactly: short words sound like too much. */
    private static final int SOUND_MATCH_LETTERS = 5;
    /**
     * A word heard with at least this confidence is taken as said and matches a term only by its
     * spelling: "coaching" heard clearly is not "caching". Below it (the analysis's own threshold for
     * words that cannot support an accusation) the word may be a misheard term, and sound decides.
     */
    private static final double SURE = 0.7;

    static IntroWords of(Transcript transcript) {
        org.introcoach.analysis.SpokenText read = org.introcoach.analysis.SpokenText.of(transcript);
        return new IntroWords(read.tokens(), read.timed() ? read.words() : List.of());
    }

    /**
     * The first place a term (one word or several) is said: [from, to), by spelling or, where the
     * recogniser was unsure, by sound. For names of technologies, which a small model often does
     * not know and writes as words it does ("jango").
     */
    Optional<int[]> find(String term) {
        return find(term, true);
    }

    /** The same by spelling only: for ordinary words, which the recogniser knows, so a sound-alike is another word ("wired", not "hired"). */
    Optional<int[]> findSaid(String term) {
        return find(term, false);
    }

    private Optional<int[]> find(String term, boolean bySound) {
        String[] parts = term.split("\\s+");
        for (int i = 0; i + parts.length <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.length && all; j++) {
                all = sameWord(tokens.get(i + j), parts[j], !bySound || timed.isEmpty() ? 1 : timed.get(i + j).confidence());
            }
            if (all) {
                return Optional.of(new int[] {i, i + parts.length});
            }
        }
        return Optional.empty();
    }

    static boolean sameWord(String heard, String term, double confidence) {
        if (heard.equals(term) || heard.equals(term + "s") || heard.equals(term + "es")) {
            return true;
        }
        return confidence < SURE && heard.length() >= SOUND_MATCH_LETTERS && term.length() >= SOUND_MATCH_LETTERS && SoundsAlike.words(heard, term);
    }

    String quote(int from, int to) {
        return String.join(" ", tokens.subList(Math.max(0, from), Math.min(tokens.size(), to)));
    }

    String quoteAround(int from, int to, int context) {
        return quote(from - context, to + context);
    }

    /** Seconds from the start of the recording, or null without timings. */
    Double startOf(int index) {
        return timed.isEmpty() || index < 0 || index >= timed.size() ? null : timed.get(index).start();
    }

    /** The first word of a section as the report lists it. */
    int indexAt(Report.SectionSpan section) {
        if (!timed.isEmpty() && section.start() != null) {
            for (int i = 0; i < timed.size(); i++) {
                if (timed.get(i).start() >= section.start() - 0.005) {
                    return i;
                }
            }
        }
        String[] words = section.text().strip().split("\\s+");
        String first = String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
        for (int i = 0; i < tokens.size(); i++) {
            if (quote(i, i + Math.min(3, words.length)).equals(first)) {
                return i;
            }
        }
        return 0;
    }
}
