package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;

/**
 * A report's transcript with what a reader should notice marked on it: the same {@link Transcript}
 * record, its words untouched, and marks that are spans of word indexes into
 * {@code transcript.words()} (a filler, a claim the resume does not back, a word heard unsurely),
 * plus the long pauses and the fillers heard only in the sound, each before a word. These are the
 * marks the app and the exports draw. Derived from the report alone, so a saved take marks the
 * same way it did when it was made.
 *
 * @param spans        maximal runs of words carrying one mark, in word order per mark
 * @param pauses       the long silences, each before the word it precedes
 * @param fillersHeard indexes of the words just before which a filler was heard in the sound where the recogniser wrote nothing
 */
public record MarkedTranscript(Transcript transcript, List<Span> spans, List<Pause> pauses, Set<Integer> fillersHeard) {
    /** What can be marked on a word. */
    public enum Mark {
        /** a filler such as "um" or "you know" */
        FILLER,
        /** part of a claim that disagrees with the resume or that the resume does not support */
        CLAIM,
        /** heard with low confidence: may not be what was said */
        UNSURE
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) of the transcript carry {@code mark}. */
    public record Span(Mark mark, int from, int to) {
        public boolean covers(int index) {
            return index >= from && index < to;
        }
    }

    /** A silence of {@code seconds} before word {@code before}, long enough to mark ({@link Delivery#LONG_PAUSE_SECONDS}). */
    public record Pause(int before, double seconds) {
    }

    /** The confidence under which Vosk's word is often wrong; the same bar the consistency rules use. */
    static final double UNSURE_BELOW = 0.7;
    private static final Set<FindingCode> CLAIMS = EnumSet.of(FindingCode.NAME_MISMATCH, FindingCode.SCHOOL_MISMATCH,
            FindingCode.EMPLOYER_MISMATCH, FindingCode.ROLE_MISMATCH, FindingCode.EXPERIENCE_YEARS_MISMATCH,
            FindingCode.SKILL_NOT_ON_RESUME, FindingCode.QUANTITY_MISMATCH, FindingCode.UNBACKED_CLAIM);

    public MarkedTranscript {
        transcript = transcript == null ? Transcript.empty(0) : transcript;
        spans = List.copyOf(spans);
        pauses = List.copyOf(pauses);
        fillersHeard = Set.copyOf(fillersHeard);
    }

    /** Nothing to mark: no take shown. */
    public static MarkedTranscript none() {
        return new MarkedTranscript(Transcript.empty(0), List.of(), List.of(), Set.of());
    }

    public static MarkedTranscript of(Report report) {
        Transcript transcript = report.transcript() == null ? Transcript.empty(0) : report.transcript();
        List<Word> entries = transcript.words();
        List<Set<Mark>> marks = new ArrayList<>();
        List<Pause> pauses = new ArrayList<>();
        Set<Integer> fillersHeard = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Word entry = entries.get(i);
            Set<Mark> on = EnumSet.noneOf(Mark.class);
            String word = lower(entry);
            String next = i + 1 < entries.size() ? lower(entries.get(i + 1)) : "";
            String previous = i > 0 ? lower(entries.get(i - 1)) : "";
            if (Delivery.FILLERS.contains(word) || isFillerPair(word, next) || isFillerPair(previous, word)
                    || report.soundFillers().stream().anyMatch(heard -> heard.heardAs() != null && overlaps(heard, entry))) {
                on.add(Mark.FILLER);
            }
            if (entry.confidence() < UNSURE_BELOW) {
                on.add(Mark.UNSURE);
            }
            for (Finding finding : report.findings()) {
                if (CLAIMS.contains(finding.code()) && finding.severity() != Severity.INFO && covers(finding, entry)) {
                    on.add(Mark.CLAIM);
                }
            }
            marks.add(on);
            double gap = i == 0 ? 0 : entry.start() - entries.get(i - 1).end();
            if (gap >= Delivery.LONG_PAUSE_SECONDS) {
                pauses.add(new Pause(i, gap));
            }
            double previousEnd = i == 0 ? 0 : entries.get(i - 1).end();
            if (report.soundFillers().stream().anyMatch(heard -> heard.heardAs() == null
                    && heard.end() <= entry.start() + DeliveryRules.OVERLAP_SECONDS
                    && heard.start() >= previousEnd - DeliveryRules.OVERLAP_SECONDS)) {
                fillersHeard.add(i);
            }
        }
        return new MarkedTranscript(transcript, runs(marks), pauses, fillersHeard);
    }

    /** The transcript's words, the ones the marks point into. */
    public List<Word> words() {
        return transcript.words();
    }

    /** The marks on word {@code index}. */
    public Set<Mark> marksOf(int index) {
        Set<Mark> on = EnumSet.noneOf(Mark.class);
        spans.stream().filter(span -> span.covers(index)).forEach(span -> on.add(span.mark()));
        return on;
    }

    /** Seconds of the long pause before word {@code index}, or 0 when there is none. */
    public double pauseBefore(int index) {
        return pauses.stream().filter(pause -> pause.before() == index).mapToDouble(Pause::seconds).findFirst().orElse(0);
    }

    /** Whether a filler was heard in the sound just before word {@code index} where the recogniser wrote nothing. */
    public boolean fillerBefore(int index) {
        return fillersHeard.contains(index);
    }

    /** The indexes of the words a finding is about, by its time span; empty when it has no span (something not said). */
    public List<Integer> wordsOf(Finding finding) {
        if (finding.start() == null || finding.end() == null) {
            return List.of();
        }
        List<Word> entries = words();
        return IntStream.range(0, entries.size()).filter(i -> covers(finding, entries.get(i))).boxed().toList();
    }

    private static List<Span> runs(List<Set<Mark>> marks) {
        List<Span> spans = new ArrayList<>();
        for (Mark mark : Mark.values()) {
            int from = -1;
            for (int i = 0; i <= marks.size(); i++) {
                boolean on = i < marks.size() && marks.get(i).contains(mark);
                if (on && from < 0) {
                    from = i;
                } else if (!on && from >= 0) {
                    spans.add(new Span(mark, from, i));
                    from = -1;
                }
            }
        }
        return spans;
    }

    private static String lower(Word entry) {
        return entry.text() == null ? "" : entry.text().toLowerCase(Locale.ROOT);
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
