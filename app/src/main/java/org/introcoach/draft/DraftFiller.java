package org.introcoach.draft;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;

/**
 * "Fill from resume": the template fields whose {@link FillSource} a resume answers. The target
 * team and anything personal (reasons, results) stay for the user.
 */
public final class DraftFiller {
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b(?:focus(?:ed|ing)? on|speciali[sz](?:ed|ing|e) in|"
            + "expertise in|working (?:on|in)|experience in)\\s+([^.,;:]+)");
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

    /** Values for every field the resume can fill; fields it cannot fill are absent. */
    public Map<String, String> fill(Template template, Resume resume, YearMonth asOf) {
        ResumeFacts facts = ResumeFacts.of(resume, asOf);
        Map<String, String> values = new LinkedHashMap<>();
        for (Template.Field field : template.fields()) {
            valueFor(field.fill(), resume, facts).filter(value -> !value.isBlank())
                    .ifPresent(value -> values.put(field.name(), value.strip()));
        }
        return values;
    }

    private static Optional<String> valueFor(FillSource source, Resume resume, ResumeFacts facts) {
        Optional<Education> school = facts.mostRelevantEducation();
        Optional<Job> recent = facts.mostRecentJob();
        return switch (source) {
            case NONE -> Optional.empty();
            case NAME -> Optional.of(resume.name());
            case SCHOOL -> school.map(Education::institution).map(DraftFiller::asSpoken);
            case DEGREE -> school.map(Education::degree);
            case FIELD_OF_STUDY -> school.map(Education::field);
            case ROLE -> recent.map(Job::title);
            case COMPANY -> recent.map(Job::employer);
            case DOMAIN -> domain(resume);
            case CORE_SKILL -> coreSkill(resume);
            case YEARS -> spokenYears(facts.totalYears());
            case PREVIOUS_ROLE -> previousJob(resume, facts).map(Job::title);
            case PREVIOUS_COMPANY -> previousJob(resume, facts).map(Job::employer);
            case PREVIOUS_YEARS -> previousJob(resume, facts)
                    .flatMap(job -> spokenYears(job.dates().months(facts.asOf()) / 12.0));
        };
    }

    /** "University of Washington" is said "the University of Washington". */
    private static String asSpoken(String institution) {
        return institution.matches("(?i)(university|college|institute|school|academy) of .*") ? "the " + institution : institution;
    }

    /** The domain named in the summary or headline ("focused on payment infrastructure"), else the latest job's summary. */
    private static Optional<String> domain(Resume resume) {
        for (String text : List.of(resume.summary(), resume.headline())) {
            Matcher matcher = DOMAIN.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group(1).replaceAll("\\s+(?:with|and|for|where)\\b.*$", "").strip());
            }
        }
        return Optional.empty();
    }

    /** The listed skill the work history mentions most; on a tie, the one listed first. */
    private static Optional<String> coreSkill(Resume resume) {
        List<String> skills = resume.skills().stream()
                .flatMap(skill -> skill.keywords().isEmpty() ? Stream.of(skill.name()) : skill.keywords().stream())
                .filter(name -> !name.isBlank()).toList();
        String evidence = (resume.summary() + " " + String.join(" ", resume.work().stream()
                .map(job -> job.summary() + " " + String.join(" ", job.highlights())).toList())).toLowerCase(Locale.ROOT);
        return skills.stream().max(Comparator.comparingLong((String skill) -> mentions(evidence, skill.toLowerCase(Locale.ROOT)))
                .thenComparing(skill -> -skills.indexOf(skill)));
    }

    private static long mentions(String text, String skill) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(skill) + "(?![\\p{L}\\p{N}])").matcher(text).results().count();
    }

    /** The job before the most recent one: for a career changer, where they come from. */
    private static Optional<Job> previousJob(Resume resume, ResumeFacts facts) {
        Optional<Job> recent = facts.mostRecentJob();
        return resume.work().stream().filter(job -> recent.map(r -> r != job).orElse(true))
                .max(Comparator.comparing(job -> Optional.ofNullable(job.dates().endOr(facts.asOf())).orElse(YearMonth.of(1900, 1))));
    }

    /** Years as people say them, to the nearest whole year: 7.9 years is "eight". */
    private static Optional<String> spokenYears(double years) {
        long whole = Math.round(years);
        return whole >= 1 ? Optional.of(spokenNumber((int) whole)) : Optional.empty();
    }

    static String spokenNumber(int number) {
        return number >= 0 && number < NUMBERS.length ? NUMBERS[number] : Integer.toString(number);
    }
}
