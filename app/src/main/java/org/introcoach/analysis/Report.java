package org.introcoach.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.introcoach.speech.TranscriptDocument;

/**
 * The coach's verdict on one intro: the report JSON shared by the app, the command line, exports
 * and tests. Change it only by adding fields.
 *
 * @param claims what the speaker claimed, as the consistency rules read it (absent in reports saved before it existed)
 * @param nothingToJudge true when too little was heard to judge: the scores are then 0 and mean nothing
 */
@JsonPropertyOrder({"overall", "dimensions", "findings", "metrics", "resumeMatches", "sections", "draft", "transcript", "claims", "nothingToJudge"})
public record Report(int overall, Map<String, DimensionScore> dimensions, List<Finding> findings, Metrics metrics,
                     List<ResumeMatch> resumeMatches, List<SectionSpan> sections, List<DraftPoint> draft,
                     TranscriptDocument transcript, List<Claim> claims, boolean nothingToJudge) {

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
    }

    public int score(Dimension dimension) {
        return dimensions.get(dimension.id()).score();
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(finding -> finding.code() == code);
    }
}
