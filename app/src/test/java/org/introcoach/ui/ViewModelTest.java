package org.introcoach.ui;

import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.analysis.Severity;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.Playback;
import org.introcoach.practice.Judging;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.ui.feedback.FeedbackViewModel;
import org.introcoach.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.Test;

/** View models on their own: no JavaFX toolkit, background work run in place. */
class ViewModelTest {
    private final Background inPlace = new Background(new DirectExecutorService(), Runnable::run);
    private final List<Notice> notices = new ArrayList<>();

    @Test
    void withoutMicrophonesRecordingIsOffAndSaysWhyWhileImportStaysOn() throws Exception {
        Judging judging = Judging.resumeOnly(new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json")));
        PracticeViewModel practice = new PracticeViewModel(inPlace, FakeMicrophones.none(), () -> judging,
                feedback -> { }, notices::add, name -> { });
        practice.findMicrophones("");
        practice.ready(null);

        assertFalse(practice.canRecordProperty().get());
        assertTrue(practice.canImportProperty().get());
        assertTrue(practice.microphoneNoticeProperty().get().startsWith("No microphone was found"));
        practice.startRecording();
        assertEquals(PracticeViewModel.Phase.READY, practice.phaseProperty().get());
        assertEquals("Target 20–45 s (from the default template 'Standard introduction', no draft given)", practice.targetTextProperty().get(),
                "without a draft the starting template's band applies, as on the command line");
    }

    @Test
    void rememberedMicrophoneIsChosenAgainWhenItIsStillThere() {
        PracticeViewModel practice = new PracticeViewModel(inPlace, FakeMicrophones.hearing(Path.of("unused.wav"), 0),
                () -> null, feedback -> { }, notices::add, name -> { });
        practice.findMicrophones("Headset");
        assertEquals("Headset", practice.microphoneProperty().get().name());
        practice.findMicrophones("Unplugged USB mic");
        assertEquals("", practice.microphoneProperty().get().name(), "falls back to the system default");
    }

    @Test
    void findingsAreGroupedByDimensionWorstFirstAndProblemsBeforeWarnings() throws Exception {
        var resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        Report report = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled()).analyse(
                org.introcoach.speech.Transcript.typed("um hi i am james patel um i taught maths for eight years um and now i like data i guess"),
                IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 11)));
        FeedbackViewModel feedback = new FeedbackViewModel(inPlace, new Playback(new AudioDecoder()), notices::add, ZoneOffset.UTC);
        feedback.show(new org.introcoach.history.Attempt("take", java.time.Instant.parse("2026-11-25T09:00:00Z"), "microphone",
                8.0, "Maria Chen", "", "", report.overall(), java.util.Map.of(), null, null), report, Path.of("take.wav"));
        List<FeedbackViewModel.FindingItem> items = List.copyOf(feedback.findings());

        FeedbackViewModel.Heading first = assertInstanceOf(FeedbackViewModel.Heading.class, items.get(0));
        int lowest = java.util.Arrays.stream(Dimension.values()).mapToInt(report::score).min().orElseThrow();
        assertEquals(lowest, first.score());
        int previousScore = -1;
        Severity previousSeverity = Severity.PROBLEM;
        for (FeedbackViewModel.FindingItem item : items) {
            if (item instanceof FeedbackViewModel.Heading heading) {
                assertTrue(heading.score() >= previousScore, "dimensions run from worst to best");
                previousScore = heading.score();
                previousSeverity = Severity.PROBLEM;
            } else {
                Severity severity = ((FeedbackViewModel.FindingRow) item).finding().severity();
                assertTrue(severity.ordinal() <= previousSeverity.ordinal(), "problems before warnings before notes");
                previousSeverity = severity;
            }
        }
        assertEquals(report.findings().size(), items.stream().filter(FeedbackViewModel.FindingRow.class::isInstance).count());
    }

    @Test
    void aMomentOfTheDeliveryStripHighlightsTheWordSaidThen() throws Exception {
        var resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        var words = new java.util.ArrayList<org.introcoach.speech.Word>();
        String[] said = "hello i am maria chen i studied computer science at the university of washington".split(" ");
        for (int i = 0; i < said.length; i++) {
            words.add(new org.introcoach.speech.Word(said[i], i * 0.5, i * 0.5 + 0.4, 1));
        }
        double[] f0 = new double[800];
        java.util.Arrays.fill(f0, 120);
        var prosody = new org.introcoach.delivery.Prosody(f0, new double[800], List.of());
        Report report = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled()).analyse(
                new org.introcoach.speech.Transcript(words, words.get(words.size() - 1).end()), IntroAnalyzer.Against.resume(resume, YearMonth.of(2026, 11)),
                java.util.Optional.of(prosody));
        FeedbackViewModel feedback = new FeedbackViewModel(inPlace, new Playback(new AudioDecoder()), notices::add, ZoneOffset.UTC);
        feedback.show(new org.introcoach.history.Attempt("take", java.time.Instant.parse("2026-11-25T09:00:00Z"), "microphone",
                8.0, "Maria Chen", "", "", report.overall(), java.util.Map.of(), null, null), report, Path.of("missing-take.wav"));
        assertTrue(feedback.deliveryProperty().get() != null, "a take measured from its sound has a strip");
        feedback.playAt(2.6);
        assertEquals(java.util.Set.of(5), feedback.highlightedProperty().get(), "\"i\" is said from 2.5 to 2.9 s");
    }
}
