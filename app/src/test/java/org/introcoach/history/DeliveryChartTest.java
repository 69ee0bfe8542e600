package org.introcoach.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.MarkedTranscript;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.delivery.Prosody;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Word;
import org.introcoach.storage.JsonFormat;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The delivery strip drawn from a report, its SVG in the export, and reports saved before it existed. */
class DeliveryChartTest {
    private static Report measured;
    private static Report wordsOnly;

    /** "hello i am maria chen", a 0.5 s held vowel, "i studied at the university of washington"; voiced but for a gap at 1.0-1.2 s. */
    @BeforeAll
    static void judge() throws Exception {
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        List<Word> words = new ArrayList<>();
        String[] said = "hello i am maria chen i studied at the university of washington".split(" ");
        for (int i = 0; i < said.length; i++) {
            double start = i * 0.4 + (i >= 5 ? 0.8 : 0);
            words.add(new Word(said[i], start, start + 0.35, 1));
        }
        double[] f0 = new double[500];
        for (int i = 0; i < f0.length; i++) {
            f0[i] = i >= 100 && i < 120 ? 0 : 120 * Math.pow(2, 3 * Math.sin(i / 30.0) / 12);
        }
        Prosody prosody = new Prosody(f0, new double[500], List.of(new Prosody.HeldVowel(2.05, 2.6, 110, 0.1)));
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
        IntroAnalyzer.Against against = IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 12));
        org.introcoach.speech.Transcript heard = new org.introcoach.speech.Transcript(words, words.get(words.size() - 1).end());
        measured = analyzer.analyse(heard, against, Optional.of(prosody));
        wordsOnly = analyzer.analyse(heard, against);
    }

    @Test
    void theContourBreaksWhereTheVoiceStopsAndEachPhraseHasItsPace() {
        DeliveryChart chart = DeliveryChart.of(measured).orElseThrow();
        assertEquals(measured.delivery().size(), chart.phrases().size());
        assertTrue(chart.contour().size() >= 2, "unvoiced 1.0-1.2 s splits the line: " + chart.contour().size());
        for (List<DeliveryChart.Point> run : chart.contour()) {
            assertTrue(run.stream().noneMatch(p -> p.time() > 1.0 + 0.05 && p.time() < 1.2 - 0.05), "no point in the gap");
        }
        assertEquals(List.of(2.05), chart.fillers().stream().map(f -> f[0]).toList());
        assertTrue(chart.phrases().get(0).words().startsWith("hello i am"), chart.phrases().get(0).words());
    }

    @Test
    void aFillerHeardWhereNothingWasWrittenIsMarkedBeforeTheNextWord() {
        MarkedTranscript marked = MarkedTranscript.of(measured);
        List<Integer> before = java.util.stream.IntStream.range(0, marked.words().size()).filter(marked::fillerBefore).boxed().toList();
        assertEquals(List.of("i"), before.stream().map(i -> marked.words().get(i).text()).toList());
        assertEquals(5, before.get(0));
        assertEquals(1, measured.metrics().fillerCount());
        assertEquals(0, wordsOnly.metrics().fillerCount());
    }

    @Test
    void theHtmlExportInlinesTheStripOnlyForTakesMeasuredFromTheirSound() {
        HtmlExport export = new HtmlExport(ZoneOffset.UTC);
        Attempt attempt = new Attempt("take", Instant.parse("2026-12-01T09:00:00Z"), "microphone", 6.0, "Maria Chen", "", "",
                measured.overall(), Map.of(), null, null);
        String html = export.attempt(new AttemptContents(attempt, Path.of("recording.wav"), measured, null, Optional.empty()));
        assertTrue(html.contains("<svg class=\"delivery\""), "the strip is in the page");
        assertTrue(html.contains("<polyline"), "with its pitch contour");
        assertTrue(html.contains("(filler)"), "and the filler heard in the sound marked in the transcript");
        assertFalse(html.contains("<script"));
        String plain = export.attempt(new AttemptContents(attempt, Path.of("recording.wav"), wordsOnly, null, Optional.empty()));
        assertFalse(plain.contains("<svg class=\"delivery\""), "nothing to draw without the sound");
    }

    @Test
    void aReportSavedBeforeDeliveryExistedStillLoads() throws Exception {
        ObjectNode json = JsonFormat.compact().valueToTree(measured);
        json.remove("delivery");
        json.remove("soundFillers");
        ((ObjectNode) json.get("metrics")).remove(List.of("pitchMedianHz", "pitchVariationSemitones", "loudnessVariationDb", "voicedSeconds", "soundFillerCount"));
        Report old = JsonFormat.compact().treeToValue(json, Report.class);
        assertEquals(List.of(), old.delivery());
        assertEquals(List.of(), old.soundFillers());
        assertEquals(null, old.metrics().pitchMedianHz());
        assertTrue(DeliveryChart.of(old).isEmpty());
        Report same = JsonFormat.compact().readValue(JsonFormat.compact().writeValueAsString(measured), Report.class);
        assertEquals(measured.delivery(), same.delivery());
        assertEquals(measured.metrics(), same.metrics());
    }
}
