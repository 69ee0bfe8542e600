package org.introcoach.practice;

import java.util.ArrayList;
import java.util.List;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;
import org.introcoach.resume.Skill;

/**
 * The phrases of a resume the speech recogniser's second pass listens for: the person's name (and
 * first name alone), schools, employers, job titles and skills, as written.
 */
public final class ResumeVocabulary {
    private ResumeVocabulary() {
    }

    public static List<String> of(Resume resume) {
        List<String> phrases = new ArrayList<>();
        if (resume == null) {
            return phrases;
        }
        if (resume.name() != null && !resume.name().isBlank()) {
            phrases.add(resume.name());
            phrases.add(resume.name().trim().split("\\s+")[0]);
        }
        for (Education school : resume.education()) {
            add(phrases, school.institution());
        }
        for (Job job : resume.work()) {
            add(phrases, job.employer());
            add(phrases, job.title());
        }
        for (Skill skill : resume.skills()) {
            add(phrases, skill.name());
        }
        return phrases;
    }

    private static void add(List<String> phrases, String phrase) {
        if (phrase != null && !phrase.isBlank()) {
            phrases.add(phrase);
        }
    }
}
