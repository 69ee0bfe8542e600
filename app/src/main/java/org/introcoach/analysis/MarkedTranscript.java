package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.introcoach.speech.Word;

/**
 * A report's transcript word by word, with what a reader should notice about each word: the
 * marks the app and exports draw. Derived from the report alone, so a saved attempt marks the
 * same way it did when it was made.
 */
public record MarkedTranscript(List<MarkedWord> words) {
    /** What can be marked on a word. */
    public enum Mark {
        /** a filler such as "um" or "you know" */
        FILLER,
        /** part of a claim that disagrees with the resume or that the resume does not support */
        CLAIM,
        /** heard with low confidence: may not be what was said */
        UNSURE
    }

    /**
     * @param pauseBefore  seconds of silence before this word when that is a long pause, else 0
     * @param fillerBefore a filler was heard in the sound just before this word where the recogniser wrote nothing
     */
    public record MarkedWord(int index, String text, double start, double end, double confidence, Set<Mark> marks,
                             double pauseBefore, boolean fillerBefore) {
        public MarkedWord {
            marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
        }

        public boolean has(Mark mark) {
            return marks.contains(mark);
        }
    }

    /** The confidence under which Vosk's word is often wrong; the same bar the consistency rules use. */
    static final double UNSURE_BELOW = 0.7;
    private static final Set<FindingCode> CLAIMS = EnumSet.of(FindingCode.NAME_MISMATCH, FindingCode.SCHOOL_MISMATCH,
            FindingCode.EMPLOYER_MISMATCH, FindingCode.ROLE_MISMATCH, FindingCode.EXPERIENCE_YEARS_MISMATCH,
            FindingCode.SKILL_NOT_ON_RESUME, FindingCode.QUANTITY_MISMATCH, FindingCode.UNBACKED_CLAIM);

    public MarkedTranscript {
        words = List.copyOf(words);
    }

    public static MarkedTranscript of(Report report) {
        List<Word> entries = report.transcript().words();
        List<MarkedWord> marked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Word entry = entries.get(i);
            Set<Mark> marks = EnumSet.noneOf(Mark.class);
            String word = entry.text();
            String next = i + 1 < entries.size() ? entries.get(i + 1).text() : "";
            String previous = i > 0 ? entries.get(i - 1).text() : "";
            if (Delivery.FILLERS.contains(word) || isFillerPair(word, next) || isFillerPair(previous, word)
                    || report.soundFillers().stream().anyMatch(heard -> heard.heardAs() != null && overlaps(heard, entry))) {
                marks.add(Mark.FILLER);
            }
            if (entry.confidence() < UNSURE_BELOW) {
                marks.add(Mark.UNSURE);
            }
            for (Finding finding : report.findings()) {
                if (CLAIMS.contains(finding.code()) && finding.severity() != Severity.INFO && covers(finding, entry)) {
                    marks.add(Mark.CLAIM);
                }
            }
            double gap = i == 0 ? 0 : entry.start() - entries.get(i - 1).end();
            double previousEnd = i == 0 ? 0 : entries.get(i - 1).end();
            boolean fillerBefore = report.soundFillers().stream()
                    .anyMatch(heard -> heard.heardAs() == null && heard.end() <= entry.start() + DeliveryRules.OVERLAP_SECONDS
                            && heard.start() >= previousEnd - DeliveryRules.OVERLAP_SECONDS);
            marked.add(new MarkedWord(i, word, entry.start(), entry.end(), entry.confidence(), marks,
                    gap >= Delivery.LONG_PAUSE_SECONDS ? gap : 0, fillerBefore));
        }
        return new MarkedTranscript(marked);
    }

    /** The words a finding is about, by its time span; empty when it has no span (something not said). */
    public List<MarkedWord> wordsOf(Finding finding) {
        if (finding.start() == null || finding.end() == null) {
            return List.of();
        }
        return words.stream().filter(word -> word.end() > finding.start() && word.start() < finding.end()).toList();
    }

    private static boolean overlaps(Report.SoundFiller heard, Word entry) {
        return Math.min(heard.end(), entry.end()) - Math.max(heard.start(), entry.start()) >= DeliveryRules.OVERLAP_SECONDS;
    }

    private static boolean covers(Finding finding, Word entry) {
        return finding.start() != null && finding.end() != null && entry.end() > finding.start() && entry.start() < finding.end();
    }

    private static boolean isFillerPair(String first, String second) {
        return first != null && second != null && Delivery.FILLER_PHRASES.contains(first + " " + second);
    }
}
