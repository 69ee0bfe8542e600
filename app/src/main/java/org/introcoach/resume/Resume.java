package org.introcoach.resume;

import java.util.List;

/**
 * What IntroCoach understood from a resume. Lists keep the resume's order; strings are as
 * written (see {@link ResumeFacts} for the normalised forms used in matching).
 */
public record Resume(String name, String headline, String summary, List<Education> education, List<Job> work,
                     List<Skill> skills, List<String> certificates, List<Project> projects, List<String> languages) {
    public Resume {
        name = name == null ? "" : name.strip();
        headline = headline == null ? "" : headline.strip();
        summary = summary == null ? "" : summary.strip();
        education = List.copyOf(education);
        work = List.copyOf(work);
        skills = List.copyOf(skills);
        certificates = List.copyOf(certificates);
        projects = List.copyOf(projects);
        languages = List.copyOf(languages);
    }

    /** True when nothing a coach could check was found. */
    public boolean hasNoContent() {
        return education.isEmpty() && work.isEmpty() && skills.isEmpty();
    }
}
