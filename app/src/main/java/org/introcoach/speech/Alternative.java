package org.introcoach.speech;

/**
 * The hypothesis not chosen for a word's stretch of speech, kept beside the one that was.
 *
 * @param text       the other hypothesis's words for the stretch
 * @param confidence the recogniser's confidence in it, 0 to 1 (the mean over its words)
 * @param pass       which pass it came from: {@link #FIRST_PASS} (the open-vocabulary recognition)
 *                   or {@link #RESUME_PASS} (the re-decoding against the resume's vocabulary)
 */
public record Alternative(String text, double confidence, String pass) {
    public static final String FIRST_PASS = "first";
    public static final String RESUME_PASS = "resume";
}
