package org.introcoach.speech;

/**
 * One recognised word.
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
}
