package org.introcoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptAlignmentTest {
    @Test
    void wordsBothSaidLineUpAndTheRestIsMarkedBySide() {
        TranscriptAlignment alignment = TranscriptAlignment.of(
                TranscriptAlignment.words("hello um i am maria and i like data"),
                TranscriptAlignment.words("hello i am maria chen and i love data"));
        assertEquals(List.of(
                        new TranscriptAlignment.Pair("um", null, TranscriptAlignment.Change.ONLY_BEFORE),
                        new TranscriptAlignment.Pair(null, "chen", TranscriptAlignment.Change.ONLY_AFTER),
                        new TranscriptAlignment.Pair(null, "love", TranscriptAlignment.Change.ONLY_AFTER),
                        new TranscriptAlignment.Pair("like", null, TranscriptAlignment.Change.ONLY_BEFORE)),
                alignment.changes());
        assertEquals(2.0 * 7 / (9 + 9), alignment.overlap(), 1e-9);
    }

    @Test
    void identicalTranscriptsOverlapCompletely() {
        List<String> words = TranscriptAlignment.words("i am eager to join your team");
        assertEquals(1.0, TranscriptAlignment.of(words, words).overlap());
        assertEquals(List.of(), TranscriptAlignment.of(words, words).changes());
    }
}
