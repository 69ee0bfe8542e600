package org.introcoach.practice;

import java.util.Optional;
import org.introcoach.draft.Draft;
import org.introcoach.draft.Template;
import org.introcoach.job.JobPosting;
import org.introcoach.resume.Resume;

/**
 * What a take is judged against, chosen before it starts: the resume, the draft with its
 * template, the job posting it is for, if the user gave one (then the report has a job check),
 * and the length it should have ({@link LengthTarget}: the template's, else the starting template's).
 */
public record Judging(Resume resume, Optional<Template> template, Optional<Draft> draft, Optional<JobPosting> job, LengthTarget target) {
    public Judging {
        if (draft.isPresent() != template.isPresent()) {
            throw new IllegalArgumentException("a draft is judged together with its template");
        }
        job = job == null ? Optional.empty() : job;
        if (target == null) {
            target = template.map(LengthTarget::of).orElseGet(LengthTarget::withoutDraft);
        }
    }

    public Judging(Resume resume, Optional<Template> template, Optional<Draft> draft, Optional<JobPosting> job) {
        this(resume, template, draft, job, null);
    }

    public Judging(Resume resume, Optional<Template> template, Optional<Draft> draft) {
        this(resume, template, draft, Optional.empty());
    }

    public Judging withJob(Optional<JobPosting> posting) {
        return new Judging(resume, template, draft, posting, target);
    }

    /** The same, judged against another length (the command line's own template catalog, say). */
    public Judging withTarget(LengthTarget length) {
        return new Judging(resume, template, draft, job, length);
    }

    public static Judging resumeOnly(Resume resume) {
        return new Judging(resume, Optional.empty(), Optional.empty());
    }
}
