package org.introcoach.analysis;

/**
 * A word with its Universal Dependencies part of speech (NOUN, VERB, PROPN, ...) and lemma.
 */
public record Token(String text, String partOfSpeech, String lemma) {
}
