package org.introcoach.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Project;
import org.introcoach.resume.Resume;
import org.introcoach.resume.Skill;

/**
 * Where a resume backs a term: a job (its title, summary or a highlight), a project, the skills
 * list, a certificate or a school's subject. Jobs and projects come first, because an interviewer
 * who probes a skill wants the story of using it, and a line in the skills list alone is thinner.
 */
final class ResumeBacking {
    /** Where the resume says something, and how much it stands on it. */
    record Source(String label, String text, boolean story, Optional<Job> job, Optional<Project> project, boolean spoken) {
        Source(String label, String text, boolean story, Optional<Job> job, Optional<Project> project) {
            this(label, text, story, job, project, false);
        }
    }

    /** A term found in the resume, with the line that holds it. */
    record Backing(Source source, String line) {
        /** "Stripe: Led the migration of the billing service ...", short enough for a table cell. */
        String describe() {
            String shown = line.length() > SHOWN ? line.substring(0, SHOWN - 1).strip() + "…" : line;
            return source.label() + ": " + shown;
        }
    }

    private static final int SHOWN = 90;
    private final List<Source> sources = new ArrayList<>();

    ResumeBacking(Resume resume) {
        for (Job job : resume.work()) {
            String label = job.employer() == null || job.employer().isBlank() ? String.valueOf(job.title()) : job.employer();
            for (String highlight : job.highlights()) {
                sources.add(new Source(label, highlight, true, Optional.of(job), Optional.empty(), true));
            }
            if (job.summary() != null && !job.summary().isBlank()) {
                sources.add(new Source(label, job.summary(), true, Optional.of(job), Optional.empty()));
            }
            if (job.title() != null) {
                sources.add(new Source(label, job.title(), true, Optional.of(job), Optional.empty()));
            }
        }
        for (Project project : resume.projects()) {
            sources.add(new Source("project " + project.name(), project.name() + ": " + project.description(), true,
                    Optional.empty(), Optional.of(project), true));
        }
        if (!resume.summary().isBlank()) {
            sources.add(new Source("summary", resume.summary(), false, Optional.empty(), Optional.empty()));
        }
        for (Skill skill : resume.skills()) {
            String listed = skill.keywords().isEmpty() ? skill.name() : skill.name() + ": " + String.join(", ", skill.keywords());
            sources.add(new Source("skills", listed, false, Optional.empty(), Optional.empty()));
        }
        for (String certificate : resume.certificates()) {
            sources.add(new Source("certificate", certificate, false, Optional.empty(), Optional.empty()));
        }
        for (Education school : resume.education()) {
            sources.add(new Source(school.institution(), school.degree() + " " + school.field(), false, Optional.empty(), Optional.empty()));
        }
        if (!resume.headline().isBlank()) {
            sources.add(new Source("headline", resume.headline(), false, Optional.empty(), Optional.empty()));
        }
    }

    /** The first place that names any of {@code terms}, stories first; empty when none does. */
    Optional<Backing> find(List<String> terms) {
        List<Pattern> patterns = terms.stream().map(ResumeBacking::pattern).toList();
        for (boolean story : new boolean[] {true, false}) {
            for (Source source : sources) {
                if (source.story() != story) {
                    continue;
                }
                String text = source.text().toLowerCase(Locale.ROOT);
                for (Pattern pattern : patterns) {
                    if (pattern.matcher(text).find()) {
                        return Optional.of(new Backing(source, source.text()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The term as a whole word or phrase, plurals and "-ing"/"-ed" forms included ("cache" finds "caching"). */
    private static Pattern pattern(String term) {
        String stem = term.endsWith("e") && term.length() > 4 ? term.substring(0, term.length() - 1) : term;
        String body = Pattern.quote(stem).replace(" ", "\\E[\\s-]+\\Q");
        String tail = stem.equals(term) ? "(s|es|ing|ed)?" : "(e|es|ed|ing)";
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + tail + "(?![\\p{L}\\p{N}])");
    }
}
