package org.introcoach.resume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads plain-text and Markdown resumes (and the text of PDF resumes): finds the sections by their
 * usual headings, then the schools, employers, titles, dates and skills inside them.
 */
final class TextResumeReader {
    enum Section { HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATES, LANGUAGES, OTHER }

    private static final Map<Section, Set<String>> HEADINGS = new EnumMap<>(Map.of(
            Section.SUMMARY, Set.of("summary", "profile", "about", "about me", "professional summary", "objective", "career objective", "personal statement"),
            Section.EXPERIENCE, Set.of("experience", "work experience", "work history", "employment", "employment history",
                    "professional experience", "career history", "relevant experience", "teaching experience"),
            Section.EDUCATION, Set.of("education", "education and training", "academic background", "qualifications", "academic qualifications"),
            Section.SKILLS, Set.of("skills", "technical skills", "core skills", "key skills", "skills and tools", "core competencies", "competencies", "tools", "technologies"),
            Section.PROJECTS, Set.of("projects", "selected projects", "personal projects", "key projects"),
            Section.CERTIFICATES, Set.of("certifications", "certificates", "licenses", "licenses and certifications", "certifications and licenses", "courses"),
            Section.LANGUAGES, Set.of("languages", "spoken languages"),
            Section.OTHER, Set.of("interests", "hobbies", "volunteering", "volunteer experience", "references", "contact", "awards", "publications", "activities")));
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦–]|\\d+[.)])\\s+");
    private static final Pattern CONTACT = Pattern.compile("(?i)@|https?://|www\\.|linkedin|github\\.com|\\+?\\d[\\d ()-]{7,}\\d");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:\\||•|·|\\s—\\s|\\s–\\s|\\s-\\s|,)\\s*");
    private static final Pattern AT = Pattern.compile("(?i)\\s+(?:at|@)\\s+");
    private static final Set<String> TITLE_WORDS = Set.of("engineer", "developer", "manager", "analyst", "scientist", "designer",
            "teacher", "lecturer", "nurse", "consultant", "intern", "lead", "director", "specialist", "officer", "assistant",
            "associate", "coordinator", "administrator", "architect", "head", "founder", "co-founder", "programmer", "researcher",
            "accountant", "technician", "representative", "executive", "owner", "president", "vp", "cto", "ceo", "cfo",
            "tutor", "instructor", "editor", "writer", "advisor", "adviser", "auditor", "clerk", "supervisor", "principal",
            "product", "marketing", "sales", "support", "trainee", "apprentice", "fellow", "professor", "chef", "pharmacist",
            "physician", "doctor", "therapist", "paralegal", "lawyer", "attorney", "recruiter", "strategist", "operator", "sre");
    private static final Set<String> SCHOOL_WORDS = Set.of("university", "college", "institute", "school", "academy",
            "polytechnic", "universität", "université", "universidad", "università", "universidade", "conservatory", "ecole", "école", "hochschule");
    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(?:b\\.?sc|b\\.?s|b\\.?a|b\\.?eng|m\\.?sc|m\\.?s|m\\.?a|m\\.?eng|mba|ph\\.?d|"
            + "bachelor|master|masters|doctor|doctorate|diploma|associate|a\\.?a|a\\.?s|pgce|llb|llm|md|certificate|hnd|gcse|a-levels)\\b\\.?");

    Resume read(String text) {
        Map<Section, List<String>> sections = split(text);
        List<String> header = sections.getOrDefault(Section.HEADER, List.of());
        List<String> identity = header.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String name = identity.stream().filter(line -> !CONTACT.matcher(line).find()).findFirst().orElse("");
        String headline = identity.stream().dropWhile(line -> !line.equals(name)).skip(1)
                .map(TextResumeReader::withoutContactParts).filter(line -> !line.isEmpty()).findFirst().orElse("");
        return new Resume(name, headline, join(sections.get(Section.SUMMARY)),
                education(sections.get(Section.EDUCATION)), work(sections.get(Section.EXPERIENCE)),
                skills(sections.get(Section.SKILLS)), items(sections.get(Section.CERTIFICATES)),
                projects(sections.get(Section.PROJECTS)), languages(sections.get(Section.LANGUAGES)));
    }

    private static Map<Section, List<String>> split(String text) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = Section.HEADER;
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = plain(raw);
            Optional<Section> heading = headingOf(raw, line);
            if (heading.isPresent()) {
                current = heading.get();
                continue;
            }
            sections.computeIfAbsent(current, key -> new ArrayList<>()).add(line);
        }
        return sections;
    }

    private static Optional<Section> headingOf(String raw, String line) {
        String key = line.replaceAll("[:\\s]+$", "").replaceAll("^[\\s#]+", "").toLowerCase(Locale.ROOT).replace("&", "and").strip();
        if (key.isEmpty() || key.split("\\s+").length > 5 || BULLET.matcher(raw).find()) {
            return Optional.empty();
        }
        return HEADINGS.entrySet().stream().filter(entry -> entry.getValue().contains(key)).map(Map.Entry::getKey).findFirst();
    }

    /** The line without Markdown emphasis, heading marks or trailing spaces; bullets are kept. */
    private static String plain(String raw) {
        return raw.replaceAll("\\*\\*|__|`", "").replaceAll("(?<=\\s|^)[*_](\\S[^*_]*\\S)[*_]", "$1")
                .replaceAll("^\\s*#+\\s*", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").stripTrailing();
    }

    private static String withoutContactParts(String line) {
        return Arrays.stream(line.split("\\s*[|•·]\\s*")).map(String::strip)
                .filter(part -> !part.isEmpty() && !CONTACT.matcher(part).find()).findFirst().orElse("");
    }

    /** Lines grouped into entries: one per job, school or project. */
    private record Entry(List<String> header, List<String> body, List<String> bullets) {
        String headerText() {
            return String.join(" | ", header);
        }

        DateRange dates() {
            return ResumeDates.find(headerText()).map(ResumeDates.Found::range).orElse(DateRange.UNKNOWN);
        }

        /** The header with its date range taken out: "Engineer at Stripe (2019 - present)" gives "Engineer at Stripe ( )". */
        String headerWithoutDates() {
            String header = headerText();
            return ResumeDates.find(header).map(f -> header.substring(0, f.start()) + " " + header.substring(f.end())).orElse(header);
        }
    }

    private static List<Entry> entries(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        if (lines == null) {
            return entries;
        }
        Entry current = null;
        boolean afterBreak = true;
        for (String line : lines) {
            if (line.isBlank()) {
                afterBreak = true;
                continue;
            }
            boolean bullet = BULLET.matcher(line).find();
            String content = BULLET.matcher(line).replaceFirst("").strip();
            if (bullet) {
                if (current == null) {
                    current = new Entry(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    entries.add(current);
                }
                current.bullets().add(content);
                afterBreak = false;
                continue;
            }
            boolean sentence = content.endsWith(".") || content.split("\\s+").length > 14;
            boolean anotherDatedHeader = current != null && !sentence && ResumeDates.find(content).isPresent()
                    && ResumeDates.find(current.headerText()).isPresent();
            if (current == null || afterBreak || !current.bullets().isEmpty() || anotherDatedHeader) {
                current = new Entry(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                entries.add(current);
            }
            boolean headerHasDates = ResumeDates.find(current.headerText()).isPresent();
            if (current.body().isEmpty() && current.header().size() < 3 && !sentence && !headerHasDates) {
                current.header().add(content);
            } else {
                current.body().add(content);
            }
            afterBreak = false;
        }
        return entries;
    }

    private static List<Job> work(List<String> lines) {
        List<Job> jobs = new ArrayList<>();
        for (Entry entry : entries(lines)) {
            if (entry.header().isEmpty()) {
                continue;
            }
            String[] titleAndEmployer = titleAndEmployer(entry.headerWithoutDates());
            jobs.add(new Job(titleAndEmployer[1], titleAndEmployer[0], entry.dates(), String.join(" ", entry.body()), entry.bullets()));
        }
        return jobs;
    }

    /** {title, employer} from a header such as "Backend Engineer at Stripe" or "Stripe | Backend Engineer". */
    private static String[] titleAndEmployer(String header) {
        String cleaned = header.replaceAll("\\(\\s*\\)", " ").replaceAll("\\s+", " ").strip();
        String[] around = AT.split(cleaned, 2);
        if (around.length == 2) {
            return new String[] {firstPart(around[0]), firstPart(around[1])};
        }
        List<String> parts = parts(cleaned);
        String title = parts.stream().filter(TextResumeReader::looksLikeTitle).findFirst().orElse(parts.isEmpty() ? "" : parts.get(0));
        String employer = parts.stream().filter(part -> !part.equals(title)).findFirst().orElse("");
        return new String[] {title, employer};
    }

    private static List<String> parts(String text) {
        return Arrays.stream(SEPARATORS.split(text)).map(TextResumeReader::withoutStrayParentheses)
                .filter(part -> !part.isEmpty()).toList();
    }

    private static String withoutStrayParentheses(String part) {
        String stripped = part.strip();
        if (stripped.startsWith("(") && !stripped.contains(")")) {
            stripped = stripped.substring(1);
        }
        if (stripped.endsWith(")") && !stripped.contains("(")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.strip();
    }

    private static String firstPart(String text) {
        List<String> parts = parts(text);
        return parts.isEmpty() ? "" : parts.get(0);
    }

    private static boolean looksLikeTitle(String part) {
        return Arrays.stream(part.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).anyMatch(TITLE_WORDS::contains);
    }

    private static List<Education> education(List<String> lines) {
        List<Education> schools = new ArrayList<>();
        for (Entry entry : entries(lines)) {
            if (entry.header().isEmpty()) {
                continue;
            }
            List<String> parts = parts(entry.headerWithoutDates().replaceAll("\\s+", " "));
            String institution = parts.stream().filter(TextResumeReader::looksLikeSchool).findFirst()
                    .orElse(parts.stream().filter(part -> !DEGREE.matcher(part).find()).findFirst().orElse(""));
            String degreeText = String.join(", ", parts.stream().filter(part -> !part.equals(institution)).toList());
            String[] degreeAndField = degreeAndField(degreeText);
            schools.add(new Education(institution, degreeAndField[0], degreeAndField[1], entry.dates()));
        }
        return schools;
    }

    private static boolean looksLikeSchool(String part) {
        return Arrays.stream(part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(SCHOOL_WORDS::contains);
    }

    /** "BSc in Computer Science" gives {"BSc", "Computer Science"}; "Bachelor of Arts, English" gives {"Bachelor of Arts", "English"}. */
    private static String[] degreeAndField(String text) {
        if (text.isBlank()) {
            return new String[] {"", ""};
        }
        String[] byIn = text.split("(?i)\\s+in\\s+", 2);
        if (byIn.length == 2) {
            return new String[] {byIn[0].strip(), byIn[1].replaceAll(",.*$", "").strip()};
        }
        List<String> parts = parts(text);
        String degree = parts.stream().filter(part -> DEGREE.matcher(part).find()).findFirst().orElse(parts.get(0));
        String field = parts.stream().filter(part -> !part.equals(degree)).findFirst().orElse("");
        return new String[] {degree, field};
    }

    private static List<Skill> skills(List<String> lines) {
        List<Skill> skills = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            String content = BULLET.matcher(line).replaceFirst("").strip();
            if (content.isEmpty()) {
                continue;
            }
            int colon = content.indexOf(':');
            if (colon > 0 && colon < 40) {
                skills.add(new Skill(content.substring(0, colon).strip(), list(content.substring(colon + 1))));
            } else {
                list(content).forEach(item -> skills.add(new Skill(item, List.of())));
            }
        }
        return skills;
    }

    private static List<Project> projects(List<String> lines) {
        List<Project> projects = new ArrayList<>();
        for (Entry entry : entries(lines)) {
            List<String> description = new ArrayList<>(entry.body());
            description.addAll(entry.bullets());
            String header = entry.header().isEmpty() ? "" : entry.header().get(0);
            String name = header.split("\\s+[—–-]\\s+|:\\s+", 2)[0].strip();
            if (header.length() > name.length()) {
                description.add(0, header.substring(name.length()).replaceAll("^\\s*[—–:-]\\s*", ""));
            }
            if (!name.isEmpty()) {
                projects.add(new Project(name, String.join(" ", description).strip()));
            }
        }
        return projects;
    }

    private static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            String content = BULLET.matcher(line).replaceFirst("").strip();
            if (!content.isEmpty()) {
                items.add(content);
            }
        }
        return items;
    }

    private static List<String> languages(List<String> lines) {
        List<String> languages = new ArrayList<>();
        for (String line : items(lines)) {
            languages.addAll(list(line));
        }
        return languages;
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("\\s*[,;|•·]\\s*")).map(String::strip).map(item -> item.replaceAll("\\.$", ""))
                .filter(item -> !item.isEmpty()).toList();
    }

    private static String join(List<String> lines) {
        return lines == null ? "" : String.join(" ", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
