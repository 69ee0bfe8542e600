package org.introcoach.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.introcoach.followup.AnswerFeedback;

/**
 * One practised answer to an interview question, as saved: the kind of take that is not an intro.
 *
 * @param kind   always {@value #KIND}, so a listing of takes and answers together can tell them apart
 * @param source "microphone" or the name of the imported file
 */
@JsonPropertyOrder({"kind", "id", "recordedAt", "source", "questionId", "question", "feedback"})
public record SavedAnswer(String kind, String id, Instant recordedAt, String source, String questionId, String question,
                          AnswerFeedback feedback) {
    public static final String KIND = "answer";

    public SavedAnswer {
        kind = KIND;
    }
}
