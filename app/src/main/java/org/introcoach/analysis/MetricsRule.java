package org.introcoach.analysis;

import java.util.List;
import org.introcoach.speech.Word;

/** Measures the delivery for the report: duration, pace, fillers, pauses, stumbles, hedges and how much was heard poorly. */
final class MetricsRule implements Rule {
    /** Without timings, the pace a typed intro is assumed to be spoken at (words a minute). */
    static final double NATURAL_WPM = 140;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<Word> words = intro.words();
        List<String> tokens = intro.tokens();
        boolean timed = intro.spoken().timed() && !words.isEmpty();
        Double duration = intro.spoken().durationSeconds();
        int fillers = Delivery.fillerSpans(tokens).size() + verdict.soundFillers.size();
        Double minutes = timed && duration > 0 ? duration / 60 : null;
        Double wpm = minutes == null ? null : words.size() / speakingMinutes(words, duration);
        Double fillersPerMinute = minutes == null ? null : fillers / minutes;
        double lowConfidence = words.isEmpty() ? 0 : words.stream().filter(w -> w.confidence() < Claims.CONFIDENT).count() / (double) words.size();
        verdict.metrics = new Metrics(duration, words.size(), wpm, fillers, fillersPerMinute, timed ? Delivery.longPauses(words).size() : null,
                timed ? Delivery.longestPause(words) : null, RepetitionRule.stumbles(tokens).size(), Delivery.hedges(tokens).size(), lowConfidence, timed);
    }

    /**
     * The pace is words over the time spent speaking: the silences long enough to be their own finding
     * ({@link Delivery#LONG_PAUSE_SECONDS} and over, {@code LONG_PAUSES}) are left out, so one fault is one finding
     * and a speaker who stops twice to think is not also called slow.
     */
    static double speakingMinutes(List<Word> words, double duration) {
        double silent = 0;
        for (int[] pause : Delivery.longPauses(words)) {
            silent += words.get(pause[1]).start() - words.get(pause[0]).end();
        }
        return Math.max(duration - silent, duration / 2) / 60;
    }

    /** Minutes of speech: measured when timed, estimated at a natural pace from the words when not. */
    static double minutes(Intro intro, Metrics metrics) {
        return metrics.timingAvailable() && metrics.durationSeconds() != null && metrics.durationSeconds() > 0
                ? metrics.durationSeconds() / 60 : metrics.wordCount() / NATURAL_WPM;
    }
}
