package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The transcript file format of {@code introcoach transcribe}: the word list has the shape Vosk
 * itself emits ({@code word, start, end, conf}) so that other tools can read it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"file", "text", "result", "durationSeconds"})
public record TranscriptDocument(String file, String text, List<Entry> result, double durationSeconds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"word", "start", "end", "conf"})
    public record Entry(String word, double start, double end, double conf) {
        Word toWord() {
            return new Word(word, start, end, conf);
        }

        static Entry of(Word word) {
            return new Entry(word.text(), word.start(), word.end(), word.confidence());
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
