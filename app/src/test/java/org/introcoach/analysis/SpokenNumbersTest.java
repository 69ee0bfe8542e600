package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "twenty nineteen, 2019, true", "nineteen ninety eight, 1998, true", "two thousand ten, 2010, true",
        "two thousand and five, 2005, true", "twenty twenty one, 2021, true", "nineteen oh five, 1905, true",
        "fifteen, 15, false", "twenty five, 25, false", "three hundred and five, 305, false", "2019, 2019, true", "seven, 7, false",
        "four thousand five hundred, 4500, false", "two thousand five hundred, 2500, false", "hundred and forty, 140, false"})
    void readsNumbersAsTheRecogniserWritesThem(String words, int value, boolean year) {
        List<SpokenNumbers.Spoken> found = SpokenNumbers.find(List.of(words.split(" ")));

        assertEquals(1, found.size(), words);
        assertEquals(value, found.get(0).value());
        assertEquals(year, found.get(0).year());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"over seven years i have worked, 7", "for a decade i taught, 10", "i graduated in twenty nineteen and joined, 2019"})
    void findsNumbersInsideSentences(String sentence, int value) {
        List<SpokenNumbers.Spoken> found = SpokenNumbers.find(List.of(sentence.split(" ")));

        assertEquals(1, found.size(), sentence);
        assertEquals(value, found.get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"i taught mathematics at a public school", "one of the best teams", "seventy thousand"})
    void doesNotInventYears(String sentence) {
        assertTrue(SpokenNumbers.find(List.of(sentence.split(" "))).stream().noneMatch(SpokenNumbers.Spoken::year), sentence);
    }
}
