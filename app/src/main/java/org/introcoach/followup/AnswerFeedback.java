package org.introcoach.followup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What an answer to one question came to.
 *
 * @param duration       how the length compares with the question's target: "under", "within", "over", or
 *                       "unknown" without timings
 * @param pace           "slow", "comfortable", "rushed", or "unknown"
 * @param keyPoints      each key point of the question and whether the answer made it
 * @param shape          for a behavioural question, each STAR part and whether it was heard; empty otherwise
 * @param advice         what to change, most important first; empty when nothing needs to
 */
@JsonPropertyOrder({"questionId", "question", "kind", "durationSeconds", "targetMinSeconds", "targetMaxSeconds", "duration",
    "wordCount", "wordsPerMinute", "pace", "fillerCount", "fillersPerMinute", "keyPoints", "pointsCovered", "shape", "advice",
    "transcript"})
public record AnswerFeedback(String questionId, String question, String kind, Double durationSeconds, int targetMinSeconds,
                             int targetMaxSeconds, String duration, int wordCount, Double wordsPerMinute, String pace,
                             int fillerCount, Double fillersPerMinute, List<PointCheck> keyPoints, int pointsCovered,
                             List<ShapePart> shape, List<String> advice, String transcript) {
    public AnswerFeedback {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        shape = shape == null ? List.of() : List.copyOf(shape);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A key point and the words of the answer that made it (empty when missed). */
    @JsonPropertyOrder({"point", "covered", "heard"})
    public record PointCheck(String point, boolean covered, List<String> heard) {
        public PointCheck {
            heard = heard == null ? List.of() : List.copyOf(heard);
        }
    }

    /** One part of a STAR story: whether it was heard, the words that showed it and when. */
    @JsonPropertyOrder({"part", "present", "quote", "start"})
    public record ShapePart(String part, boolean present, String quote, Double start) {
    }
}
