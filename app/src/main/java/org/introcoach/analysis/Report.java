package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.introcoach.speech.Transcript;

/**
 * The coach's verdict on one intro: the report JSON shared by the app, the command line, exports
 * and tests. Change it only by adding fields.
 *
 * @param transcript   the transcript record judged, as the recogniser made it (or a typed text, {@code Transcript.typed});
 *                     a saved take stores it once, in its transcript.json, and reading the take puts it back here
 * @param delivery     how each phrase sounded, measured from the recording; empty without one
 * @param soundFillers fillers heard in the sound that the recogniser wrote as a short word or nothing; empty without a recording
 * @param claims what the speaker claimed, as the consistency rules read it (absent in reports saved before it existed)
 * @param nothingToJudge true when too little was heard to judge: the scores are then 0 and mean nothing
 * @param job how the intro fits the job posting it was judged for ({@code org.introcoach.job}); null without a posting
 * @param followUps the questions this intro invites, most likely first, then resume strengths it leaves unsaid
 *                  (absent in reports saved before it existed)
 */
@JsonPropertyOrder({"overall", "dimensions", "findings", "metrics", "resumeMatches", "sections", "draft", "transcript", "delivery", "soundFillers",
    "claims", "nothingToJudge", "job", "followUps"})
public record Report(int overall, Map<String, DimensionScore> dimensions, List<Finding> findings, Metrics metrics,
                     List<ResumeMatch> resumeMatches, List<SectionSpan> sections, List<DraftPoint> draft,
                     Transcript transcript, List<PhraseDelivery> delivery, List<SoundFiller> soundFillers,
                     List<Claim> claims, boolean nothingToJudge, JobFit job, List<FollowUp> followUps) {

    /** A report without a job check or follow-up questions (the analysis itself sees neither a posting nor a bank). */
    public Report(int overall, Map<String, DimensionScore> dimensions, List<Finding> findings, Metrics metrics,
                  List<ResumeMatch> resumeMatches, List<SectionSpan> sections, List<DraftPoint> draft,
                  Transcript transcript, List<PhraseDelivery> delivery, List<SoundFiller> soundFillers,
                  List<Claim> claims, boolean nothingToJudge) {
        this(overall, dimensions, findings, metrics, resumeMatches, sections, draft, transcript, delivery, soundFillers, claims,
                nothingToJudge, null, List.of());
    }

    /** This report with the job check of a posting added. */
    public Report withJob(JobFit fit) {
        return new Report(overall, dimensions, findings, metrics, resumeMatches, sections, draft, transcript, delivery, soundFillers,
                claims, nothingToJudge, fit, followUps);
    }

    /**
     * This report with its transcript: a saved take keeps the transcript once, in its own file, and
     * puts it back into the report when the take is read (see {@code history.AttemptStore}).
     */
    public Report withTranscript(Transcript heard) {
        return new Report(overall, dimensions, findings, metrics, resumeMatches, sections, draft, heard, delivery, soundFillers,
                claims, nothingToJudge, job, followUps);
    }

    /** This report with the questions the intro invites (see {@link FollowUp}). */
    public Report withFollowUps(List<FollowUp> questions) {
        return new Report(overall, dimensions, findings, metrics, resumeMatches, sections, draft, transcript, delivery, soundFillers,
                claims, nothingToJudge, job, questions);
    }

    /** A report judged from the words alone. */
    public Report(int overall, Map<String, DimensionScore> dimensions, List<Finding> findings, Metrics metrics,
                  List<ResumeMatch> resumeMatches, List<SectionSpan> sections, List<DraftPoint> draft, Transcript transcript) {
        this(overall, dimensions, findings, metrics, resumeMatches, sections, draft, transcript, List.of(), List.of(), List.of(), false);
    }

    /**
     * How one phrase was delivered.
     *
     * @param wordsPerMinute words over the phrase's own duration
     * @param pitchSemitones spread of F0 within the phrase around its own median, semitones; null when too little was voiced
     * @param loudnessDb     median level of its voiced sound against the speaker's median level, dB; null when nothing was voiced
     * @param pitch          the pitch contour every {@value #CONTOUR_STEP_SECONDS} s from {@code start}: semitones from
     *                       the speaker's median F0, null where unvoiced
     */
    @JsonPropertyOrder({"start", "end", "wordsPerMinute", "pitchSemitones", "loudnessDb", "pitch"})
    public record PhraseDelivery(double start, double end, double wordsPerMinute, Double pitchSemitones, Double loudnessDb,
                                 List<Double> pitch) {
        public static final double CONTOUR_STEP_SECONDS = 0.05;

        public PhraseDelivery {
            pitch = pitch == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pitch));
        }
    }

    /**
     * A filler heard in the sound: a held, flat vowel where the recogniser wrote a short word or nothing.
     *
     * @param heardAs the word the recogniser wrote over it, or null when it wrote nothing
     */
    @JsonPropertyOrder({"start", "end", "heardAs", "pitchSpreadSemitones"})
    public record SoundFiller(double start, double end, String heardAs, double pitchSpreadSemitones) {
    }

    /** A dimension's score from 0 to 100 and what it comes to in a sentence. */
    public record DimensionScore(int score, String summary) {
    }

    /** A section as spoken. */
    @JsonPropertyOrder({"section", "start", "end", "text"})
    public record SectionSpan(String section, Double start, Double end, String text) {
    }

    /** A drafted sentence and whether it was said ("said", "changed" or "skipped"). */
    @JsonPropertyOrder({"section", "text", "status", "coverage"})
    public record DraftPoint(String section, String text, String status, double coverage) {
    }

    public Report {
        findings = List.copyOf(findings);
        resumeMatches = List.copyOf(resumeMatches);
        sections = List.copyOf(sections);
        draft = List.copyOf(draft);
        claims = claims == null ? List.of() : List.copyOf(claims);
        delivery = delivery == null ? List.of() : List.copyOf(delivery);
        soundFillers = soundFillers == null ? List.of() : List.copyOf(soundFillers);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    public int score(Dimension dimension) {
        return dimensions.get(dimension.id()).score();
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(finding -> finding.code() == code);
    }
}
