package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.introcoach.delivery.Prosody;
import org.introcoach.delivery.ProsodyMeter;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.SpokenAudio;
import org.introcoach.testing.TestSpeech;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery judged from real recordings: the real Vosk model for the words, the pitch tracker for the sound. */
class DeliveryRulesTest {
    private static final String[] PHRASES = {
        "Hello, I am Maria Chen.",
        "I studied computer science at the University of Washington.",
        "Since then I have worked as a backend engineer at Stripe.",
        "I build payment services for millions of requests every day.",
        "I am eager to join your platform reliability team."
    };
    private static IntroAnalyzer analyzer;
    private static Resume resume;

    @BeforeAll
    static void setUp() throws Exception {
        analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
    }

    private static Report judge(Path wav) throws Exception {
        Prosody prosody = new ProsodyMeter().measure(SpokenAudio.read(wav));
        org.introcoach.speech.Transcript spoken = TestSpeech.transcriber().transcribe(wav).transcript();
        return analyzer.analyse(spoken, IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 12)), Optional.of(prosody));
    }

    @Test
    void aFlatSyntheticVoiceIsMonotone(@TempDir Path dir) throws Exception {
        String text = "<speak><prosody range=\"0\">" + String.join(" ", PHRASES) + "</prosody></speak>";
        Path wav = TestWav.write16(dir.resolve("flat.wav"), SpokenAudio.espeak(dir, text, 160, true), SpokenAudio.RATE);
        Report report = judge(wav);
        System.out.printf("flat espeak-ng: %.2f semitones%n", report.metrics().pitchVariationSemitones());
        assertTrue(report.has(FindingCode.MONOTONE), report.findings().toString());
        assertTrue(report.metrics().pitchVariationSemitones() < 0.5, report.metrics().toString());
    }

    @Test
    void peopleReadingAloudAreNotMonotoneAndHaveNoFillersInTheSound() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(ProjectFiles.librivox())) {
            files = list.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
        for (Path file : files) {
            Report report = judge(file);
            Metrics metrics = report.metrics();
            System.out.printf("%s: median %.0f Hz, %.2f semitones, %.1f dB, voiced %.1f s, sound fillers %s%n", file.getFileName(),
                    metrics.pitchMedianHz(), metrics.pitchVariationSemitones(), metrics.loudnessVariationDb(), metrics.voicedSeconds(),
                    report.soundFillers());
            assertFalse(report.has(FindingCode.MONOTONE), file + ": " + report.findings());
            assertTrue(metrics.pitchVariationSemitones() > DeliveryRules.MONOTONE_BELOW_SEMITONES + 0.5, file + ": " + metrics);
            assertTrue(metrics.pitchMedianHz() > 70 && metrics.pitchMedianHz() < 160, file + ": a man's voice, " + metrics);
            assertEquals(List.of(), report.soundFillers(), file.toString());
        }
    }

    @Test
    void heldVowelsBetweenWordsAreCountedAsFillersAtTheirTimes(@TempDir Path dir) throws Exception {
        List<short[]> parts = new ArrayList<>();
        List<Double> spliced = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < PHRASES.length; i++) {
            short[] phrase = SpokenAudio.espeak(dir, PHRASES[i], 160, false);
            parts.add(phrase);
            at += phrase.length / (double) SpokenAudio.RATE;
            if (i < PHRASES.length - 1) {
                parts.add(SpokenAudio.silence(0.1));
                spliced.add(at + 0.1);
                double seconds = 0.45 + 0.05 * i;
                parts.add(SpokenAudio.heldVowel(seconds, 95 + 12 * i, (0.3 + 0.1 * i) * SpokenAudio.peak(phrase)));
                parts.add(SpokenAudio.silence(0.1));
                at += seconds + 0.2;
            }
        }
        Path wav = TestWav.write16(dir.resolve("fillers.wav"), SpokenAudio.concat(parts.toArray(short[][]::new)), SpokenAudio.RATE);
        Report report = judge(wav);
        System.out.printf("spliced at %s; heard %s; words %s%n", spliced, report.soundFillers(), report.transcript().text());
        System.out.println(report.metrics());
        int found = 0;
        for (double start : spliced) {
            if (report.soundFillers().stream().anyMatch(f -> Math.abs(f.start() - start) < 0.15 && f.end() - f.start() >= 0.4)) {
                found++;
            }
        }
        long wordFillers = report.transcript().words().stream().filter(w -> Delivery.FILLERS.contains(w.text())).count();
        assertEquals(spliced.size(), found + wordFillers, "found in the sound " + report.soundFillers() + " and as words " + wordFillers);
        assertEquals(found, report.soundFillers().size(), "nothing but the spliced vowels: " + report.soundFillers());
        assertEquals(spliced.size(), report.metrics().fillerCount());
        assertTrue(report.has(FindingCode.FILLER_WORDS), report.findings().toString());
    }

    @Test
    void speechWithoutFillersGetsNoneFromTheSound(@TempDir Path dir) throws Exception {
        List<short[]> parts = new ArrayList<>();
        for (String phrase : PHRASES) {
            parts.add(SpokenAudio.espeak(dir, phrase, 160, false));
            parts.add(SpokenAudio.silence(0.7));
        }
        Path wav = TestWav.write16(dir.resolve("plain.wav"), SpokenAudio.concat(parts.toArray(short[][]::new)), SpokenAudio.RATE);
        for (Path recording : List.of(wav, ProjectFiles.sample("intro-maria-chen.wav"), ProjectFiles.sample("career-change-james-patel.wav"))) {
            Report report = judge(recording);
            assertEquals(List.of(), report.soundFillers(), recording.toString());
            assertFalse(report.has(FindingCode.MONOTONE), recording + ": " + report.metrics());
        }
    }

    @Test
    void aPhraseSaidInAHurryIsRushed(@TempDir Path dir) throws Exception {
        List<short[]> parts = new ArrayList<>();
        double hurriedAt = 0;
        for (int i = 0; i < PHRASES.length; i++) {
            if (i == 3) {
                hurriedAt = parts.stream().mapToInt(part -> part.length).sum() / (double) SpokenAudio.RATE;
            }
            parts.add(SpokenAudio.espeak(dir, PHRASES[i], i == 3 ? 300 : 150, false));
            parts.add(SpokenAudio.silence(0.7));
        }
        Path wav = TestWav.write16(dir.resolve("rushed.wav"), SpokenAudio.concat(parts.toArray(short[][]::new)), SpokenAudio.RATE);
        Report report = judge(wav);
        report.delivery().forEach(p -> System.out.printf("%.1f-%.1f %.0f wpm%n", p.start(), p.end(), p.wordsPerMinute()));
        Finding rushed = report.findings().stream().filter(f -> f.code() == FindingCode.RUSHED_PASSAGE).findFirst().orElseThrow(
                () -> new AssertionError(report.findings().toString()));
        assertEquals(hurriedAt, rushed.start(), 0.3, rushed.toString());
        assertEquals(1, report.findings().stream().filter(f -> f.code() == FindingCode.RUSHED_PASSAGE).count());
    }

    @Test
    void anEvenPaceIsNotRushed(@TempDir Path dir) throws Exception {
        for (Path recording : List.of(ProjectFiles.sample("intro-maria-chen.wav"), ProjectFiles.sample("career-change-james-patel.wav"))) {
            Report report = judge(recording);
            report.delivery().forEach(p -> System.out.printf("%.1f-%.1f %.0f wpm%n", p.start(), p.end(), p.wordsPerMinute()));
            assertFalse(report.has(FindingCode.RUSHED_PASSAGE), recording + ": " + report.findings());
            assertFalse(report.delivery().isEmpty());
        }
    }

    @Test
    void aTranscriptWithoutTheRecordingHasNoDeliveryFigures() {
        Report report = analyzer.analyse(org.introcoach.speech.Transcript.typed(String.join(" ", PHRASES)), IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 12)));
        assertEquals(List.of(), report.delivery());
        assertEquals(null, report.metrics().pitchVariationSemitones());
        assertFalse(report.has(FindingCode.MONOTONE));
    }
}
