package org.introcoach.practice;

import java.util.Optional;
import org.introcoach.draft.Draft;
import org.introcoach.draft.Template;
import org.introcoach.resume.Resume;

/** What a take is judged against, chosen before it starts: the resume, and the draft with its template. */
public record Judging(Resume resume, Optional<Template> template, Optional<Draft> draft) {
    public Judging {
        if (draft.isPresent() != template.isPresent()) {
            throw new IllegalArgumentException("a draft is judged together with its template");
        }
    }

    public static Judging resumeOnly(Resume resume) {
        return new Judging(resume, Optional.empty(), Optional.empty());
    }
}
