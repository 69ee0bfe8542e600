package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

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

    public Transcript toTranscript() {
        return new Transcript(result.stream().map(Entry::toWord).toList(), durationSeconds);
    }
}
