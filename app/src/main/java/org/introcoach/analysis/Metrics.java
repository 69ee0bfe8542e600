package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Measurements of delivery. Timing figures are null when the transcript has no timings (plain
 * text): unavailable, not invented.
 *
 * @param durationSeconds  from the first word to the last
 * @param wordsPerMinute   words over speaking time
 * @param longPauseCount   silences of {@value Delivery#LONG_PAUSE_SECONDS} s or more between words
 */
@JsonPropertyOrder({"durationSeconds", "wordCount", "wordsPerMinute", "fillerCount", "fillersPerMinute", "longPauseCount",
    "longestPauseSeconds", "repeatedPhraseCount", "hedgeCount", "lowConfidenceWordShare", "timingAvailable"})
public record Metrics(Double durationSeconds, int wordCount, Double wordsPerMinute, int fillerCount, Double fillersPerMinute,
                      Integer longPauseCount, Double longestPauseSeconds, int repeatedPhraseCount, int hedgeCount,
                      double lowConfidenceWordShare, boolean timingAvailable) {
}
