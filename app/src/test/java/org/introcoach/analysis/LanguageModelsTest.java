package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {
    private static LanguageModels models;

    @BeforeAll
    static void load() throws Exception {
        models = LanguageModels.loadBundled();
    }

    @Test
    void tagsAndLemmatisesRecognisedSpeechWithoutPunctuation() {
        List<Token> tokens = models.newAnnotator()
                .annotate("i graduated from the university of washington and worked as a backend engineer");

        Map<String, Token> byWord = tokens.stream().collect(Collectors.toMap(Token::text, t -> t, (a, b) -> a));
        assertEquals(13, tokens.size());
        assertEquals("VERB", byWord.get("graduated").partOfSpeech());
        assertEquals("graduate", byWord.get("graduated").lemma());
        assertEquals("work", byWord.get("worked").lemma());
        assertEquals("NOUN", byWord.get("engineer").partOfSpeech());
        assertEquals("ADP", byWord.get("from").partOfSpeech());
    }

    @Test
    void splitsPunctuatedTextIntoSentences() {
        List<String> sentences = models.newAnnotator()
                .sentences("Hello, I am Maria Chen. I graduated from the University of Washington in 2019. I am eager to join.");

        assertEquals(3, sentences.size());
        assertEquals("I graduated from the University of Washington in 2019.", sentences.get(1));
    }
}
