package org.introcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.resume.ResumeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Show what IntroCoach understood from a resume (JSON Resume, text, Markdown or PDF).")
final class ResumeCommand implements Callable<Integer> {
    enum Format { text, json }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    ResumeCommand(CliContext context) {
        this.context = context;
    }

    @Parameters(paramLabel = "FILE", description = "the resume")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        Resume resume = new ResumeReader().read(file);
        ResumeFacts facts = ResumeFacts.of(resume, context.thisMonth());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("resume", resume);
            document.put("facts", facts);
            out.println(Json.pretty(document));
        } else {
            printText(out, resume, facts);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, Resume resume, ResumeFacts facts) {
        out.println("Name:       " + orDash(resume.name()));
        out.println("Headline:   " + orDash(resume.headline()));
        out.printf("Experience: %s in total%n", org.introcoach.analysis.Durations.spoken(facts.totalYears()));
        for (Job job : resume.work()) {
            out.printf("  %-28s %-24s %s%n", job.title(), job.employer(), job.dates());
        }
        out.println("Education:");
        for (Education school : resume.education()) {
            out.printf("  %-28s %-24s %s%n", school.institution(), join(school.degree(), school.field()), school.dates());
        }
        out.println("Skills:     " + String.join(", ", facts.skills()));
        if (!resume.certificates().isEmpty()) {
            out.println("Certificates: " + String.join("; ", resume.certificates()));
        }
        facts.mostRecentJob().ifPresent(job -> out.println("Most recent role: " + job.title() + " at " + job.employer()));
    }

    private static String join(String degree, String field) {
        return field.isBlank() ? degree : degree + ", " + field;
    }

    private static String orDash(String value) {
        return value.isBlank() ? "-" : value;
    }
}
