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
        Double wpm = minutes == null ? null : words.size() / minutes;
        Double fillersPerMinute = minutes == null ? null : fillers / minutes;
        double lowConfidence = words.isEmpty() ? 0 : words.stream().filter(w -> w.confidence() < Claims.CONFIDENT).count() / (double) words.size();
        verdict.metrics = new Metrics(duration, words.size(), wpm, fillers, fillersPerMinute, timed ? Delivery.longPauses(words).size() : null,
                timed ? Delivery.longestPause(words) : null, RepetitionRule.stumbles(tokens).size(), Delivery.hedges(tokens).size(), lowConfidence, timed);
    }

    /** Minutes of speech: measured when timed, estimated at a natural pace from the words when not. */
    static double minutes(Intro intro, Metrics metrics) {
        return metrics.timingAvailable() && metrics.durationSeconds() != null && metrics.durationSeconds() > 0
                ? metrics.durationSeconds() / 60 : metrics.wordCount() / NATURAL_WPM;
    }
}
