package org.introcoach.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.text.StringEscapeUtils;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.MarkedTranscript;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.ResumeMatch;
import org.introcoach.analysis.Timestamps;

/**
 * Attempts as one self-contained HTML page: styles inline, charts as inline SVG, no scripts and
 * nothing fetched, so it opens anywhere and can be mailed or printed.
 */
public final class HtmlExport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final String[] COLOURS = {"#2f6fdb", "#2e9d5b", "#d99a1e", "#9b59b6", "#d2483f"};
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:960px;color:#22262c;padding:0 1em}
            h1{color:#2f6fdb;margin-bottom:.2em} h2{margin-top:1.6em} .meta{color:#68707d}
            table{border-collapse:collapse;margin:.5em 0} td,th{padding:4px 10px;border-bottom:1px solid #e2e5ea;text-align:left}
            .overall{font-size:2.6em;font-weight:bold;color:#2f6fdb}
            .bar{display:inline-block;height:12px;background:#2e9d5b;border-radius:3px;vertical-align:middle}
            .bar.fair{background:#d99a1e}.bar.poor{background:#d2483f}
            .finding{margin:.5em 0}.sev{color:#fff;border-radius:8px;padding:1px 7px;font-size:.8em;margin-right:6px}
            .problem{background:#d2483f}.warning{background:#d99a1e}.info{background:#8a93a1}
            q{font-style:italic;color:#454b55;display:block;margin-left:1em}
            .transcript{line-height:2;background:#fff;border:1px solid #e2e5ea;padding:.6em;border-radius:6px}
            .filler{background:#fde9c3}.claim{background:#f9d3d0;text-decoration:underline}.unsure{color:#8a93a1;font-style:italic}
            .pause{background:#eef1f5;color:#68707d;font-size:.8em;padding:1px 4px;border-radius:4px}
            .take{border-top:2px solid #e2e5ea;margin-top:2em} .damaged{color:#d2483f}
            """;

    private final ZoneId zone;
    private final Function<String, org.introcoach.draft.Template.TargetBand> targets;

    public HtmlExport(ZoneId zone) {
        this(zone, templateId -> IntroAnalyzer.DEFAULT_TARGET);
    }

    /**
     * {@code targets} gives the length target of a take from its template id ("" without a draft),
     * so the duration chart shades the band the takes were judged against (none when they differ).
     */
    public HtmlExport(ZoneId zone, Function<String, org.introcoach.draft.Template.TargetBand> targets) {
        this.zone = zone;
        this.targets = targets;
    }

    public String attempt(AttemptContents contents) {
        StringBuilder html = page("IntroCoach: take of " + when(contents.attempt()));
        html.append(takeSection(contents, "h1"));
        return html.append("</body></html>\n").toString();
    }

    /** Every attempt, oldest first in the charts and newest first below them; damaged ones listed with the reason. */
    public String history(List<AttemptContents> attempts, List<StoredAttempt.Damaged> damaged) {
        StringBuilder html = page("IntroCoach: your practice history");
        html.append("<h1>Your practice history</h1><p class=\"meta\">").append(attempts.size()).append(" takes</p>");
        List<AttemptContents> oldestFirst = new ArrayList<>(attempts);
        oldestFirst.sort(java.util.Comparator.comparing(contents -> contents.attempt().recordedAt()));
        html.append(charts(oldestFirst));
        html.append("<h2>Takes</h2><table><tr><th>When</th><th>Draft</th><th>Duration</th>");
        for (Dimension dimension : Dimension.values()) {
            html.append("<th>").append(dimension.label()).append("</th>");
        }
        html.append("<th>Overall</th></tr>");
        for (AttemptContents contents : attempts) {
            Attempt attempt = contents.attempt();
            html.append("<tr><td>").append(escape(when(attempt))).append("</td><td>").append(escape(attempt.draft()))
                    .append("</td><td>").append(Timestamps.duration(attempt.durationSeconds())).append("</td>");
            for (Dimension dimension : Dimension.values()) {
                html.append("<td>").append(contents.report().score(dimension)).append("</td>");
            }
            html.append("<td><b>").append(attempt.overall()).append("</b></td></tr>");
        }
        html.append("</table>");
        for (StoredAttempt.Damaged broken : damaged) {
            html.append("<p class=\"damaged\">Damaged take ").append(escape(broken.id())).append(": ")
                    .append(escape(broken.reason())).append("</p>");
        }
        for (AttemptContents contents : attempts) {
            html.append("<section class=\"take\">").append(takeSection(contents, "h2")).append("</section>");
        }
        return html.append("</body></html>\n").toString();
    }

    private String charts(List<AttemptContents> attempts) {
        List<String> labels = attempts.stream().map(contents -> SHORT.format(contents.attempt().recordedAt().atZone(zone))).toList();
        List<SvgChart.Series> scores = new ArrayList<>();
        int colour = 0;
        for (Dimension dimension : Dimension.values()) {
            scores.add(new SvgChart.Series(dimension.label(), COLOURS[colour++],
                    values(attempts, contents -> (double) contents.report().score(dimension))));
        }
        scores.add(new SvgChart.Series("Overall", COLOURS[colour], values(attempts, contents -> (double) contents.report().overall())));
        double longest = attempts.stream().mapToDouble(contents -> contents.attempt().durationSeconds()).max().orElse(90);
        return "<h2>Progress</h2>"
                + SvgChart.lines("Scores", labels, scores, null, 0, 100)
                + SvgChart.lines("Pace, words a minute", labels,
                        List.of(new SvgChart.Series("Pace", COLOURS[0], values(attempts, contents -> contents.report().metrics().wordsPerMinute()))),
                        new SvgChart.Band(IntroAnalyzer.SLOWEST_COMFORTABLE_WPM, IntroAnalyzer.FASTEST_COMFORTABLE_WPM, "comfortable"), 60, 220)
                + SvgChart.lines("Fillers a minute", labels,
                        List.of(new SvgChart.Series("Fillers", COLOURS[2], values(attempts, contents -> contents.report().metrics().fillersPerMinute()))),
                        new SvgChart.Band(0, IntroAnalyzer.FILLERS_PER_MINUTE_LIMIT, "fine"), 0, 12)
                + SvgChart.lines("Duration, seconds", labels,
                        List.of(new SvgChart.Series("Duration", COLOURS[3], values(attempts, contents -> contents.attempt().durationSeconds()))),
                        durationBand(attempts),
                        0, Math.max(120, Math.ceil(longest / 30) * 30));
    }

    private SvgChart.Band durationBand(List<AttemptContents> attempts) {
        List<org.introcoach.draft.Template.TargetBand> bands = attempts.stream().map(contents -> contents.attempt().templateId())
                .distinct().map(targets).distinct().toList();
        return bands.size() != 1 ? null : new SvgChart.Band(bands.get(0).minSeconds(), bands.get(0).maxSeconds(), "target " + bands.get(0));
    }

    private static List<Double> values(List<AttemptContents> attempts, Function<AttemptContents, Double> value) {
        return attempts.stream().map(value).toList();
    }

    private String takeSection(AttemptContents contents, String heading) {
        Attempt attempt = contents.attempt();
        Report report = contents.report();
        StringBuilder html = new StringBuilder();
        html.append('<').append(heading).append('>').append("Take of ").append(escape(when(attempt))).append("</").append(heading).append('>');
        html.append("<p class=\"meta\">").append(escape(attempt.source().equals("microphone") ? "recorded" : "imported " + attempt.source()))
                .append(" · judged against ").append(escape(attempt.resumeName())).append("'s resume")
                .append(attempt.draft().isEmpty() ? "" : " and the draft " + escape(attempt.draft()))
                .append(" · ").append(Timestamps.duration(attempt.durationSeconds()));
        if (report.metrics().wordsPerMinute() != null) {
            html.append(" · ").append(Math.round(report.metrics().wordsPerMinute())).append(" words a minute");
        }
        html.append("</p>");
        html.append("<div class=\"overall\">").append(report.overall()).append(" <small>overall</small></div><table>");
        for (Dimension dimension : Dimension.values()) {
            int score = report.score(dimension);
            html.append("<tr><th>").append(dimension.label()).append("</th><td><span class=\"bar ")
                    .append(score >= 80 ? "good" : score >= 60 ? "fair" : "poor").append("\" style=\"width:")
                    .append(score * 2).append("px\"></span> ").append(score).append("</td><td>")
                    .append(escape(report.dimensions().get(dimension.id()).summary())).append("</td></tr>");
        }
        html.append("</table><h3>What to work on</h3>");
        if (report.findings().isEmpty()) {
            html.append("<p>Nothing to fix.</p>");
        }
        for (Finding finding : report.findings()) {
            html.append("<div class=\"finding\"><span class=\"sev ").append(finding.severity().id()).append("\">")
                    .append(finding.severity().id()).append("</span>");
            if (finding.start() != null) {
                html.append(Timestamps.duration(finding.start())).append(" ");
            }
            html.append(escape(finding.message()));
            if (finding.quote() != null) {
                html.append("<q>").append(escape(finding.quote())).append("</q>");
            }
            html.append("</div>");
        }
        html.append("<h3>Transcript</h3><p class=\"transcript\">");
        MarkedTranscript marked = MarkedTranscript.of(report);
        for (int i = 0; i < marked.words().size(); i++) {
            if (marked.pauseBefore(i) > 0) {
                html.append("<span class=\"pause\">pause ").append(String.format(Locale.ROOT, "%.1f", marked.pauseBefore(i))).append(" s</span> ");
            }
            if (marked.fillerBefore(i)) {
                html.append("<span class=\"filler\">(filler)</span> ");
            }
            String text = marked.words().get(i).text();
            String classes = String.join(" ", marked.marksOf(i).stream().map(mark -> mark.name().toLowerCase(Locale.ROOT)).sorted().toList());
            if (classes.isEmpty()) {
                html.append(escape(text));
            } else {
                html.append("<span class=\"").append(classes).append("\">").append(escape(text)).append("</span>");
            }
            html.append(' ');
        }
        html.append("</p>");
        DeliveryChart.of(report).ifPresent(chart -> html.append("<h3>Delivery</h3>").append(chart.svg()));
        html.append("<h3>Resume check</h3><table><tr><th>Field</th><th>Resume says</th><th>You said</th><th>Status</th></tr>");
        for (ResumeMatch match : report.resumeMatches()) {
            html.append("<tr><td>").append(escape(match.field())).append("</td><td>").append(escape(orDash(match.resume())))
                    .append("</td><td>").append(escape(orDash(match.heard()))).append("</td><td>").append(escape(match.status().label()))
                    .append("</td></tr>");
        }
        html.append("</table>");
        html.append(JobFitHtml.section(report.job()));
        if (!report.draft().isEmpty()) {
            html.append("<h3>Against your draft</h3><table>");
            for (Report.DraftPoint point : report.draft()) {
                html.append("<tr><td>").append(escape(point.status())).append("</td><td>").append(escape(point.text())).append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append(followUps(report));
        return html.toString();
    }

    /** "What this intro invites": the likely follow-up questions, then the strengths the intro leaves unsaid. */
    private static String followUps(Report report) {
        if (report.followUps().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>What this intro invites</h3><table><tr><th></th><th>Question</th><th>Standing</th>"
                + "<th>Invited by</th><th>What to do</th></tr>");
        int rank = 1;
        for (org.introcoach.analysis.FollowUp followUp : report.followUps()) {
            if (!followUp.invited()) {
                continue;
            }
            html.append("<tr><td>").append(rank++).append("</td><td>").append(escape(followUp.text())).append("</td><td>")
                    .append(escape(followUp.standing())).append("</td><td>").append(escape(followUp.reason()));
            if (followUp.start() != null) {
                html.append(" ").append(Timestamps.duration(followUp.start()));
            }
            html.append(" <q>").append(escape(followUp.quote())).append("</q></td><td>").append(escape(followUp.advice())).append("</td></tr>");
        }
        html.append("</table>");
        List<org.introcoach.analysis.FollowUp> unsaid = report.followUps().stream().filter(followUp -> !followUp.invited()).toList();
        if (!unsaid.isEmpty()) {
            html.append("<p>Strengths on your resume this intro never invites:</p><ul>");
            for (org.introcoach.analysis.FollowUp followUp : unsaid) {
                html.append("<li>").append(escape(followUp.topic())).append(": say <q>").append(escape(followUp.suggestion()))
                        .append("</q></li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private String when(Attempt attempt) {
        return WHEN.format(attempt.recordedAt().atZone(zone));
    }


    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text == null ? "" : text);
    }
}
