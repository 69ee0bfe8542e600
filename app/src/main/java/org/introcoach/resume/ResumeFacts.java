package org.introcoach.resume;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the analysis checks a spoken intro against, derived from a resume as of a given month:
 * years of experience in total and per role, the most recent role, and the employers, schools,
 * titles and skills in normalised form ({@link Matching#normalise}).
 *
 * @param totalYears years in work, overlapping jobs counted once, to one decimal
 */
public record ResumeFacts(String name, YearMonth asOf, double totalYears, List<RoleYears> roles,
                          Optional<Job> mostRecentJob, Optional<Education> mostRelevantEducation,
                          Set<String> employers, Set<String> schools, Set<String> titles, Set<String> skills) {

    /** One job's length. */
    public record RoleYears(String title, String employer, double years) {
    }

    public static ResumeFacts of(Resume resume, YearMonth asOf) {
        List<RoleYears> roles = resume.work().stream()
                .map(job -> new RoleYears(job.title(), job.employer(), years(job.dates().months(asOf))))
                .toList();
        return new ResumeFacts(resume.name(), asOf, years(monthsWorked(resume.work(), asOf)), roles,
                mostRecent(resume.work(), asOf), mostRelevant(resume.education()),
                normalised(resume.work().stream().map(Job::employer).toList()),
                normalised(resume.education().stream().map(Education::institution).toList()),
                normalised(resume.work().stream().map(Job::title).toList()),
                normalised(resume.skills().stream().flatMap(skill -> skill.keywords().isEmpty()
                        ? java.util.stream.Stream.of(skill.name()) : skill.keywords().stream()).toList()));
    }

    private static double years(long months) {
        return Math.round(months / 12.0 * 10) / 10.0;
    }

    private static long monthsWorked(List<Job> jobs, YearMonth asOf) {
        Set<YearMonth> months = new TreeSet<>();
        for (Job job : jobs) {
            YearMonth start = job.dates().start();
            YearMonth end = job.dates().endOr(asOf);
            for (YearMonth month = start; month != null && end != null && !month.isAfter(end); month = month.plusMonths(1)) {
                months.add(month);
            }
        }
        return months.size();
    }

    /** The ongoing job, or the one that ended last; undated jobs count as listed first = most recent. */
    private static Optional<Job> mostRecent(List<Job> jobs, YearMonth asOf) {
        Comparator<Job> byEnd = Comparator.comparing(job -> Optional.ofNullable(job.dates().endOr(asOf)).orElse(YearMonth.of(1900, 1)));
        Optional<Job> dated = jobs.stream().filter(job -> job.dates().hasAnyDate()).max(byEnd
                .thenComparing(job -> Optional.ofNullable(job.dates().start()).orElse(YearMonth.of(1900, 1))));
        return dated.isPresent() ? dated : jobs.stream().findFirst();
    }

    /** The highest degree; among equals, the latest. */
    private static Optional<Education> mostRelevant(List<Education> schools) {
        return schools.stream().max(Comparator.comparingInt((Education school) -> degreeLevel(school.degree()))
                .thenComparing(school -> Optional.ofNullable(school.dates().endOr(YearMonth.of(2100, 1))).orElse(YearMonth.of(1900, 1))));
    }

    static int degreeLevel(String degree) {
        String d = degree.toLowerCase(Locale.ROOT).replace(".", "");
        if (d.matches(".*\\b(phd|doctor|doctorate|dphil)\\b.*")) {
            return 4;
        }
        if (d.matches(".*\\b(master|masters|msc|ms|ma|meng|mba|llm|mphil)\\b.*")) {
            return 3;
        }
        if (d.matches(".*\\b(bachelor|bachelors|bsc|bs|ba|beng|llb|ab)\\b.*")) {
            return 2;
        }
        return d.isBlank() ? 0 : 1;
    }

    private static Set<String> normalised(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : new ArrayList<>(values)) {
            String normal = Matching.normalise(value);
            if (!normal.isEmpty()) {
                result.add(normal);
            }
        }
        return result;
    }
}
