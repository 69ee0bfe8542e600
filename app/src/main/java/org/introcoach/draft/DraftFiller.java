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
            case ROLE -> recent.map(Job::title).map(DraftFiller::spokenTitle);
            case COMPANY -> recent.map(Job::employer);
            case DOMAIN -> domain(resume).or(() -> recent.flatMap(DraftFiller::workedOn));
            case CORE_SKILL -> coreSkill(resume);
            case YEARS -> spokenYears(facts.totalYears());
            case PREVIOUS_ROLE -> previousJob(resume, facts).map(Job::title).map(DraftFiller::spokenTitle);
            case PREVIOUS_COMPANY -> previousJob(resume, facts).map(Job::employer);
            case PREVIOUS_YEARS -> previousJob(resume, facts)
                    .flatMap(job -> spokenYears(job.dates().months(facts.asOf()) / 12.0));
            case RESULT -> recent.flatMap(DraftFiller::result);
            case CURRENT_YEARS -> recent.flatMap(job -> spokenYears(job.dates().months(facts.asOf()) / 12.0));
            case PREVIOUS_RESULT -> previousJob(resume, facts).flatMap(DraftFiller::result);
        };
    }

    /** Whether the latest job has ended: the draft then speaks of it in the past. */
    public boolean roleEnded(Resume resume, YearMonth asOf) {
        return ResumeFacts.of(resume, asOf).mostRecentJob()
                .map(job -> !job.dates().ongoing() && job.dates().end() != null && job.dates().end().isBefore(asOf))
                .orElse(false);
    }

    /** A draft filled from the resume: every field it answers, and whether its role has ended. */
    public Draft fillDraft(Draft draft, Template template, Resume resume, YearMonth asOf) {
        return draft.withAll(fill(template, resume, asOf)).withRoleEnded(roleEnded(resume, asOf));
    }

    /** Highlights longer than this are a paragraph, not a clause of a spoken sentence. */
    private static final int LONGEST_RESULT_WORDS = 20;
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|thousand|million|half|double|twice)\\b", Pattern.CASE_INSENSITIVE);

    /** Verbs of a highlight said as what was done ("Cut", "Led"): it fits "I ..." in the past; "Lead two teams" does not. */
    private static final Pattern DONE = Pattern.compile("(?i)\\w+ed|built|led|cut|ran|grew|won|made|wrote|taught|set|drove|brought|"
            + "began|took|kept|sold|forecast|spent|rebuilt|rewrote|shipped|halved|doubled|saved|hired|mentored|introduced|launched");

    /**
     * The job's highlight to say: one done (a past verb first) with a number in it, else one done;
     * as a clause, "cut median deploy time from 25 to 7 minutes". None when no highlight says what
     * was done ("Technical lead on ...", "Lead two teams"): the user words it.
     */
    private static Optional<String> result(Job job) {
        List<String> clauses = job.highlights().stream().map(DraftFiller::asClause).filter(clause -> !clause.isEmpty())
                .filter(clause -> clause.split("\\s+").length <= LONGEST_RESULT_WORDS).toList();
        java.util.function.Predicate<String> done = clause -> DONE.matcher(clause.split("\\s+")[0]).matches();
        java.util.function.Predicate<String> numbered = clause -> NUMBER.matcher(clause).find();
        return clauses.stream().filter(done.and(numbered)).findFirst().or(() -> clauses.stream().filter(done).findFirst());
    }

    /** "Cut median deploy time from 25 to 7 minutes; promoted four engineers" is said "cut median deploy time from 25 to 7 minutes". */
    private static String asClause(String highlight) {
        String clause = highlight.strip().split(";")[0].strip().replaceAll("[.!]+$", "");
        if (clause.length() > 1 && Character.isUpperCase(clause.charAt(0)) && Character.isLowerCase(clause.charAt(1))) {
            clause = Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
        }
        return clause;
    }

    /** "Data Analyst (volunteer)" is said "volunteer Data Analyst": brackets are not read out. */
    private static String spokenTitle(String title) {
        Matcher bracket = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$").matcher(title.strip());
        return bracket.matches() ? bracket.group(2).strip() + " " + bracket.group(1).strip() : title.strip();
    }

    /** What the latest job was about, from its one-line summary: "checkout and catalogue services in Python and Django". */
    private static Optional<String> workedOn(Job job) {
        String first = job.summary().strip().split("(?<=[.;])\\s")[0].replaceAll("[.;]+$", "").strip();
        if (first.isEmpty() || first.split("\\s+").length > 10) {
            return Optional.empty();
        }
        return Optional.of(Character.isUpperCase(first.charAt(0)) && first.length() > 1 && Character.isLowerCase(first.charAt(1))
                ? Character.toLowerCase(first.charAt(0)) + first.substring(1) : first);
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
