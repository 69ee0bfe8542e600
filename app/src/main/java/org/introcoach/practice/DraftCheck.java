package org.introcoach.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.introcoach.draft.Draft;
import org.introcoach.draft.FillSource;
import org.introcoach.draft.Template;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Matching;
import org.introcoach.resume.Resume;

/**
 * Whether a draft still agrees with the resume: a field the resume fills (the name, an employer,
 * a school) that names something the resume does not have means the draft was written for
 * another resume, typically the sample one before the user opened their own. Only the facts a
 * resume states outright are checked; a rephrased role or domain is the user's choice.
 */
final class DraftCheck {
    private DraftCheck() {
    }

    /** One sentence per contradicted field, in the template's field order; empty when the draft agrees. */
    static List<String> conflicts(Template template, Draft draft, Resume resume) {
        List<String> found = new ArrayList<>();
        String owner = resume.name().isEmpty() ? "the resume" : resume.name() + "'s resume";
        for (Template.Field field : template.fields()) {
            String value = draft.value(field.name()).strip();
            if (value.isEmpty()) {
                continue;
            }
            boolean contradicted = switch (field.fill()) {
                case NAME -> !resume.name().isEmpty() && !partOf(value, resume.name());
                case COMPANY, PREVIOUS_COMPANY -> !resume.work().isEmpty()
                        && resume.work().stream().map(Job::employer).noneMatch(employer -> sameName(value, employer));
                case SCHOOL -> !resume.education().isEmpty()
                        && resume.education().stream().map(Education::institution).noneMatch(school -> sameName(value, school));
                default -> false;
            };
            if (contradicted) {
                found.add(field.fill() == FillSource.NAME
                        ? "The draft says \u201c%s\u201d for %s, but this is %s.".formatted(value, field.label().toLowerCase(java.util.Locale.ROOT), owner)
                        : "The draft names \u201c%s\u201d (%s), which %s does not list.".formatted(value,
                                field.label().toLowerCase(java.util.Locale.ROOT), owner));
            }
        }
        return found;
    }

    /** "Maria" and "Maria Chen" are both Maria Chen; "Tomas" is not. */
    private static boolean partOf(String said, String name) {
        Set<String> words = words(name);
        return !words(said).isEmpty() && words.containsAll(words(said));
    }

    /** "the University of Washington" is the University of Washington; "Stripe" is "Stripe, Inc.". */
    private static boolean sameName(String said, String listed) {
        String a = Matching.normalise(said).replaceFirst("^the ", "");
        String b = Matching.normalise(listed).replaceFirst("^the ", "");
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || (" " + b + " ").contains(" " + a + " ")
                || (" " + a + " ").contains(" " + b + " "));
    }

    private static Set<String> words(String text) {
        return Stream.of(Matching.normalise(text).split(" ")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
