package org.introcoach.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.introcoach.delivery.Prosody;
import org.introcoach.draft.IntroSection;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.speech.TranscriptDocument;
import org.introcoach.speech.Word;

/**
 * Scores a spoken intro on the four dimensions interviewers judge. Pure: the same words, resume,
 * draft and month give the same report; no files, no clock, no threads.
 *
 * <p>Each dimension starts at 100 and loses {@link Severity#penalty} points per finding (a problem
 * 20, a warning 8, information nothing), never below 0. The overall score is the mean of the four,
 * so no single dimension can hide the others.
 */
public final class IntroAnalyzer {
    /** Without a template, the length interviewers usually expect of an opening intro. */
    public static final Template.TargetBand DEFAULT_TARGET = new Template.TargetBand(60, 90);
    /** The pace band charts draw, words a minute; the reasons are at {@link ConcisenessRules}. */
    public static final double SLOWEST_COMFORTABLE_WPM = ConcisenessRules.SLOWEST_COMFORTABLE_WPM;
    public static final double FASTEST_COMFORTABLE_WPM = ConcisenessRules.FASTEST_COMFORTABLE_WPM;
    /** Fillers a minute above which a warning is given. */
    public static final double FILLERS_PER_MINUTE_LIMIT = ConcisenessRules.FILLERS_PER_MINUTE_WARNING;

    /**
     * When a quarter of the words were recognised with confidence under 0.7, "you never said X"
     * cannot be trusted: X may have been said and misheard. Measured on the Vosk small model:
     * LibriVox speech 0.05 of words, the bundled espeak-ng intro 0.16, garbled espeak-ng 0.30.
     */
    static final double HARD_TO_HEAR_SHARE = 0.25;
    private static final java.util.Set<FindingCode> ABSENCE = java.util.EnumSet.of(FindingCode.MISSING_SECTION, FindingCode.NO_TARGET,
            FindingCode.NO_TRANSITION_REASON, FindingCode.RESUME_STRENGTH_UNSAID, FindingCode.NO_CLOSING, FindingCode.SECTION_ORDER);

    private final SectionTagger tagger;
    private final LanguageModels language;

    public IntroAnalyzer(SectionTagger tagger, LanguageModels language) {
        this.tagger = tagger;
        this.language = language;
    }

    /** What an intro is judged against. */
    public record Against(Resume resume, YearMonth asOf, Optional<Template> template, Optional<RenderedDraft> draft) {
        public static Against resume(Resume resume, YearMonth asOf) {
            return new Against(resume, asOf, Optional.empty(), Optional.empty());
        }
    }

    public Report analyse(SpokenText spoken, Against against) {
        return analyse(spoken, against, Optional.empty());
    }

    /**
     * Judges an intro together with how it sounded: {@code prosody} is measured from the recording
     * ({@link org.introcoach.delivery.ProsodyMeter}) and adds the delivery figures and findings of
     * {@link DeliveryRules}.
     */
    public Report analyse(SpokenText spoken, Against against, Optional<Prosody> prosody) {
        ResumeFacts facts = ResumeFacts.of(against.resume(), against.asOf());
        List<Phrase> phrases = tagger.tag(new PhraseSplitter().split(spoken), ConsistencyRules.tokens(against.resume().name()));
        Template.TargetBand target = against.template().map(Template::target).orElse(DEFAULT_TARGET);
        Intro intro = new Intro(spoken, phrases, against.resume(), facts, against.draft(), against.template(), target);

        List<Finding> findings = new ArrayList<>();
        ConsistencyRules consistency = new ConsistencyRules();
        if (!spoken.words().isEmpty()) {
            consistency.check(intro);
            findings.addAll(consistency.findings);
            findings.addAll(new StructureRules().check(intro));
        }
        DeliveryRules delivery = new DeliveryRules(prosody.orElse(null));
        findings.addAll(delivery.check(intro));
        ConcisenessRules conciseness = new ConcisenessRules(delivery.soundFillers);
        findings.addAll(conciseness.check(intro));
        conciseness.metrics = delivery.addTo(conciseness.metrics);
        if (!spoken.words().isEmpty()) {
            findings.addAll(new MotivationRules().check(intro));
        }
        DraftComparison comparison = new DraftComparison();
        against.draft().ifPresent(draft -> findings.addAll(comparison.check(intro, draft, language.newAnnotator())));
        if (spoken.words().isEmpty()) {
            findings.add(Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM, "Nothing was heard. Check the microphone and speak up, then try again."));
        }
        if (conciseness.metrics.lowConfidenceWordShare() >= HARD_TO_HEAR_SHARE) {
            findings.replaceAll(IntroAnalyzer::unconfirmedIfAbsence);
        }
        findings.sort(Comparator.comparing((Finding f) -> f.dimension().ordinal()).thenComparing(f -> -f.severity().penalty)
                .thenComparing(f -> f.start() == null ? Double.MAX_VALUE : f.start()));

        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            int lost = findings.stream().filter(f -> f.dimension() == dimension).mapToInt(f -> f.severity().penalty).sum();
            scores.put(dimension, Math.max(0, 100 - lost));
        }
        int overall = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        Map<String, Report.DimensionScore> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.id(), new Report.DimensionScore(scores.get(dimension),
                    Summaries.of(dimension, intro, findings, consistency.matches, conciseness.metrics)));
        }
        return new Report(overall, dimensions, findings, conciseness.metrics, consistency.matches, sections(phrases),
                comparison.points, transcript(spoken), delivery.phrases, delivery.soundFillers);
    }

    private static Finding unconfirmedIfAbsence(Finding finding) {
        if (!ABSENCE.contains(finding.code()) || finding.severity() == Severity.INFO) {
            return finding;
        }
        return new Finding(finding.dimension(), finding.code(), Severity.INFO,
                "Could not confirm, much of the recording was hard to recognise: " + finding.message(),
                finding.start(), finding.end(), finding.quote(), finding.section(), finding.field());
    }

    private static List<Report.SectionSpan> sections(List<Phrase> phrases) {
        List<Report.SectionSpan> spans = new ArrayList<>();
        for (Phrase phrase : phrases) {
            Report.SectionSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.section().equals(phrase.section().id())) {
                spans.set(spans.size() - 1, new Report.SectionSpan(last.section(), last.start(), phrase.end(), last.text() + " " + phrase.text()));
            } else {
                spans.add(new Report.SectionSpan(phrase.section().id(), phrase.start(), phrase.end(), phrase.text()));
            }
        }
        return spans;
    }

    private static TranscriptDocument transcript(SpokenText spoken) {
        List<TranscriptDocument.Entry> entries = spoken.words().stream()
                .map((Word w) -> new TranscriptDocument.Entry(w.text(), w.start(), w.end(), w.confidence())).toList();
        return new TranscriptDocument(null, String.join(" ", spoken.tokens()), spoken.timed() ? entries : List.of(),
                spoken.timed() && spoken.durationSeconds() != null ? spoken.durationSeconds() : 0);
    }

    /** One-line summaries of each dimension, for the report and the app. */
    static final class Summaries {
        private Summaries() {
        }

        static String of(Dimension dimension, Intro intro, List<Finding> findings, List<ResumeMatch> matches, Metrics metrics) {
            List<Finding> own = findings.stream().filter(f -> f.dimension() == dimension && f.severity() != Severity.INFO).toList();
            String worst = own.isEmpty() ? "" : " " + own.get(0).message();
            return switch (dimension) {
                case CONSISTENCY -> {
                    long matched = matches.stream().filter(m -> m.status() == ResumeMatch.Status.MATCHED).count();
                    long contradicted = matches.stream().filter(m -> m.status() == ResumeMatch.Status.CONTRADICTED).count();
                    yield contradicted == 0 && own.isEmpty() ? "Agrees with your resume (%d facts confirmed).".formatted(matched)
                            : "%d facts confirmed, %d contradicted.%s".formatted(matched, contradicted, worst);
                }
                case STRUCTURE -> "Order: %s.%s".formatted(order(intro), worst);
                case CONCISENESS -> metrics.timingAvailable()
                        ? "%.0f s at %.0f words a minute, %.1f fillers a minute.%s".formatted(metrics.durationSeconds(),
                                metrics.wordsPerMinute() == null ? 0 : metrics.wordsPerMinute(),
                                metrics.fillersPerMinute() == null ? 0 : metrics.fillersPerMinute(), worst)
                        : "%d words; timing unavailable without a recording.%s".formatted(metrics.wordCount(), worst);
                case MOTIVATION -> own.isEmpty() ? "A clear target and a reason for it." : own.get(0).message();
            };
        }

        private static String order(Intro intro) {
            List<String> order = new ArrayList<>();
            for (Phrase phrase : intro.phrases()) {
                String id = phrase.section().id();
                if (phrase.section() != IntroSection.OTHER && (order.isEmpty() || !order.get(order.size() - 1).equals(id))) {
                    order.add(id);
                }
            }
            return order.isEmpty() ? "nothing recognisable" : String.join(" → ", order);
        }
    }
}
