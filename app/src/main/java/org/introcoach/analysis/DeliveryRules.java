package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.introcoach.delivery.Prosody;
import org.introcoach.speech.Word;

/**
 * Delivery as heard in the sound itself, when the recording was measured: monotone pitch, a phrase
 * rushed against the speaker's own pace, and fillers the recogniser did not write down. Also the
 * per-phrase figures of the report's {@code delivery} and the sound's metrics. Without a recording
 * there is nothing to measure and these rules say nothing.
 */
final class DeliveryRules {
    /**
     * F0 spread under 1.2 semitones (standard deviation around the speaker's median, the measure of
     * Hincks and Edlund 2009) is monotone. Measured here with {@link org.introcoach.delivery.PitchTracker}:
     * people reading aloud (the LibriVox sentences of pocketsphinx-testdata) 2.0-3.4 per sentence and
     * 2.3-4.7 on other human recordings; espeak-ng's default voice 1.4-1.6, flite's default 0.9,
     * espeak-ng with SSML {@code <prosody range="0">} 0.1 and flite with no F0 variation 0.3. The
     * threshold sits under the flattest person by 0.8 semitones and over flite's flat default voice.
     */
    static final double MONOTONE_BELOW_SEMITONES = 1.2;
    /** Pitch spread is only judged over this much voiced sound: a few words say little about a voice. */
    static final double MIN_VOICED_SECONDS = 4;
    /**
     * A phrase 35% faster than the speaker's median phrase, and faster than the comfortable band's
     * top ({@value PaceRule#FASTEST_COMFORTABLE_WPM} words a minute), is rushed. Phrase rates
     * of one steady speaker (a text-to-speech voice at one rate, measured here) vary by up to about
     * 20% around their median with Vosk's word timings, from short words and phrase-final
     * lengthening; 35% is beyond that noise and heard as a burst.
     */
    static final double RUSHED_FACTOR = 1.35;
    /** Phrases shorter than this have too few words for a rate to mean much. */
    static final int RUSHED_MIN_WORDS = 6;
    /** A speaker's own pace needs a few phrases to be known. */
    static final int MIN_PHRASES_FOR_PACE = 3;
    /**
     * What the recogniser writes over a held "uhhh" or "ummm": nothing, a short function word, or
     * an interjection (the Vosk small model wrote nothing, "a", "and", "the" and "ha" over the held
     * vowels of the tests). A held vowel under any other word is part of that word.
     */
    static final Set<String> SHORT_FUNCTION_WORDS = Lexicon.words("filler-hosts");
    /** A word overlapping a held vowel by less than this is a neighbour touching it, not its cover. */
    static final double OVERLAP_SECONDS = 0.05;

    private final Prosody prosody;
    final List<Report.SoundFiller> soundFillers = new ArrayList<>();
    final List<Report.PhraseDelivery> phrases = new ArrayList<>();

    DeliveryRules(Prosody prosody) {
        this.prosody = prosody;
    }

    List<Finding> check(Intro intro) {
        List<Finding> findings = new ArrayList<>();
        if (prosody == null || !intro.spoken().timed()) {
            return findings;
        }
        double median = prosody.medianHz();
        double medianLevel = prosody.medianLoudnessDb();
        for (Phrase phrase : intro.phrases()) {
            phrases.add(delivery(phrase, median, medianLevel));
        }
        findFillers(intro.words());
        double spread = prosody.spreadSemitones(0, prosody.frames(), median);
        if (prosody.voicedSeconds() >= MIN_VOICED_SECONDS && spread < MONOTONE_BELOW_SEMITONES) {
            findings.add(Finding.of(FindingCode.MONOTONE, Severity.WARNING,
                    "Your pitch hardly moved (%.1f semitones of spread; people speak with about 2-5). Lift the words that matter: your name, the result, the role you want."
                            .formatted(spread)));
        }
        rushed(intro).ifPresent(findings::add);
        return findings;
    }

    /** The report's metrics with the figures of the sound added. */
    Metrics addTo(Metrics metrics) {
        if (prosody == null) {
            return metrics;
        }
        double median = prosody.medianHz();
        return metrics.withSound(round(median, 1), round(prosody.spreadSemitones(0, prosody.frames(), median), 2),
                round(prosody.loudnessVariationDb(), 2), round(prosody.voicedSeconds(), 2), soundFillers.size());
    }

    private Report.PhraseDelivery delivery(Phrase phrase, double medianHz, double medianLevel) {
        int from = prosody.frameAt(phrase.start());
        int to = Math.max(from, prosody.frameAt(phrase.end()));
        double seconds = phrase.end() - phrase.start();
        double wpm = seconds <= 0 ? 0 : phrase.words().size() * 60 / seconds;
        double ownMedian = prosody.medianHz(from, to);
        long voiced = java.util.stream.IntStream.range(from, to).filter(prosody::voiced).count();
        Double spread = voiced < 10 ? null : round(prosody.spreadSemitones(from, to, ownMedian), 2);
        double level = prosody.medianLoudnessDb(from, to);
        Double loudness = Double.isNaN(level) || Double.isNaN(medianLevel) ? null : round(level - medianLevel, 1);
        int step = (int) Math.round(Report.PhraseDelivery.CONTOUR_STEP_SECONDS / Prosody.FRAME_SECONDS);
        List<Double> contour = new ArrayList<>();
        for (int start = from; start < to; start += step) {
            double[] bucket = java.util.stream.IntStream.range(start, Math.min(to, start + step)).filter(prosody::voiced)
                    .mapToDouble(prosody::f0).toArray();
            contour.add(bucket.length < 2 || medianHz <= 0 ? null
                    : round(Prosody.semitones(Arrays.stream(bucket).average().orElseThrow(), medianHz), 1));
        }
        return new Report.PhraseDelivery(phrase.start(), phrase.end(), round(wpm, 1), spread, loudness, contour);
    }

    /** Held vowels under nothing or under a short function word; the ones the recogniser wrote as a filler are counted already. */
    private void findFillers(List<Word> words) {
        for (Prosody.HeldVowel held : prosody.heldVowels()) {
            List<Word> under = words.stream()
                    .filter(w -> Math.min(w.end(), held.end()) - Math.max(w.start(), held.start()) >= OVERLAP_SECONDS).toList();
            if (under.stream().anyMatch(w -> Delivery.FILLERS.contains(w.text()))
                    || !under.stream().allMatch(w -> SHORT_FUNCTION_WORDS.contains(w.text()))) {
                continue;
            }
            String heardAs = under.isEmpty() ? null : String.join(" ", under.stream().map(Word::text).toList());
            soundFillers.add(new Report.SoundFiller(round(held.start(), 2), round(held.end(), 2), heardAs, round(held.spreadSemitones(), 2)));
        }
    }

    private java.util.Optional<Finding> rushed(Intro intro) {
        List<Phrase> judged = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < intro.phrases().size(); i++) {
            if (intro.phrases().get(i).words().size() >= 3) {
                judged.add(intro.phrases().get(i));
                rates.add(phrases.get(i).wordsPerMinute());
            }
        }
        if (judged.size() < MIN_PHRASES_FOR_PACE) {
            return java.util.Optional.empty();
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double own = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        Phrase fastest = null;
        double fastestRate = 0;
        for (int i = 0; i < judged.size(); i++) {
            double rate = rates.get(i);
            if (judged.get(i).words().size() >= RUSHED_MIN_WORDS && rate >= own * RUSHED_FACTOR
                    && rate > PaceRule.FASTEST_COMFORTABLE_WPM && rate > fastestRate) {
                fastest = judged.get(i);
                fastestRate = rate;
            }
        }
        if (fastest == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Finding.of(FindingCode.RUSHED_PASSAGE, Severity.WARNING,
                "At %s you sped up to %.0f words a minute, against your own %.0f. Slow down here: a rushed sentence is the one nobody remembers."
                        .formatted(Timestamps.format(fastest.start()), fastestRate, own)).at(fastest));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
