package org.introcoach.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.analysis.Lexicon;

/**
 * The key requirements of a posting, from its text: the title, company and team, the seniority
 * asked for, the skills (technologies, professional skills, certificates and the posting tools of
 * {@code job-skills.txt}), and the domain words, each marked required or nice-to-have when the
 * posting says so (by the heading it stands under, or by words in its line such as "a plus").
 * Pure: text in, a {@link JobPosting} out; every word list is a lexicon file.
 *
 * <p>The text is read as lines: Markdown headings ({@code #}), bullets ({@code -}, {@code *},
 * {@code •}) and bold are understood; a short line that is a known heading opens a part.
 */
public final class PostingExtractor {
    private static final Map<String, List<String>> HEADINGS = Lexicon.mapping("job-section-headings");
    private static final Map<String, List<String>> LABELS = Lexicon.mapping("job-field-labels");
    private static final Map<String, List<String>> VARIANTS = Lexicon.mapping("skill-variants");
    private static final Map<String, List<String>> SENIORITY = Lexicon.mapping("seniority");
    private static final Set<String> TECHNOLOGIES = Lexicon.words("technologies");
    private static final Set<String> DISTINCTIVE = Lexicon.words("technologies-distinctive");
    private static final Set<String> PROFESSIONAL = Lexicon.words("professional-skills");
    private static final Set<String> CERTIFICATES = Lexicon.words("certificates");
    private static final Set<String> POSTING_SKILLS = Lexicon.words("job-skills");
    private static final Set<String> EVERYDAY = Lexicon.words("everyday-words");
    private static final Set<String> FUNCTION = Lexicon.words("function-words");
    private static final Set<String> NOT_A_TEAM = Lexicon.words("job-not-a-team");
    private static final Set<String> NOT_A_SKILL = Lexicon.words("job-not-a-skill");
    private static final Set<String> TEAM_WORDS = Set.of("team", "group", "squad", "department", "unit", "tribe");
    private static final List<String> PREFERRED_CUES = Lexicon.entries("job-preferred-cues");
    private static final List<String> REQUIRED_CUES = Lexicon.entries("job-required-cues");
    private static final Map<List<String>, String> DOMAIN = domainWords();
    /** The longest skill or domain phrase looked for, in words ("site reliability engineering practices" is cut at four). */
    private static final int LONGEST_PHRASE = 4;
    /** A heading is a short line: the longest in the samples and the boards they follow is seven words. */
    private static final int LONGEST_HEADING = 7;
    /** The domain words kept, most frequent first: more than eight is a word cloud, not a summary. */
    static final int DOMAIN_WORDS_KEPT = 8;
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:or more\\s+)?years?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_LINE = Pattern.compile("^([\\p{L} ]{2,25}):\\s*(.+)$");
    private static final Pattern TEAM_NAME = Pattern.compile(
            "\\b(?:[Tt]he|[Oo]ur|[Jj]oin)\\s+((?:[\\p{Lu}][\\p{L}&-]*\\s+){1,3})(team|group|squad|department|unit|tribe)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#./'’-]*");

    /** The parts of a posting a heading opens. */
    enum Part {
        HEADER, REQUIRED, PREFERRED, DUTIES, COMPANY, TEAM, BENEFITS, OTHER
    }

    record Line(String text, Part part, boolean heading) {
    }

    public JobPosting extract(String source, String text) {
        List<Line> lines = lines(text);
        String title = title(lines);
        String company = label(lines, "company").orElseGet(() -> company(lines));
        String team = label(lines, "team").map(PostingExtractor::withTeamWord).orElseGet(() -> team(lines));
        List<Requirement> requirements = new ArrayList<>();
        String seniority = seniority(title);
        if (seniority != null) {
            requirements.add(new Requirement(Requirement.Kind.SENIORITY, seniority, Requirement.Necessity.REQUIRED, List.of(seniority)));
        }
        Integer years = years(lines);
        if (years != null) {
            requirements.add(new Requirement(Requirement.Kind.SENIORITY, years + "+ years", Requirement.Necessity.REQUIRED,
                    List.of(String.valueOf(years))));
        }
        List<Requirement> skills = skills(lines);
        requirements.addAll(skills);
        List<String> teamTerms = team == null ? List.of() : Terms.of(team).stream().filter(w -> !TEAM_WORDS.contains(w)).toList();
        List<String> nameTerms = new ArrayList<>(teamTerms);
        if (company != null) {
            nameTerms.addAll(Terms.of(company));
        }
        requirements.addAll(domain(lines, skills, nameTerms));
        if (team != null) {
            requirements.add(new Requirement(Requirement.Kind.TEAM, team, Requirement.Necessity.UNSTATED, teamTerms));
        }
        return new JobPosting(source, text, title, company, team, seniority, years, requirements);
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        Part part = Part.HEADER;
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = raw.strip().replace("**", "").replace("__", "");
            boolean marked = line.startsWith("#");
            line = line.replaceFirst("^#+\\s*", "").replaceFirst("^(?:[-*•·]|\\d+[.)])\\s+", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<Part> opened = heading(line, marked);
            if (opened.isPresent()) {
                part = opened.get();
                lines.add(new Line(line, part, true));
            } else {
                lines.add(new Line(line, part, marked));
            }
        }
        return lines;
    }

    /** The part a heading line opens, if it is one. */
    private static Optional<Part> heading(String line, boolean marked) {
        String bare = normalHeading(line);
        if (bare.isEmpty() || bare.split(" ").length > LONGEST_HEADING || (!marked && line.endsWith("."))) {
            return Optional.empty();
        }
        // an unmarked line opens a part only as the heading itself ("Essential") or a heading and a colon:
        // "Experience in payments or billing" is a bullet, not the "Experience" heading
        boolean prefixAllowed = marked || line.endsWith(":");
        for (boolean exact : prefixAllowed ? new boolean[] {true, false} : new boolean[] {true}) {
            for (Map.Entry<String, List<String>> entry : HEADINGS.entrySet()) {
                for (String heading : entry.getValue()) {
                    if (exact ? bare.equals(heading) : bare.startsWith(heading + " ")) {
                        return Optional.of(Part.valueOf(entry.getKey().toUpperCase(Locale.ROOT)));
                    }
                }
            }
        }
        if (bare.startsWith("about ") && (prefixAllowed || bare.split(" ").length <= 3)) {
            return Optional.of(Part.COMPANY);
        }
        return marked ? Optional.of(Part.OTHER) : Optional.empty();
    }

    private static String normalHeading(String line) {
        return line.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("[^\\p{L}\\p{N}' -]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String title(List<Line> lines) {
        for (Line line : lines) {
            if (LABEL_LINE.matcher(line.text()).matches() && labelOf(line.text()).isPresent()) {
                if ("title".equals(labelOf(line.text()).get())) {
                    return valueOf(line.text());
                }
                continue;
            }
            return line.part() == Part.HEADER || line.part() == Part.OTHER ? line.text() : null;
        }
        return null;
    }

    private static Optional<String> label(List<Line> lines, String fact) {
        return lines.stream().filter(line -> line.part() == Part.HEADER || line.part() == Part.OTHER)
                .filter(line -> labelOf(line.text()).filter(fact::equals).isPresent())
                .map(line -> valueOf(line.text())).filter(value -> !value.isBlank()).findFirst();
    }

    private static Optional<String> labelOf(String line) {
        Matcher matcher = LABEL_LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String label = matcher.group(1).strip().toLowerCase(Locale.ROOT);
        return LABELS.entrySet().stream().filter(entry -> entry.getValue().contains(label)).map(Map.Entry::getKey).findFirst();
    }

    private static String valueOf(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    /**
     * The company: the capitalised words that open the "About ..." part ("Harbourline Commerce
     * gives ..."), else the name in its heading ("About Harbourline").
     */
    private static String company(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.heading() || line.part() != Part.COMPANY) {
                continue;
            }
            String fromHeading = normalHeading(line.text()).startsWith("about ") ? line.text().substring(6).strip() : null;
            if (i + 1 < lines.size() && !lines.get(i + 1).heading()) {
                String subject = leadingName(lines.get(i + 1).text());
                if (subject != null && (fromHeading == null || subject.toLowerCase(Locale.ROOT)
                        .startsWith(fromHeading.toLowerCase(Locale.ROOT)) || isPronoun(fromHeading))) {
                    return subject;
                }
            }
            if (fromHeading != null && !isPronoun(fromHeading) && Character.isUpperCase(fromHeading.charAt(0))) {
                return fromHeading;
            }
        }
        return null;
    }

    private static boolean isPronoun(String words) {
        String first = words.toLowerCase(Locale.ROOT).split(" ")[0];
        return FUNCTION.contains(first) || first.equals("us") || first.equals("you");
    }

    /** "Westbridge Learning Trust runs ..." → "Westbridge Learning Trust"; "At Ledgerline, we ..." → "Ledgerline". */
    private static String leadingName(String sentence) {
        String[] words = sentence.replaceFirst("^[Aa]t\\s+", "").split("\\s+");
        List<String> name = new ArrayList<>();
        for (String word : words) {
            String bare = word.replaceAll("[,.;:]+$", "");
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || (name.isEmpty() && FUNCTION.contains(bare.toLowerCase(Locale.ROOT)))) {
                break;
            }
            name.add(bare);
            if (!bare.equals(word)) {
                break;
            }
        }
        return name.isEmpty() ? null : String.join(" ", name);
    }

    /** "the Platform Reliability team", "join our Education Insights team": a named team, first where the posting speaks of the team. */
    private static String team(List<Line> lines) {
        String found = null;
        for (Line line : lines) {
            if (line.part() == Part.BENEFITS) {
                continue;
            }
            Matcher matcher = TEAM_NAME.matcher(line.text());
            while (matcher.find()) {
                List<String> words = List.of(matcher.group(1).strip().split("\\s+"));
                if (words.stream().anyMatch(w -> NOT_A_TEAM.contains(w.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                String name = String.join(" ", words) + " " + matcher.group(2);
                if (line.part() == Part.TEAM) {
                    return name;
                }
                if (found == null) {
                    found = name;
                }
            }
        }
        return found;
    }

    private static String withTeamWord(String team) {
        String last = Terms.of(team).isEmpty() ? "" : Terms.of(team).get(Terms.of(team).size() - 1);
        return TEAM_WORDS.contains(last) ? team : team + " team";
    }

    /** The highest rung of the seniority ladder the title names ("Senior", "Manager"), lowercase. */
    static String seniority(String title) {
        if (title == null) {
            return null;
        }
        String best = null;
        int rank = -1;
        for (String word : Terms.of(title)) {
            List<String> value = SENIORITY.get(word);
            if (value != null && !value.isEmpty() && Integer.parseInt(value.get(0)) > rank) {
                best = word;
                rank = Integer.parseInt(value.get(0));
            }
        }
        return best;
    }

    /** Rank of a seniority word on the ladder, or -1. */
    static int rank(String word) {
        List<String> value = SENIORITY.get(word);
        return value == null || value.isEmpty() ? -1 : Integer.parseInt(value.get(0));
    }

    /** The years of experience asked for: the first "N+ years" under the requirements (or anywhere but the perks). */
    private static Integer years(List<Line> lines) {
        for (Part wanted : new Part[] {Part.REQUIRED, Part.HEADER, Part.DUTIES, Part.OTHER}) {
            for (Line line : lines) {
                if (line.part() != wanted || line.heading()) {
                    continue;
                }
                Matcher matcher = YEARS.matcher(line.text());
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        }
        return null;
    }

    private static List<Requirement> skills(List<Line> lines) {
        Map<String, Requirement> found = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.heading() || line.part() == Part.BENEFITS || line.part() == Part.COMPANY) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            Set<Integer> sentenceStarts = new java.util.HashSet<>();
            tokens(line.text(), tokens, sentenceStarts);
            List<int[]> spans = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                for (int width = Math.min(LONGEST_PHRASE, tokens.size() - i); width >= 1; width--) {
                    Optional<String> key = skillKey(tokens, i, width);
                    if (key.isPresent()) {
                        spans.add(new int[] {i, i + width});
                        keys.add(key.get());
                        i += width - 1;
                        break;
                    }
                }
            }
            for (int s = 0; s < spans.size(); s++) {
                int[] span = spans.get(s);
                List<String> words = tokens.subList(span[0], span[1]);
                String lower = String.join(" ", words).toLowerCase(Locale.ROOT);
                boolean everyday = words.size() == 1 && (EVERYDAY.contains(lower) || FUNCTION.contains(lower) || lower.length() == 1);
                if (everyday && !(Character.isUpperCase(words.get(0).charAt(0)) && (spans.size() > 1 || tokens.size() <= 3))) {
                    continue;
                }
                if (words.size() == 1 && NOT_A_SKILL.contains(lower) && sentenceStarts.contains(span[0])) {
                    continue;
                }
                Requirement.Necessity necessity = necessity(line);
                String key = keys.get(s);
                Requirement before = found.get(key);
                if (before == null) {
                    found.put(key, new Requirement(Requirement.Kind.SKILL, String.join(" ", words), necessity, Terms.of(String.join(" ", words))));
                } else if (necessity.ordinal() < before.necessity().ordinal()) {
                    found.put(key, before.withNecessity(necessity));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The canonical key of the skill the posting's words {@code [i, i + width)} name, if they name
     * one. A technology that is also an English word ("Java", "Swift") counts only written with a
     * capital, as postings write product names; a short form ("AWS", "K8s") only as written so.
     */
    private static Optional<String> skillKey(List<String> tokens, int i, int width) {
        List<String> words = tokens.subList(i, i + width);
        String lower = String.join(" ", words).toLowerCase(Locale.ROOT);
        boolean capital = words.stream().anyMatch(w -> !w.equals(w.toLowerCase(Locale.ROOT)));
        boolean shaped = words.stream().anyMatch(w -> w.matches(".*[\\p{N}+#.].*") || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
        for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
            if (variant.getKey().equals(lower)) {
                return Optional.of(variant.getKey());
            }
            if (variant.getValue().contains(lower) && (width > 1 || shaped)) {
                return Optional.of(variant.getKey());
            }
        }
        if (PROFESSIONAL.contains(lower) || POSTING_SKILLS.contains(lower) || CERTIFICATES.contains(lower) && width > 1) {
            return Optional.of(lower);
        }
        if (DISTINCTIVE.contains(lower) && (width > 1 || lower.length() > 3 || shaped)) {
            return Optional.of(lower);
        }
        if (TECHNOLOGIES.contains(lower) && (capital || shaped) && !(width == 1 && FUNCTION.contains(lower))) {
            return Optional.of(lower);
        }
        return Optional.empty();
    }

    /** The line's words, and which of them start a sentence (the first, and any after a full stop, colon or semicolon). */
    private static void tokens(String line, List<String> tokens, Set<Integer> sentenceStarts) {
        Matcher matcher = TOKEN.matcher(line);
        int end = 0;
        while (matcher.find()) {
            String between = line.substring(end, matcher.start());
            if (tokens.isEmpty() || between.matches(".*[.:;!?].*") || tokens.get(tokens.size() - 1).isEmpty()) {
                sentenceStarts.add(tokens.size());
            }
            String word = matcher.group();
            String bare = word.replaceAll("[./'’-]+$", "");
            if (!bare.equals(word) && word.substring(bare.length()).contains(".")) {
                sentenceStarts.add(tokens.size() + 1);
            }
            tokens.add(bare);
            end = matcher.end();
        }
    }

    /** Required under a must-have heading, nice-to-have under a nice-to-have one, else as the line's own words say. */
    static Requirement.Necessity necessity(Line line) {
        String lower = " " + line.text().toLowerCase(Locale.ROOT).replace("’", "'") + " ";
        boolean preferredCue = PREFERRED_CUES.stream().anyMatch(cue -> lower.matches("(?s).*\\b" + Pattern.quote(cue) + "\\b.*"));
        if (line.part() == Part.PREFERRED || preferredCue) {
            return Requirement.Necessity.NICE_TO_HAVE;
        }
        if (line.part() == Part.REQUIRED || REQUIRED_CUES.stream().anyMatch(cue -> lower.matches("(?s).*\\b" + Pattern.quote(cue) + "\\b.*"))) {
            return Requirement.Necessity.REQUIRED;
        }
        return Requirement.Necessity.UNSTATED;
    }

    private static Map<List<String>, String> domainWords() {
        Map<List<String>, String> words = new LinkedHashMap<>();
        for (String entry : Lexicon.entries("job-domain-words")) {
            words.put(Terms.of(entry), entry);
        }
        return words;
    }

    /**
     * The domain words the posting uses, most used first (ties in the posting's order), at most
     * {@link #DOMAIN_WORDS_KEPT}; not the perks, not words of a skill or of the team's name.
     */
    private static List<Requirement> domain(List<Line> lines, List<Requirement> skills, List<String> teamTerms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Requirement.Necessity> necessities = new LinkedHashMap<>();
        Set<String> skillWords = new java.util.HashSet<>();
        skills.forEach(skill -> skillWords.addAll(skill.terms()));
        for (Line line : lines) {
            if (line.part() == Part.BENEFITS) {
                continue;
            }
            List<String> words = Terms.of(line.text());
            for (int i = 0; i < words.size(); i++) {
                for (int width = Math.min(3, words.size() - i); width >= 1; width--) {
                    String entry = DOMAIN.get(words.subList(i, i + width));
                    if (entry == null) {
                        continue;
                    }
                    List<String> entryWords = words.subList(i, i + width);
                    if (!skillWords.containsAll(entryWords) && !teamTerms.containsAll(entryWords)) {
                        counts.merge(entry, 1, Integer::sum);
                        Requirement.Necessity necessity = line.heading() ? Requirement.Necessity.UNSTATED : necessity(line);
                        necessities.merge(entry, necessity, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                    }
                    i += width - 1;
                    break;
                }
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort((a, b) -> counts.get(b) - counts.get(a));
        return order.stream().limit(DOMAIN_WORDS_KEPT)
                .map(word -> new Requirement(Requirement.Kind.DOMAIN, word, necessities.get(word), Terms.of(word))).toList();
    }
}
