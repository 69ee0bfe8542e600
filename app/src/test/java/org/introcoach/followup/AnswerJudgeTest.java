package org.introcoach.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.SpokenText;
import org.introcoach.speech.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerJudgeTest {
    private static AnswerJudge judge;
    private static final Question CACHING = new Question("cache-q", "How do you cache?", "caching", Question.Kind.TECHNICAL, "test",
            new Question.Invitation(List.of("cache"), List.of(), List.of(), List.of()),
            List.of(new Question.KeyPoint("Entries expire", List.of("timeout", "expire")),
                    new Question.KeyPoint("Django's cache framework", List.of("django", "cache")),
                    new Question.KeyPoint("Stampedes", List.of("stampede", "lock"))),
            List.of(), Question.Kind.TECHNICAL.defaultTarget());

    @BeforeAll
    static void load() throws Exception {
        judge = new AnswerJudge(LanguageModels.loadBundled().newAnnotator());
    }

    /** Words one every 0.4 s, each heard with the given confidence. */
    private static List<Word> timed(String text, double confidence) {
        List<Word> words = new ArrayList<>();
        double at = 0;
        for (String word : text.split(" ")) {
            words.add(new Word(word, at, at + 0.35, confidence));
            at += 0.4;
        }
        return words;
    }

    @Test
    void aPointIsMadeByAnotherFormOfItsWords() {
        AnswerFeedback feedback = judge.judge(CACHING, SpokenText.of(org.introcoach.speech.Transcript.typed("every entry expires after a short while")).words(), false);

        assertTrue(feedback.keyPoints().get(0).covered(), feedback.toString());
        assertEquals(List.of("expires"), feedback.keyPoints().get(0).heard());
        assertFalse(feedback.keyPoints().get(2).covered());
    }

    @Test
    void aMisheardTechnologyNameStillMakesThePointWhenTheRecogniserWasUnsure() {
        AnswerFeedback unsure = judge.judge(CACHING, timed("we used the jango cache framework", 0.5), true);
        AnswerFeedback sure = judge.judge(CACHING, timed("we used the mango cache framework", 1.0), true);

        assertTrue(unsure.keyPoints().get(1).covered(), unsure.toString());
        assertEquals(List.of("jango", "cache"), unsure.keyPoints().get(1).heard());
        assertEquals(List.of("cache"), sure.keyPoints().get(1).heard(), "a clearly heard other word is not the term: " + sure);
    }

    @Test
    void withoutTimingsTheLengthIsUnknownNotInvented() {
        AnswerFeedback feedback = judge.judge(CACHING, SpokenText.of(org.introcoach.speech.Transcript.typed("we set a timeout on every key")).words(), false);

        assertNull(feedback.durationSeconds());
        assertEquals("unknown", feedback.duration());
        assertEquals("unknown", feedback.pace());
    }

    @Test
    void aLongAnswerIsOverItsTargetAndFillersAreCounted() {
        String words = "um we set a timeout on every key and uh ".repeat(40).strip();
        AnswerFeedback feedback = judge.judge(CACHING, timed(words, 1.0), true);

        assertEquals("over", feedback.duration(), feedback.toString());
        assertEquals(80, feedback.fillerCount());
        assertTrue(feedback.advice().get(0).contains("over the 45-120 s a technical question wants"), feedback.advice().toString());
        assertTrue(feedback.advice().stream().anyMatch(line -> line.contains("fillers a minute")), feedback.advice().toString());
    }
}
