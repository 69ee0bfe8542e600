package org.introcoach.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.FindingCode;
import org.introcoach.analysis.Metrics;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.ResumeMatch;

/**
 * What changed from one take to a later one: scores, findings fixed, new or still there, resume
 * facts now said or dropped, timing, and the two transcripts aligned.
 *
 * <p>A finding is "the same" in both takes when its code and resume field agree: the wording of
 * the message and the quote change from take to take, the problem does not.
 */
public record AttemptComparison(Attempt before, Attempt after, Map<String, ScoreChange> scores, List<Finding> fixed,
                                List<Finding> introduced, List<Finding> remaining, List<String> nowSaid,
                                List<String> dropped, Timing timing, TranscriptAlignment transcripts) {

    public record ScoreChange(int before, int after) {
        public int change() {
            return after - before;
        }
    }

    /** Duration in seconds and pace in words a minute, before and after; null when a take has no timing. */
    public record Timing(Double durationBefore, Double durationAfter, Double paceBefore, Double paceAfter) {
    }

    public static AttemptComparison of(AttemptContents before, AttemptContents after) {
        Report earlier = before.report();
        Report later = after.report();
        Map<String, ScoreChange> scores = new LinkedHashMap<>();
        scores.put("overall", new ScoreChange(earlier.overall(), later.overall()));
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension.id(), new ScoreChange(earlier.score(dimension), later.score(dimension)));
        }
        List<Finding> fixed = new ArrayList<>();
        List<Finding> remaining = new ArrayList<>();
        for (Finding finding : earlier.findings()) {
            (contains(later, finding) ? remaining : fixed).add(finding);
        }
        List<Finding> introduced = later.findings().stream().filter(finding -> !contains(earlier, finding)).toList();
        List<String> nowSaid = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (ResumeMatch match : later.resumeMatches()) {
            ResumeMatch previous = earlier.resumeMatches().stream()
                    .filter(other -> other.field().equals(match.field()) && Objects.equals(other.resume(), match.resume()))
                    .findFirst().orElse(null);
            if (previous == null) {
                continue;
            }
            boolean saidBefore = previous.status() != ResumeMatch.Status.MISSING;
            boolean saidAfter = match.status() != ResumeMatch.Status.MISSING;
            if (saidAfter && !saidBefore) {
                nowSaid.add(match.field() + ": " + match.resume());
            } else if (saidBefore && !saidAfter) {
                dropped.add(match.field() + ": " + match.resume());
            }
        }
        Metrics earlierMetrics = earlier.metrics();
        Metrics laterMetrics = later.metrics();
        Timing timing = new Timing(earlierMetrics.durationSeconds(), laterMetrics.durationSeconds(),
                earlierMetrics.wordsPerMinute(), laterMetrics.wordsPerMinute());
        TranscriptAlignment transcripts = TranscriptAlignment.of(org.introcoach.analysis.SpokenText.of(earlier.transcript()).tokens(),
                org.introcoach.analysis.SpokenText.of(later.transcript()).tokens());
        return new AttemptComparison(before.attempt(), after.attempt(), scores, fixed, introduced, remaining, nowSaid,
                dropped, timing, transcripts);
    }

    private static boolean contains(Report report, Finding finding) {
        return report.findings().stream().anyMatch(other -> sameProblem(other, finding));
    }

    private static boolean sameProblem(Finding one, Finding other) {
        FindingCode code = one.code();
        return code == other.code() && Objects.equals(one.field(), other.field());
    }
}
