package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One recognised word. In JSON (a transcript file, a report, what Vosk itself returns) it has the
 * shape Vosk emits, {@code word, start, end, conf}, so that other tools can read it; the last three
 * fields, {@code alternative, alternativeConf, alternativePass}, are there only where the
 * resume-aware second pass disagreed with the first.
 *
 * @param text        the word as the recogniser spelled it (lowercase, no punctuation)
 * @param start       seconds from the start of the recording
 * @param end         seconds from the start of the recording
 * @param confidence  the recogniser's confidence, 0 to 1
 * @param alternative when the resume-aware second pass re-decoded this word's stretch and the two
 *                    passes disagreed, the hypothesis that was not chosen; null otherwise
 */
public record Word(String text, double start, double end, double confidence, Alternative alternative) {
    public Word(String text, double start, double end, double confidence) {
        this(text, start, end, confidence, null);
    }

    /** True when this word was heard by the second pass against the resume's vocabulary, replacing what the first pass heard. */
    public boolean fromResumePass() {
        return alternative != null && Alternative.FIRST_PASS.equals(alternative.pass());
    }

    /** The word in Vosk's shape, flat, as it is written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"word", "start", "end", "conf", "alternative", "alternativeConf", "alternativePass"})
    record Vosk(String word, double start, double end, double conf, String alternative, Double alternativeConf,
                String alternativePass) {
    }

    @JsonValue
    Vosk toJson() {
        return alternative == null ? new Vosk(text, start, end, confidence, null, null, null)
                : new Vosk(text, start, end, confidence, alternative.text(), alternative.confidence(), alternative.pass());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Word fromJson(Vosk json) {
        Alternative other = json.alternative() == null ? null
                : new Alternative(json.alternative(), json.alternativeConf() == null ? 0 : json.alternativeConf(),
                        json.alternativePass() == null ? Alternative.FIRST_PASS : json.alternativePass());
        return new Word(json.word(), json.start(), json.end(), json.conf(), other);
    }
}
