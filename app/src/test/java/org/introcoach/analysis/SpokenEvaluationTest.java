package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.introcoach.speech.BatchTranscription;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.FliteVoices;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.introcoach.testing.WordErrorRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation sets spoken by flite's CMU voices (or festival's HTS voice, or espeak-ng as a
 * stress test) and transcribed by the real Vosk model: how many of the findings survive
 * recognition errors. Delivery findings (length, pace, pauses, fillers,
 * repetition) are left out of both sides: they measure espeak's delivery, not the speaker's.
 */
class SpokenEvaluationTest {
    private static final Set<FindingCode> DELIVERY = EnumSet.of(FindingCode.TOO_LONG, FindingCode.TOO_SHORT, FindingCode.PACE_TOO_FAST,
            FindingCode.PACE_TOO_SLOW, FindingCode.LONG_PAUSES, FindingCode.FILLER_WORDS, FindingCode.REPETITION);

    /** The finding at any severity, or, for a resume fact, that fact reported unsure or contradicted. */
    private static boolean flaggedAnyway(Report report, FindingCode code) {
        if (report.findings().stream().anyMatch(f -> f.code() == code)) {
            return true;
        }
        String field = switch (code) {
            case NAME_MISMATCH -> "name";
            case SCHOOL_MISMATCH -> "school";
            case EMPLOYER_MISMATCH -> "employer";
            case ROLE_MISMATCH -> "role";
            case EXPERIENCE_YEARS_MISMATCH -> "years";
            case SKILL_NOT_ON_RESUME -> "skill";
            case QUANTITY_MISMATCH, UNBACKED_CLAIM -> "quantity";
            default -> null;
        };
        return field != null && report.resumeMatches().stream().anyMatch(m -> m.field().equals(field)
                && (m.status() == ResumeMatch.Status.UNSURE || m.status() == ResumeMatch.Status.CONTRADICTED));
    }

    /**
     * Floors for the CI subset spoken by flite's CMU voices (slt, rms, awb in turn). Measured on
     * 2026-12-01 (50 cases of the seven sets, word error rate 0.22 on these texts): 0.57 of expected
     * findings kept at full strength (16/28), 0.64 flagged, 3.7% false findings (35 of 951). The floors leave room
     * for a case or two of recognition change, not for a broken analysis; the figures, far from the
     * 0.85 the analysis issue asks of spoken intros, are in samples/evaluation/README.md.
     */
    static final double KEPT_FLOOR = 0.50;
    static final double FALSE_CEILING = 0.05;
    /** Set to a folder to keep each case's speech, text and what was heard, for a look at what was lost. */
    private static final String KEEP_PROPERTY = "introcoach.evaluation.keep";

    /**
     * Which sets to speak: by default every {@value #SUBSET_STEP}th timed case of every set (the
     * CI subset, about two minutes); {@code -Dintrocoach.evaluation.sets=all} speaks every case of
     * every set, or name files: {@code -Dintrocoach.evaluation.sets=holdout-4.json}.
     */
    private static final String SETS_PROPERTY = "introcoach.evaluation.sets";
    /** The voices, in turn: flite's slt, rms, awb, festival's HTS voice "hts", or espeak-ng "espeak" (a stress test only). */
    private static final String VOICES_PROPERTY = "introcoach.evaluation.voices";
    static final List<String> SETS = List.of("cases.json", "holdout.json", "holdout-2.json", "holdout-3.json", "holdout-4.json", "holdout-5.json",
            "holdout-6.json");
    static final int SUBSET_STEP = 4;

    @Test
    void mostFindingsSurviveRealRecognition(@TempDir Path dir) throws Exception {
        String sets = System.getProperty(SETS_PROPERTY, "subset");
        List<String> files = sets.equals("subset") || sets.equals("all") ? SETS : List.of(sets.split(","));
        List<String> voices = List.of(System.getProperty(VOICES_PROPERTY, "slt,rms,awb").split(","));
        List<EvaluationSet.Case> cases = new ArrayList<>();
        Map<String, YearMonth> asOf = new HashMap<>();
        for (String fileName : files) {
            if (!Files.exists(ProjectFiles.root().resolve("samples/evaluation").resolve(fileName.strip()))) {
                continue;
            }
            EvaluationSet set = new EvaluationSet(fileName.strip());
            List<EvaluationSet.Case> timed = set.cases.stream().filter(EvaluationSet.Case::timed)
                    .filter(c -> c.expected().stream().noneMatch(DELIVERY::contains)).toList();
            for (int i = 0; i < timed.size(); i++) {
                if (!sets.equals("subset") || i % SUBSET_STEP == 0) {
                    cases.add(timed.get(i));
                    asOf.put(timed.get(i).id(), set.asOf);
                }
            }
        }
        List<Path> recordings = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            EvaluationSet.Case c = cases.get(i);
            String text = c.transcript().replaceAll("~[\\d.]+", "").replaceAll("<[\\d.]+>", "").replace(" | ", ". ");
            spoken.add(text);
            recordings.add(speak(dir, c, text, voices.get(i % voices.size()).strip()));
        }
        List<BatchTranscription.Outcome> outcomes = new BatchTranscription(TestSpeech.transcriber(), 2).run(recordings);
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());

        EvaluationTally tally = new EvaluationTally();
        int flagged = 0;
        int wordErrors = 0;
        int wordsSpoken = 0;
        for (int i = 0; i < cases.size(); i++) {
            EvaluationSet.Case c = cases.get(i);
            wordErrors += WordErrorRate.errors(spoken.get(i), outcomes.get(i).result().transcript().text());
            wordsSpoken += WordErrorRate.words(spoken.get(i)).size();
            keepForInspection(c, recordings.get(i), outcomes.get(i).result().transcript().text());
            Report report = analyzer.analyse(outcomes.get(i).result().transcript(), c.against(asOf.get(c.id())));
            Set<FindingCode> found = report.findings().stream().filter(EvaluationSet::counts).map(Finding::code)
                    .filter(code -> !DELIVERY.contains(code)).collect(Collectors.toCollection(TreeSet::new));
            Set<FindingCode> missed = tally.add(c, EnumSet.complementOf(EnumSet.copyOf(DELIVERY)), found).missed();
            flagged += c.expected().size() - missed.size() + (int) missed.stream().filter(code -> flaggedAnyway(report, code)).count();
        }
        int expected = tally.expected;
        int kept = tally.recalled;
        int checks = tally.mustNotSee;
        int wrong = tally.falseFindings;
        StringBuilder details = tally.details;
        double keptShare = kept / (double) expected;
        double flaggedShare = flagged / (double) expected;
        double falseRate = wrong / (double) checks;
        String summary = ("spoken by " + voices + ", %d cases, word error rate %.2f: kept %.3f of expected findings at full strength (%d/%d), flagged %.3f "
                + "(also as 'could not confirm' or an unsure resume fact, %d/%d), false findings %.3f (%d of %d checks)%n%s")
                .formatted(cases.size(), wordErrors / (double) wordsSpoken, keptShare, kept, expected, flaggedShare, flagged, expected, falseRate, wrong, checks, details);
        System.out.print(summary);
        assertTrue(keptShare >= KEPT_FLOOR && falseRate <= FALSE_CEILING, summary);
    }

    /** The case's words spoken by one voice at the case's pace, as 16 kHz mono. */
    private static Path speak(Path dir, EvaluationSet.Case c, String text, String voice) throws Exception {
        if (!voice.equals("espeak") && !voice.equals("hts")) {
            return FliteVoices.speak(dir, c.id(), text, voice, c.wpm());
        }
        Path raw = dir.resolve(c.id() + ".raw.wav");
        Path wav = dir.resolve(c.id() + ".wav");
        Path textFile = dir.resolve(c.id() + ".txt");
        Files.writeString(textFile, text);
        if (voice.equals("espeak")) {
            ExternalTool.run("espeak-ng", "-v", "en-us", "-s", "160", "-g", "8", "-w", raw.toString(), text);
        } else {
            ExternalTool.run("bash", "-c", "text2wave -eval '(voice_cmu_us_slt_arctic_hts)' -o '" + raw + "' '" + textFile + "'");
        }
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        Files.delete(raw);
        return wav;
    }

    private static void keepForInspection(EvaluationSet.Case c, Path recording, String heard) throws IOException {
        String folder = System.getProperty(KEEP_PROPERTY);
        if (folder != null) {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.copy(recording, dir.resolve(c.id() + ".wav"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(c.id() + ".txt"), c.transcript() + "\n" + heard + "\n");
        }
    }
}
