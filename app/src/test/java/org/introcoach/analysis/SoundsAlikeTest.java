package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundsAlikeTest {

    @ParameterizedTest(name = "{0} could be {1}")
    @CsvSource({"strike, stripe", "washing, washington", "patil, patel", "okafor, okafor", "shopify, shopify",
        "thoughtworks, thoughtworks", "raman, ramen"})
    void acceptsLikelyMisrecognitions(String heard, String expected) {
        assertTrue(SoundsAlike.words(heard, expected));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"google, apple", "square, stripe", "stanford, washington", "school, sql", "rebecca, maria", "amazon, dell"})
    void rejectsDifferentWords(String heard, String expected) {
        assertFalse(SoundsAlike.words(heard, expected));
    }

    @ParameterizedTest(name = "{0} at low confidence resembles {1}")
    @CsvSource({"tribe, stripe", "spot, spotify"})
    void resemblesWhatTheRecogniserWasUnsureOf(String heard, String expected) {
        assertTrue(SoundsAlike.resembles(heard, expected));
    }

    @org.junit.jupiter.api.Test
    void coverageCountsExpectedWordsHeardInOrder() {
        assertEquals(1.0, SoundsAlike.coverage(List.of("the", "university", "of", "washing", "ton"), List.of("university", "washington")));
        assertEquals(0.5, SoundsAlike.coverage(List.of("washington", "university"), List.of("university", "washington")));
    }
}
