package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Measurements of delivery. Timing figures are null when the transcript has no timings (plain
 * text): unavailable, not invented.
 *
 * @param durationSeconds  from the first word to the last
 * @param wordsPerMinute   words over speaking time: from the first word to the last, less the long pauses (their own finding)
 * @param longPauseCount   silences of {@value Delivery#LONG_PAUSE_SECONDS} s or more between words
 * @param fillerCount      fillers the recogniser wrote plus fillers heard only in the sound ({@code soundFillerCount})
 * @param pitchMedianHz    the speaker's median F0 over voiced frames; this and the next four are measured from
 *                         the recording itself and are null without one (see {@link DeliveryRules})
 * @param pitchVariationSemitones spread of F0 in semitones around the speaker's own median, over voiced frames
 * @param loudnessVariationDb standard deviation of the level of voiced frames, dB
 * @param voicedSeconds    seconds of voiced sound
 * @param soundFillerCount held, flat vowels between words that the recogniser wrote as a short word or nothing
 */
@JsonPropertyOrder({"durationSeconds", "wordCount", "wordsPerMinute", "fillerCount", "fillersPerMinute", "longPauseCount",
    "longestPauseSeconds", "repeatedPhraseCount", "hedgeCount", "lowConfidenceWordShare", "timingAvailable",
    "pitchMedianHz", "pitchVariationSemitones", "loudnessVariationDb", "voicedSeconds", "soundFillerCount"})
public record Metrics(Double durationSeconds, int wordCount, Double wordsPerMinute, int fillerCount, Double fillersPerMinute,
                      Integer longPauseCount, Double longestPauseSeconds, int repeatedPhraseCount, int hedgeCount,
                      double lowConfidenceWordShare, boolean timingAvailable, Double pitchMedianHz,
                      Double pitchVariationSemitones, Double loudnessVariationDb, Double voicedSeconds, Integer soundFillerCount) {

    /** Figures from the words alone: nothing measured from the sound. */
    public Metrics(Double durationSeconds, int wordCount, Double wordsPerMinute, int fillerCount, Double fillersPerMinute,
                   Integer longPauseCount, Double longestPauseSeconds, int repeatedPhraseCount, int hedgeCount,
                   double lowConfidenceWordShare, boolean timingAvailable) {
        this(durationSeconds, wordCount, wordsPerMinute, fillerCount, fillersPerMinute, longPauseCount, longestPauseSeconds,
                repeatedPhraseCount, hedgeCount, lowConfidenceWordShare, timingAvailable, null, null, null, null, null);
    }

    /** These figures with the ones measured from the sound. */
    public Metrics withSound(double pitchMedian, double pitchVariation, double loudnessVariation, double voiced, int soundFillers) {
        return new Metrics(durationSeconds, wordCount, wordsPerMinute, fillerCount, fillersPerMinute, longPauseCount,
                longestPauseSeconds, repeatedPhraseCount, hedgeCount, lowConfidenceWordShare, timingAvailable, pitchMedian,
                pitchVariation, loudnessVariation, voiced, soundFillers);
    }
}
