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
        "thoughtworks, thoughtworks", "raman, ramen", "idea, ideo"})
    void acceptsLikelyMisrecognitions(String heard, String expected) {
        assertTrue(SoundsAlike.words(heard, expected));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"google, apple", "square, stripe", "stanford, washington", "school, sql", "rebecca, maria", "amazon, dell", "uber, user"})
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

    @ParameterizedTest(name = "\"{0}\" is a short form of {1}")
    @CsvSource({"georgia tech, Georgia Institute of Technology", "u c l a, 'University of California, Los Angeles'",
        "m i t, Massachusetts Institute of Technology", "imperial, Imperial College London"})
    void knowsHowPeopleShortenSchoolNames(String heard, String name) {
        assertTrue(ShortForms.of(List.of(heard.split(" ")), name));
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource({"purdue, Georgia Institute of Technology", "georgia state, Georgia Institute of Technology", "u w, Imperial College London"})
    void anotherSchoolIsNotAShortForm(String heard, String name) {
        assertFalse(ShortForms.of(List.of(heard.split(" ")), name));
    }
}
