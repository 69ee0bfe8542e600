package org.introcoach.cli;

import java.io.PrintWriter;
import org.introcoach.analysis.JobFit;
import org.introcoach.analysis.Timestamps;

/** The job check as {@code analyze --format text} prints it. */
final class JobCheckText {
    private JobCheckText() {
    }

    static void print(PrintWriter out, JobFit fit) {
        if (fit == null) {
            return;
        }
        out.println();
        String job = fit.title() == null ? fit.source() : fit.title();
        out.printf("Job check: %s%s%n", job, fit.company() == null ? "" : " at " + fit.company());
        out.println("  " + fit.summary());
        for (JobFit.Requirement requirement : fit.requirements()) {
            String detail = requirement.status() == JobFit.Status.ADDRESSED
                    ? "\"" + requirement.heard() + "\"" + (requirement.start() == null ? "" : " at " + Timestamps.format(requirement.start()))
                    : requirement.resume() == null ? "" : requirement.resume();
            out.println("  %-9s %-12s %-28s %-25s %s".formatted(requirement.kind(), requirement.necessity(), requirement.text(),
                    requirement.status().label(), detail).stripTrailing());
        }
        out.println("  Motivation: " + fit.motivation().advice());
    }
}
