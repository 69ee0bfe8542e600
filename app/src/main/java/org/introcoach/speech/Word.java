package org.introcoach.speech;

/**
 * One recognised word.
 *
 * @param text       the word as the recogniser spelled it (lowercase, no punctuation)
 * @param start      seconds from the start of the recording
 * @param end        seconds from the start of the recording
 * @param confidence the recogniser's confidence, 0 to 1
 */
public record Word(String text, double start, double end, double confidence) {
}
