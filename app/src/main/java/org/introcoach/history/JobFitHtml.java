package org.introcoach.history;

import org.apache.commons.text.StringEscapeUtils;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.Timestamps;

/** The job check of a take as a section of the HTML export; nothing for a take judged without a posting. */
final class JobFitHtml {
    private JobFitHtml() {
    }

    static String section(JobFit fit) {
        if (fit == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Job check: ").append(escape(fit.title() == null ? fit.source() : fit.title()));
        if (fit.company() != null) {
            html.append(" at ").append(escape(fit.company()));
        }
        html.append("</h3><p>").append(escape(fit.summary())).append("</p>");
        html.append("<table><tr><th>Requirement</th><th>Kind</th><th>The posting</th><th>Status</th><th>You said / your resume</th></tr>");
        for (JobFit.Requirement requirement : fit.requirements()) {
            String detail = requirement.status() == JobFit.Status.ADDRESSED
                    ? "“" + requirement.heard() + "”" + (requirement.start() == null ? "" : " at " + Timestamps.format(requirement.start()))
                    : requirement.resume() == null ? "—" : requirement.resume();
            html.append("<tr class=\"job-").append(requirement.status().id()).append("\"><td>").append(escape(requirement.text()))
                    .append("</td><td>").append(escape(requirement.kind())).append("</td><td>").append(escape(requirement.necessity()))
                    .append("</td><td>").append(escape(requirement.status().label())).append("</td><td>").append(escape(detail))
                    .append("</td></tr>");
        }
        html.append("</table><p><strong>Motivation:</strong> ").append(escape(fit.motivation().advice())).append("</p>");
        return html.toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text == null ? "" : text);
    }
}
