package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A question the interviewer is likely to ask next, and why: part of the report as plain data.
 * Found by {@code org.introcoach.followup.FollowUpFinder} from the claims and words of the intro
 * and the question banks; the analysis itself does not compute it.
 *
 * @param reason     in words, what invites it (or, when not invited, what the resume shows)
 * @param quote      the words of the intro that invite it; null when the intro never invites it
 * @param start      when those words start, seconds; null without timings or when not invited
 * @param standing   "strength" (the resume backs it), "exposed" (the intro stresses what the resume shows little of) or "neutral"
 * @param backedBy   what in the resume backs it ("Stripe: Led the migration ..."); null when nothing does
 * @param advice     what to do about it: for an exposed question, prepare proof or stop inviting it
 * @param suggestion for a resume strength the intro never invites, a sentence that would invite it; otherwise null
 * @param invited    true when the intro invites it; false for a strength it leaves unsaid
 */
@JsonPropertyOrder({"id", "text", "topic", "kind", "reason", "quote", "start", "standing", "backedBy", "advice", "suggestion",
    "invited", "likelihood"})
public record FollowUp(String id, String text, String topic, String kind, String reason, String quote, Double start,
                       String standing, String backedBy, String advice, String suggestion, boolean invited, double likelihood) {
    public static final String STRENGTH = "strength";
    public static final String EXPOSED = "exposed";
    public static final String NEUTRAL = "neutral";
}
