package org.introcoach.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import org.introcoach.delivery.Prosody;
import org.introcoach.draft.IntroSection;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.speech.Transcript;

/**
 * Scores a spoken intro on the four dimensions interviewers judge. Pure: the same words, resume,
 * draft and month give the same report; no files, no clock, no threads.
 *
 * <p>Each dimension starts at 100 and loses {@link Severity#penalty} points per finding (a problem
 * 20, a warning 8, information nothing), never below 0. The overall score is the mean of the four,
 * so no single dimension can hide the others.
 */
public final class IntroAnalyzer {
    /**
     * The length interviewers usually expect of an opening intro, for a caller that passes neither a
     * target nor a template (the evaluation sets). The product always passes one: the practice
     * layer's {@code LengthTarget}, the same in the app, the command line and the Progress charts.
     */
    public static final Template.TargetBand DEFAULT_TARGET = new Template.TargetBand(60, 90);
    /** The pace band charts draw, words a minute; the reasons are at {@link PaceRule}. */
    public static final double SLOWEST_COMFORTABLE_WPM = PaceRule.SLOWEST_COMFORTABLE_WPM;
    public static final double FASTEST_COMFORTABLE_WPM = PaceRule.FASTEST_COMFORTABLE_WPM;
    /** Fillers a minute above which a warning is given. */
    public static final double FILLERS_PER_MINUTE_LIMIT = FillerRule.FILLERS_PER_MINUTE_WARNING;

    /**
     * When a quarter of the words were recognised with confidence under 0.7, "you never said X"
     * cannot be trusted: X may have been said and misheard. Measured on the Vosk small model:
     * LibriVox speech 0.05 of words, the bundled espeak-ng intro 0.16, garbled espeak-ng 0.30.
     */
    static final double HARD_TO_HEAR_SHARE = 0.25;
    /**
     * A wrong name, school or employer is the one thing an interviewer will not let pass, however
     * well the rest went: with one, the overall score is at most this (a fail, not an 84).
     */
    public static final int WRONG_IDENTITY_CAP = 60;
    /**
     * A take more than twice the longest its target allows is not an intro however good its words
     * (a 60-minute "intro" must not score 87): conciseness is 0 and the overall at most this.
     */
    public static final int FAR_OUT_OF_BAND_CAP = 40;
    static final double FAR_OUT_OF_BAND = 2.0;
    /** Fewer words than this is nothing to judge: no scores, only "nothing was heard". */
    static final int WORDS_TO_JUDGE = 5;
    private static final Set<FindingCode> ABSENCE = EnumSet.of(FindingCode.MISSING_SECTION, FindingCode.NO_TARGET,
            FindingCode.NO_TRANSITION_REASON, FindingCode.RESUME_STRENGTH_UNSAID, FindingCode.NO_CLOSING, FindingCode.SECTION_ORDER);
    private static final Set<FindingCode> WRONG_IDENTITY = EnumSet.of(FindingCode.NAME_MISMATCH, FindingCode.SCHOOL_MISMATCH,
            FindingCode.EMPLOYER_MISMATCH);

    private final SectionTagger tagger;
    private final LanguageModels language;

    private final Optional<EntityFinder> entities;

    public IntroAnalyzer(SectionTagger tagger, LanguageModels language) {
        this(tagger, language, Optional.empty());
    }

    /** With a trained entity finder as an extra source of employers and schools (off in the app: see {@link EntityFinder}). */
    public IntroAnalyzer(SectionTagger tagger, LanguageModels language, Optional<EntityFinder> entities) {
        this.tagger = tagger;
        this.language = language;
        this.entities = entities;
    }

    /**
     * What an intro is judged against. {@code target} is the length it should have: the caller
     * decides it (the practice layer's one rule); without one, the template's, else {@link #DEFAULT_TARGET}.
     */
    public record Against(Resume resume, YearMonth asOf, Optional<Template> template, Optional<RenderedDraft> draft,
                          Template.TargetBand target) {
        public Against {
            if (target == null) {
                target = template.map(Template::target).orElse(DEFAULT_TARGET);
            }
        }

        public Against(Resume resume, YearMonth asOf, Optional<Template> template, Optional<RenderedDraft> draft) {
            this(resume, asOf, template, draft, null);
        }

        public static Against resume(Resume resume, YearMonth asOf) {
            return new Against(resume, asOf, Optional.empty(), Optional.empty());
        }
    }

    /** The checks, in the order they run: consistency, structure, conciseness, motivation, draft. */
    private static List<Rule> rules(DraftRule draft) {
        return List.of(new NameRule(), new SchoolRule(), new EmployerRule(), new TitleRule(), new YearsRule(), new SkillRule(), new QuantityRule(),
                new SectionsRule(), new OrderRule(), new RecitalRule(), new ClosingRule(),
                new LengthRule(), new PaceRule(), new FillerRule(), new PauseRule(), new RepetitionRule(),
                new TargetRule(), new GenericMotivationRule(), new TransitionReasonRule(), new HedgingRule(),
                draft);
    }

    public Report analyse(Transcript transcript, Against against) {
        return analyse(transcript, against, Optional.empty());
    }

    /**
     * Judges an intro together with how it sounded: {@code prosody} is measured from the recording
     * ({@link org.introcoach.delivery.ProsodyMeter}) and adds the delivery figures and findings of
     * {@link DeliveryRules}.
     *
     * <p>The rules read the transcript through {@link SpokenText}, a view derived from it; the
     * report holds the transcript record itself, so what is saved and shown is what was heard.
     */
    public Report analyse(Transcript transcript, Against against, Optional<Prosody> prosody) {
        SpokenText spoken = SpokenText.of(transcript);
        ResumeFacts facts = ResumeFacts.of(against.resume(), against.asOf());
        List<Phrase> phrases = tagger.tag(new PhraseSplitter().split(spoken), ResumeWords.tokens(against.resume().name()));
        Template.TargetBand target = against.target();
        Intro intro = new Intro(spoken, phrases, against.resume(), facts, against.draft(), against.template(), target,
                language.newAnnotator().tag(spoken.tokens()));
        Verdict verdict = new Verdict(ClaimFinder.find(intro, entities));
        DeliveryRules delivery = new DeliveryRules(prosody.orElse(null));
        boolean judged = spoken.words().size() >= WORDS_TO_JUDGE;
        List<Finding> fromTheSound = judged ? delivery.check(intro) : List.of();
        verdict.soundFillers.addAll(delivery.soundFillers);
        new MetricsRule().apply(intro, verdict);
        verdict.metrics = delivery.addTo(verdict.metrics);
        DraftRule draft = new DraftRule(language);
        if (judged) {
            fromTheSound.forEach(verdict::add);
            rules(draft).forEach(rule -> rule.apply(intro, verdict));
        } else {
            verdict.add(Finding.of(FindingCode.MISSING_SECTION, Severity.PROBLEM, spoken.words().isEmpty()
                    ? "Nothing was heard. Check the microphone and speak up, then try again."
                    : "Too little was heard to judge (%d words). Check the microphone and say your whole intro.".formatted(spoken.words().size())));
        }
        List<Finding> findings = verdict.findings;
        if (verdict.metrics.lowConfidenceWordShare() >= HARD_TO_HEAR_SHARE) {
            findings.replaceAll(IntroAnalyzer::unconfirmedIfAbsence);
        }
        findings.sort(Comparator.comparing((Finding f) -> f.dimension().ordinal()).thenComparing(f -> -f.severity().penalty)
                .thenComparing(f -> f.start() == null ? Double.MAX_VALUE : f.start()));

        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            int lost = findings.stream().filter(f -> f.dimension() == dimension).mapToInt(f -> f.severity().penalty).sum();
            scores.put(dimension, judged ? Math.max(0, 100 - lost) : 0);
        }
        boolean wrongIdentity = findings.stream().anyMatch(f -> WRONG_IDENTITY.contains(f.code()) && f.severity() == Severity.PROBLEM);
        if (wrongIdentity) {
            scores.put(Dimension.CONSISTENCY, Math.min(scores.get(Dimension.CONSISTENCY), WRONG_IDENTITY_CAP));
        }
        int overall = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        if (wrongIdentity) {
            overall = Math.min(overall, WRONG_IDENTITY_CAP);
        }
        Double duration = verdict.metrics.durationSeconds();
        if (judged && duration != null && duration > target.maxSeconds() * FAR_OUT_OF_BAND) {
            overall = Math.min(overall, FAR_OUT_OF_BAND_CAP);
            scores.put(Dimension.CONCISENESS, 0);
        }
        Map<String, Report.DimensionScore> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.id(), new Report.DimensionScore(scores.get(dimension), judged
                    ? Summaries.of(dimension, intro, findings, verdict.matches, verdict.metrics) : "Nothing to judge: no score."));
        }
        return new Report(overall, dimensions, findings, verdict.metrics, verdict.matches, sections(phrases),
                draft.comparison.points, transcript.withoutFile(), delivery.phrases, delivery.soundFillers, verdict.claims.all(), !judged);
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

    /** One-line summaries of each dimension, for the report and the app. */
    static final class Summaries {
        private Summaries() {
        }

        static String of(Dimension dimension, Intro intro, List<Finding> findings, List<ResumeMatch> matches, Metrics metrics) {
            List<Finding> own = findings.stream().filter(f -> f.dimension() == dimension && f.severity() != Severity.INFO).toList();
            String worst = own.isEmpty() ? "" : " " + headline(own.get(0).message());
            return switch (dimension) {
                case CONSISTENCY -> {
                    long matched = matches.stream().filter(m -> m.status() == ResumeMatch.Status.MATCHED).count();
                    long contradicted = matches.stream().filter(m -> m.status() == ResumeMatch.Status.CONTRADICTED).count();
                    yield contradicted == 0 && own.isEmpty() ? "Agrees with your resume (%s confirmed).".formatted(facts(matched))
                            : "%s confirmed, %d contradicted.%s".formatted(facts(matched), contradicted, worst);
                }
                case STRUCTURE -> "Order: %s.%s".formatted(order(intro), worst);
                case CONCISENESS -> metrics.timingAvailable()
                        ? "%.0f s at %.0f words a minute, %.1f fillers a minute.%s".formatted(metrics.durationSeconds(),
                                metrics.wordsPerMinute() == null ? 0 : metrics.wordsPerMinute(),
                                metrics.fillersPerMinute() == null ? 0 : metrics.fillersPerMinute(), worst)
                        : "%d words; timing unavailable without a recording.%s".formatted(metrics.wordCount(), worst);
                case MOTIVATION -> own.isEmpty() ? "A clear target and a reason for it." : headline(own.get(0).message());
            };
        }

        /**
         * The first sentence of a finding, without the list it quotes ("3 planned points were not
         * said."): the summary beside a score is one glance; the whole finding is listed below it.
         */
        static String headline(String message) {
            int list = message.indexOf(": \"");
            if (list > 0) {
                return message.substring(0, list) + ".";
            }
            java.util.regex.Matcher end = SENTENCE_END.matcher(message);
            return end.find() ? message.substring(0, end.start() + 1) : message;
        }

        private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[\\p{L}\\d)\"”%])[.!?](?= \\p{Lu})");

        /** "1 fact", "8 facts". */
        private static String facts(long count) {
            return count == 1 ? "1 fact" : count + " facts";
        }

        /** An intro has five or six parts; more than this many changes of subject is listed no further. */
        static final int ORDER_STEPS_SHOWN = 7;

        private static String order(Intro intro) {
            List<String> order = new ArrayList<>();
            for (Phrase phrase : intro.phrases()) {
                String id = phrase.section().id();
                if (phrase.section() != IntroSection.OTHER && (order.isEmpty() || !order.get(order.size() - 1).equals(id))) {
                    order.add(id);
                }
            }
            if (order.size() > ORDER_STEPS_SHOWN) {
                int more = order.size() - ORDER_STEPS_SHOWN;
                order = new ArrayList<>(order.subList(0, ORDER_STEPS_SHOWN));
                order.add("… (%d more changes of subject)".formatted(more));
            }
            return order.isEmpty() ? "nothing recognisable" : String.join(" → ", order);
        }
    }
}
