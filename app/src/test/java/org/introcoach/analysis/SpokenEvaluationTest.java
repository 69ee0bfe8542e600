package org.introcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.introcoach.speech.BatchTranscription;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.TestSpeech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation set spoken by espeak-ng and transcribed by the real Vosk model: how many of the
 * findings survive recognition errors. Delivery findings (length, pace, pauses, fillers,
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
            default -> null;
        };
        return field != null && report.resumeMatches().stream().anyMatch(m -> m.field().equals(field)
                && (m.status() == ResumeMatch.Status.UNSURE || m.status() == ResumeMatch.Status.CONTRADICTED));
    }

    /**
     * A regression guard, not the goal: on 2026-11-25 espeak-ng speech of these texts was heard with
     * a word error rate near 0.6 and 0.50 of expected findings were still flagged (0.27 at full
     * strength) with 1.8% false findings. The issue asks for most findings kept; that is not met yet.
     */
    static final double FLAGGED_FLOOR = 0.45;
    static final double FALSE_CEILING = 0.05;

    @Test
    void mostFindingsSurviveRealRecognition(@TempDir Path dir) throws Exception {
        EvaluationSet set = new EvaluationSet();
        List<EvaluationSet.Case> cases = set.cases.stream().filter(EvaluationSet.Case::timed)
                .filter(c -> c.expected().stream().noneMatch(DELIVERY::contains)).toList();
        List<Path> recordings = new ArrayList<>();
        for (EvaluationSet.Case c : cases) {
            String text = c.transcript().replaceAll("~[\\d.]+", "").replaceAll("<[\\d.]+>", "").replace(" | ", ". ");
            Path raw = dir.resolve(c.id() + ".raw.wav");
            Path wav = dir.resolve(c.id() + ".wav");
            ExternalTool.run("espeak-ng", "-v", "en-us", "-s", "160", "-g", "8", "-w", raw.toString(), text);
            ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
            Files.delete(raw);
            recordings.add(wav);
        }
        List<BatchTranscription.Outcome> outcomes = new BatchTranscription(TestSpeech.transcriber(), 2).run(recordings);
        IntroAnalyzer analyzer = new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());

        EvaluationTally tally = new EvaluationTally();
        int flagged = 0;
        for (int i = 0; i < cases.size(); i++) {
            EvaluationSet.Case c = cases.get(i);
            Report report = analyzer.analyse(SpokenText.of(outcomes.get(i).result().transcript()), c.against(set.asOf));
            Set<FindingCode> found = report.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code)
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
        String summary = ("spoken by espeak-ng, %d cases: kept %.3f of expected findings at full strength (%d/%d), flagged %.3f "
                + "(also as 'could not confirm' or an unsure resume fact, %d/%d), false findings %.3f (%d of %d checks)%n%s")
                .formatted(cases.size(), keptShare, kept, expected, flaggedShare, flagged, expected, falseRate, wrong, checks, details);
        System.out.print(summary);
        assertTrue(flaggedShare >= FLAGGED_FLOOR && falseRate <= FALSE_CEILING, summary);
    }
}
