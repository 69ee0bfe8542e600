package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The transcript file format of {@code introcoach transcribe}: the word list has the shape Vosk
 * itself emits ({@code word, start, end, conf}) so that other tools can read it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"file", "text", "result", "durationSeconds"})
public record TranscriptDocument(String file, String text, List<Entry> result, double durationSeconds) {

    /**
     * One word in Vosk's shape; the last three fields are added only where the resume-aware second
     * pass disagreed with the first: the hypothesis not chosen for this word's stretch, its
     * confidence, and the pass it came from ("first" or "resume").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"word", "start", "end", "conf", "alternative", "alternativeConf", "alternativePass"})
    public record Entry(String word, double start, double end, double conf,
                        String alternative, Double alternativeConf, String alternativePass) {
        public Entry(String word, double start, double end, double conf) {
            this(word, start, end, conf, null, null, null);
        }

        Word toWord() {
            Alternative other = alternative == null ? null
                    : new Alternative(alternative, alternativeConf == null ? 0 : alternativeConf,
                            alternativePass == null ? Alternative.FIRST_PASS : alternativePass);
            return new Word(word, start, end, conf, other);
        }

        static Entry of(Word word) {
            Alternative other = word.alternative();
            return other == null ? new Entry(word.text(), word.start(), word.end(), word.confidence())
                    : new Entry(word.text(), word.start(), word.end(), word.confidence(),
                            other.text(), other.confidence(), other.pass());
        }
    }

    public TranscriptDocument {
        result = result == null ? List.of() : List.copyOf(result);
        text = text == null ? "" : text;
    }

    public static TranscriptDocument of(String file, Transcript transcript) {
        return new TranscriptDocument(file, transcript.text(),
                transcript.words().stream().map(Entry::of).toList(), transcript.durationSeconds());
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
        for (int i = 0; i < result.size(); i++) {
            Entry entry = result.get(i);
            if (entry == null || entry.word() == null || entry.word().isBlank()) {
                return Optional.of("word %d has no text".formatted(i + 1));
            }
            String which = "word %d \"%s\"".formatted(i + 1, entry.word());
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
            if (!Double.isFinite(entry.conf()) || entry.conf() < 0 || entry.conf() > 1) {
                return Optional.of(which + " has confidence %s; it must be from 0 to 1".formatted(entry.conf()));
            }
            previousStart = entry.start();
        }
        return Optional.empty();
    }

    public Transcript toTranscript() {
        return new Transcript(result.stream().map(Entry::toWord).toList(), durationSeconds);
    }
}
