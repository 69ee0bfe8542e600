package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Education;
import org.introcoach.resume.Job;
import org.introcoach.resume.Matching;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.resume.Skill;

/**
 * Consistency: does what was said agree with the resume? Each resume fact is looked for with
 * phonetic and fuzzy matching ({@link SoundsAlike}), and a claim that contradicts the resume only
 * counts as a mismatch when the recogniser was confident of the words; otherwise it is "unsure".
 */
final class ConsistencyRules {
    /**
     * Words heard with mean confidence below 0.7 cannot support an accusation: on the Vosk small
     * model, misrecognised names in the project's samples averaged 0.4-0.6, clear words 0.9-1.0.
     */
    static final double CONFIDENT = 0.7;
    /** A stated number of years may differ from the resume by a year, or 15% of a long career. */
    static final double YEARS_TOLERANCE_FRACTION = 0.15;

    private static final Set<String> GENERIC_NAME_WORDS = Set.of("university", "college", "institute", "school", "academy",
            "of", "the", "state", "and", "at", "inc", "ltd", "llc", "limited", "company", "corp", "corporation", "group", "technologies",
            "hospital", "clinic", "bank", "labs", "health", "services", "solutions", "systems", "partners", "foundation", "trust");
    private static final Set<String> NOT_A_NAME = Set.of("a", "an", "the", "currently", "really", "very", "so", "here", "eager",
            "excited", "passionate", "happy", "glad", "based", "from", "working", "looking", "going", "interested", "also", "now",
            "not", "sure", "just", "still", "moving", "applying", "thrilled", "delighted", "originally", "in", "at", "on");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "for", "to", "with",
            "as", "where", "when", "which", "who", "i", "my", "we", "our", "since", "from", "that", "is", "was", "then", "but", "so");
    private static final Set<String> NOT_AN_EMPLOYER = Set.of("my", "your", "our", "their", "his", "her", "this", "that", "these",
            "everyone", "everybody", "anyone", "people", "someone", "them", "us", "me", "you", "it", "free", "myself", "yourself",
            "clients", "customers", "users", "patients", "students", "teams", "years", "months", "weeks", "over", "about", "several", "many");
    private static final Set<String> SENIORITY = Set.of("senior", "lead", "principal", "staff", "head", "director", "chief",
            "vp", "vice", "manager", "architect");
    /** Words after a heard name that may still be its pieces: a two-part name split three ways is "pretty or ram". */
    private static final int NAME_FOLLOWING_WORDS = 3;
    private static final Pattern NAME_CUE = Pattern.compile("\\b(my name is|my name's|i'm|i am|this is)\\s+");
    private static final Pattern SCHOOL_CLAIM = Pattern.compile("\\b(graduated from|studied at|degree from|graduate of|went to"
            + "|(bachelor'?s|master'?s|degree|phd|mba|studies)( in (\\w+ ){0,2}\\w+)? at)\\s+");
    private static final Pattern EMPLOYER_CLAIM = Pattern.compile("\\b(work(ed|ing)? at|work(ed|ing)? for|joined|job at|employed by"
            + "|i've been at|i have been at|i was at"
            + "|currently at|i'm at|i am at|spent \\w+ years at|as an? (?:\\w+ ){1,3}at)\\s+");
    private static final Pattern ROLE_CLAIM = Pattern.compile("\\b(work(ed|ing)? as|served as|i'm a|i am a|i'm an|i am an|role as|position as|job as"
            + "|i've been an?|i have been an?)\\s+");
    private static final Pattern SKILL_CLAIM = Pattern.compile("\\b(experience (in|with)|skilled in|proficient in|expertise in|expert in"
            + "|speciali[sz]e in|fluent in|strengths are|comfortable (with|across|in)|background in|strong in)\\s+");

    List<ResumeMatch> matches = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();

    void check(Intro intro) {
        checkName(intro);
        checkSchool(intro);
        checkEmployer(intro);
        checkRole(intro);
        checkYears(intro);
        checkSkills(intro);
    }

    /**
     * Everyday words the recogniser puts in place of a name it does not know ("li wei" heard as
     * "like why"): the most frequent English words in the COCA and Google Web frequency lists,
     * without the ones that are also common first names (will, may, bill, mark, grace).
     */
    private static final Set<String> EVERYDAY = Set.of("the", "be", "to", "of", "and", "a", "in", "that", "have", "it", "for", "not", "on", "with", "he", "as", "you",
            "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her", "she", "or", "an", "my", "one",
            "all", "would", "there", "their", "what", "so", "up", "out", "if", "about", "who", "get", "which", "go", "me",
            "when", "make", "can", "like", "time", "no", "just", "him", "know", "take", "people", "into", "year", "your",
            "good", "some", "could", "them", "see", "other", "than", "then", "now", "look", "only", "come", "its", "over",
            "think", "also", "back", "after", "use", "two", "how", "our", "work", "first", "well", "way", "even", "new",
            "want", "because", "any", "these", "give", "day", "most", "us", "why", "where", "law", "right", "feel", "here",
            "there's", "where's", "what's", "can't", "don't", "yeah", "oh", "hi", "hey", "low", "lee", "wait", "while",
            "win", "won", "too", "knew", "sea", "bee");

    /**
     * True when what was heard as a name is more likely the resume's name misrecognised than
     * another name: nothing but everyday words, the same sounds once the word breaks are ignored
     * ("like why" for "li wei"), or one of the words that follow sounding like a part of the name
     * ("pretty or ram" for "priya raman", "lead way" for "li wei"). The recogniser spells only
     * words it knows, so an unusual name always comes out as other words.
     */
    static boolean looksLikeMisheardName(List<String> heard, List<String> following, List<String> name) {
        if (heard.stream().allMatch(EVERYDAY::contains)) {
            return true;
        }
        if (SoundsAlike.resembles(String.join("", heard), String.join("", name))) {
            return true;
        }
        List<String> window = new ArrayList<>(heard);
        following.stream().filter(word -> !EVERYDAY.contains(word)).forEach(window::add);
        return window.stream().anyMatch(word -> name.stream().anyMatch(part -> SoundsAlike.nameParts(word, part)));
    }

    /**
     * An unusual name comes out as several words, the later ones heard poorly ("ben your cow keep"
     * for "daniel kowalski", with "cow" at 0.63 and "keep" at 0.48): a clear first word is then
     * no proof that another name was said.
     */
    private static boolean followedByDoubtfulWords(Intro intro, int from, int count) {
        int to = Math.min(intro.tokens().size(), from + count);
        for (int i = from; i < to; i++) {
            if (!EVERYDAY.contains(intro.tokens().get(i)) && intro.words().get(i).confidence() < CONFIDENT) {
                return true;
            }
        }
        return false;
    }

    private void checkName(Intro intro) {
        List<String> name = tokens(intro.resume().name());
        if (name.isEmpty()) {
            return;
        }
        int window = Math.min(intro.tokens().size(), 25);
        if (otherFirstName(intro, window, name)) {
            return;
        }
        List<String> opening = intro.tokens().subList(0, window);
        for (int i = 0; i < opening.size(); i++) {
            for (String part : name) {
                if (SoundsAlike.words(opening.get(i), part)) {
                    String next = i + 1 < opening.size() ? opening.get(i + 1) : "";
                    int end = name.stream().anyMatch(p -> SoundsAlike.words(next, p)) ? i + 2 : i + 1;
                    matches.add(new ResumeMatch("name", intro.resume().name(), intro.quote(i, end),
                            ResumeMatch.Status.MATCHED, intro.start(i)));
                    return;
                }
            }
        }
        Optional<int[]> claim = claimAfter(NAME_CUE, intro, 0, window, 2).filter(span -> !NOT_A_NAME.contains(intro.tokens().get(span[0])));
        if (claim.isEmpty()) {
            matches.add(new ResumeMatch("name", intro.resume().name(), null, ResumeMatch.Status.MISSING, null));
            return;
        }
        int[] span = claim.get();
        List<String> heard = intro.tokens().subList(span[0], span[1]);
        List<String> following = intro.tokens().subList(span[1], Math.min(span[1] + NAME_FOLLOWING_WORDS, intro.tokens().size()));
        if (intro.confidence(span[0], span[1]) < CONFIDENT || looksLikeMisheardName(heard, following, name)
                || followedByDoubtfulWords(intro, span[1], NAME_FOLLOWING_WORDS)) {
            matches.add(new ResumeMatch("name", intro.resume().name(), intro.quote(span[0], span[1]), ResumeMatch.Status.UNSURE, intro.start(span[0])));
            return;
        }
        nameMismatch(intro, span[0], span[1]);
    }

    private void nameMismatch(Intro intro, int from, int to) {
        String heard = intro.quote(from, to);
        matches.add(new ResumeMatch("name", intro.resume().name(), heard, ResumeMatch.Status.CONTRADICTED, intro.start(from)));
        findings.add(Finding.of(FindingCode.NAME_MISMATCH, Severity.PROBLEM, "You introduced yourself as \"%s\" but your resume says %s. Use the name the interviewer has in front of them."
                .formatted(heard, intro.resume().name()))
                .quoting(heard, intro.start(from), intro.end(to - 1)).about("name"));
    }

    /**
     * "i'm david nguyen" for Sam Nguyen: the surname is right, so the opening would pass as the
     * name, but the first name heard, clearly and not sounding like any part of the resume name,
     * is someone else's. A first name cut short ("sam" for Samuel) is the same name.
     */
    private boolean otherFirstName(Intro intro, int window, List<String> name) {
        Optional<int[]> claim = claimAfter(NAME_CUE, intro, 0, window, 2).filter(span -> span[1] - span[0] == 2);
        if (name.size() < 2 || claim.isEmpty()) {
            return false;
        }
        int first = claim.get()[0];
        String said = intro.tokens().get(first);
        String surname = intro.tokens().get(first + 1);
        boolean surnameRight = name.subList(1, name.size()).stream().anyMatch(part -> SoundsAlike.words(surname, part));
        boolean firstNameRight = name.stream().anyMatch(part -> SoundsAlike.words(said, part)
                || said.length() >= 3 && (part.startsWith(said) || said.startsWith(part)));
        if (!surnameRight || firstNameRight || NOT_A_NAME.contains(said) || intro.confidence(first, first + 1) < CONFIDENT
                || looksLikeMisheardName(List.of(said), List.of(), name) || followedByDoubtfulWords(intro, first + 2, NAME_FOLLOWING_WORDS)) {
            return false;
        }
        nameMismatch(intro, first, first + 2);
        return true;
    }

    private void checkSchool(Intro intro) {
        List<Education> schools = intro.resume().education();
        if (schools.isEmpty()) {
            return;
        }
        boolean matched = false;
        int[] matchedSpan = {0, 0};
        for (Education school : schools) {
            Optional<int[]> found = find(intro, school.institution())
                    .filter(span -> intro.phraseAt(span[0]).section() == IntroSection.EDUCATION
                            || SoundsAlike.coverage(intro.tokens().subList(span[0], Math.min(intro.tokens().size(), span[1] + 2)),
                                    tokens(school.institution())) >= 0.66);
            if (found.isPresent()) {
                int[] span = found.get();
                matches.add(new ResumeMatch("school", school.institution(), intro.quote(span[0], span[1]), ResumeMatch.Status.MATCHED, intro.start(span[0])));
                checkGraduationYear(intro, school, span);
                matched = true;
                matchedSpan = span;
                break;
            }
        }
        String resumeSchool = intro.facts().mostRelevantEducation().map(Education::institution).orElse(schools.get(0).institution());
        boolean claimed = false;
        for (int[] claim : schoolClaims(intro)) {
            List<String> heard = intro.tokens().subList(claim[0], claim[1]);
            if (GENERIC_NAME_WORDS.containsAll(heard) || isKnownName(intro, claim) || claim[0] < matchedSpan[1] && matchedSpan[0] < claim[1]
                    || intro.phraseAt(claim[0]).section() == IntroSection.MOTIVATION) {
                continue;
            }
            Optional<Education> shortened = schools.stream().filter(school -> isShortFormOf(heard, school.institution())).findFirst();
            if (shortened.isPresent()) {
                if (!matched) {
                    matches.add(new ResumeMatch("school", shortened.get().institution(), intro.quote(claim[0], claim[1]),
                            ResumeMatch.Status.MATCHED, intro.start(claim[0])));
                    matched = true;
                }
                continue;
            }
            claimed = true;
            contradiction(intro, claim, "school", resumeSchool, FindingCode.SCHOOL_MISMATCH,
                    "You said you studied at \"%s\", but your resume lists %s. Name the school on your resume, or add this one to it.");
        }
        if (!matched && !claimed) {
            matches.add(new ResumeMatch("school", resumeSchool, null, ResumeMatch.Status.MISSING, null));
        }
    }

    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:the )?((?:university|college|institute|polytechnic) of \\w+(?: \\w+)?"
            + "|\\w+ (?:university|college|polytechnic))\\b");
    private static final Set<String> NOT_AN_INSTITUTION_NAME = Set.of("community", "local", "state", "same", "top", "good", "great", "public",
            "private", "technical", "junior", "any", "every", "one", "whose", "what", "which", "this", "that", "my", "our", "your", "their",
            "a", "the", "of", "at", "from", "to", "in", "and", "or", "open", "online", "night", "business", "medical", "art", "law", "finishing",
            "after", "before", "during", "since", "left", "finished", "started", "through", "for", "with", "graduating", "leaving");

    /**
     * Where the speaker named a place of study: after a cue ("graduated from", "degree at") or by
     * its form ("university of lagos", "boston college"), spoken names being lowercase.
     */
    private static List<int[]> schoolClaims(Intro intro) {
        List<int[]> claims = new ArrayList<>();
        claimAfter(SCHOOL_CLAIM, intro, 0, intro.tokens().size(), 5)
                .filter(span -> !Set.of("high", "school", "a", "an", "my", "our").contains(intro.tokens().get(span[0])))
                .ifPresent(claims::add);
        String text = String.join(" ", intro.tokens());
        Matcher mention = INSTITUTION.matcher(text);
        while (mention.find()) {
            int from = wordIndexIn(text, mention.start(1));
            List<String> words = new ArrayList<>(Arrays.asList(mention.group(1).split(" ")));
            if (words.get(0).matches("university|college|institute|polytechnic")) {
                while (words.size() > 3 && (STOP.contains(words.get(words.size() - 1)) || CLAUSE_START.contains(words.get(words.size() - 1))
                        || SpokenNumbers.parse(words.get(words.size() - 1)).isPresent())) {
                    words.remove(words.size() - 1);
                }
                if (STOP.contains(words.get(2)) || SpokenNumbers.parse(words.get(2)).isPresent()) {
                    continue;
                }
            } else if (NOT_AN_INSTITUTION_NAME.contains(words.get(0)) || CLAUSE_START.contains(words.get(0))
                    || SpokenNumbers.parse(words.get(0)).isPresent()) {
                continue;
            }
            int[] span = {from, from + words.size()};
            if (claims.stream().noneMatch(c -> c[0] < span[1] && span[0] < c[1])) {
                claims.add(span);
            }
        }
        return claims;
    }

    /**
     * How people shorten an institution's name: its words cut short ("georgia tech" for Georgia
     * Institute of Technology) or its initials, spelt out ("u c l a", "m i t").
     */
    static boolean isShortFormOf(List<String> heard, String name) {
        List<String> words = tokens(name);
        String initials = words.stream().filter(w -> !STOP.contains(w)).map(w -> w.substring(0, 1)).collect(Collectors.joining());
        if (heard.size() > 1 && heard.stream().allMatch(w -> w.length() == 1) && initials.startsWith(String.join("", heard))
                && heard.size() >= Math.min(3, initials.length())) {
            return true;
        }
        return !GENERIC_NAME_WORDS.containsAll(heard) && heard.stream().allMatch(w -> words.stream()
                .anyMatch(part -> SoundsAlike.words(w, part) || w.length() >= 3 && part.startsWith(w)));
    }

    private void checkGraduationYear(Intro intro, Education school, int[] schoolSpan) {
        if (school.dates().end() == null) {
            return;
        }
        Phrase phrase = intro.phraseAt(schoolSpan[0]);
        if (!phrase.text().contains("graduat")) {
            return;
        }
        for (SpokenNumbers.Spoken number : SpokenNumbers.find(phrase.tokens())) {
            if (!number.year()) {
                continue;
            }
            int said = number.value();
            int from = phrase.from() + number.from();
            int to = phrase.from() + number.to();
            if (Math.abs(said - school.dates().end().getYear()) > 1 && intro.confidence(from, to) >= CONFIDENT) {
                findings.add(Finding.of(FindingCode.SCHOOL_MISMATCH, Severity.WARNING, "You said %d, but your resume has %s ending in %d. Check which is right."
                        .formatted(said, school.institution(), school.dates().end().getYear()))
                        .quoting(intro.quote(from, to), intro.start(from), intro.end(to - 1)).about("school"));
            }
        }
    }

    private void checkEmployer(Intro intro) {
        List<Job> jobs = intro.resume().work();
        if (jobs.isEmpty()) {
            return;
        }
        Job recent = intro.facts().mostRecentJob().orElse(jobs.get(0));
        boolean anyMatched = false;
        for (Job job : jobs) {
            Optional<int[]> found = find(intro, job.employer());
            if (found.isPresent()) {
                int[] span = found.get();
                matches.add(new ResumeMatch("employer", job.employer(), intro.quote(span[0], span[1]), ResumeMatch.Status.MATCHED, intro.start(span[0])));
                anyMatched = true;
            } else {
                Optional<int[]> doubtful = findDoubtful(intro, job.employer());
                if (doubtful.isPresent()) {
                    int[] span = doubtful.get();
                    matches.add(new ResumeMatch("employer", job.employer(), intro.quote(span[0], span[1]), ResumeMatch.Status.UNSURE, intro.start(span[0])));
                    anyMatched = true;
                } else if (job == recent) {
                    matches.add(new ResumeMatch("employer", job.employer(), null, ResumeMatch.Status.MISSING, null));
                }
            }
        }
        List<Integer> claimStarts = new ArrayList<>();
        Matcher claims = EMPLOYER_CLAIM.matcher(String.join(" ", intro.tokens()));
        while (claims.find()) {
            claimStarts.add(wordIndexAt(intro, claims.end()));
        }
        claimStarts.addAll(employersBeforeAClause(intro));
        for (int start : claimStarts.stream().distinct().sorted().toList()) {
            int[] span = nameSpan(intro, start, 3);
            if (span == null || isKnownName(intro, span) || alreadyMatched("employer", intro.start(span[0]), span[0], intro)
                    || Set.of("home", "school", "work", "least", "first", "university", "college").contains(intro.tokens().get(span[0]))) {
                continue;
            }
            contradiction(intro, span, "employer", recent.employer(), FindingCode.EMPLOYER_MISMATCH,
                    "You named \"%s\" as an employer, but your resume lists %s. Say the employers your resume shows, or add this one.");
        }
        anyMatched |= matches.stream().anyMatch(m -> m.field().equals("employer") && m.status() == ResumeMatch.Status.UNSURE);
        boolean recentSaid = matches.stream().anyMatch(m -> m.field().equals("employer") && m.resume().equals(recent.employer())
                && m.status() != ResumeMatch.Status.MISSING) || !recent.title().isBlank() && find(intro, recent.title()).isPresent();
        if (!anyMatched && intro.facts().totalYears() >= 1 && employerSlotHeardPoorly(intro)) {
            findings.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.INFO,
                    "Could not confirm that you named %s: the words where an employer would be were hard to recognise.".formatted(recent.employer()))
                    .about("employer"));
        } else if (!anyMatched && intro.facts().totalYears() >= 1) {
            findings.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You did not name %s, where you work%s as %s. Your employer is the first thing an interviewer checks: say it."
                            .formatted(recent.employer(), recent.dates().ongoing() ? "" : "ed", recent.title()))
                    .about("employer"));
        } else if (!recentSaid && recent.dates().ongoing() && jobs.size() > 1) {
            findings.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You spoke of earlier work but not of your current job, %s at %s. What you do now is what an interviewer asks about first: say it."
                            .formatted(recent.title(), recent.employer()))
                    .about("employer"));
        }
    }

    /**
     * "here at at last the and on the gear on voting team": "at" followed by words heard with low
     * confidence is where a name the recogniser does not know (Atlassian) was probably said.
     */
    private static boolean employerSlotHeardPoorly(Intro intro) {
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!EMPLOYER_SLOT.contains(tokens.get(i))) {
                continue;
            }
            IntroSection section = intro.phraseAt(i).section();
            if (section != IntroSection.MOTIVATION && section != IntroSection.EDUCATION && followedByDoubtfulWords(intro, i + 1, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EMPLOYER_SLOT = Set.of("at", "for", "with", "joined");
    private static final Set<String> PLACE_OF_WORK_CUE = Set.of("at", "before", "after");
    private static final Set<String> SUBJECT = Set.of("i", "we", "i've", "i'd", "i'm", "i'll");
    private static final Set<String> NOT_A_PLACE_OF_WORK = Set.of("that", "this", "then", "now", "first", "last", "least", "once", "home",
            "school", "college", "university", "graduation", "work", "night", "times", "all", "it", "them", "which", "what", "heart", "scale",
            "launch", "midnight", "lunch", "uni", "moment", "start", "end", "best", "most", "length", "peak", "hours", "weekends", "covid",
            "christmas", "summer", "winter", "spring", "autumn", "fall");

    /**
     * "at netflix i lead...", "before netflix we...": a word or two between "at", "before" or
     * "after" and a new clause is where the speaker worked, said without a verb of working.
     */
    private static List<Integer> employersBeforeAClause(Intro intro) {
        List<Integer> starts = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!PLACE_OF_WORK_CUE.contains(tokens.get(i))) {
                continue;
            }
            for (int width = 1; width <= 2 && i + width + 1 < tokens.size(); width++) {
                List<String> name = tokens.subList(i + 1, i + 1 + width);
                String next = tokens.get(i + 1 + width);
                boolean plain = name.stream().noneMatch(w -> STOP.contains(w) || NOT_AN_EMPLOYER.contains(w) || NOT_A_PLACE_OF_WORK.contains(w)
                        || CLAUSE_START.contains(w) || w.endsWith("ing") || w.endsWith("ed") || SpokenNumbers.parse(w).isPresent() || w.length() < 3);
                if (!plain) {
                    break;
                }
                if (SUBJECT.contains(next)) {
                    starts.add(i + 1);
                    break;
                }
            }
        }
        return starts;
    }

    private void checkRole(Intro intro) {
        List<String> titles = intro.resume().work().stream().map(Job::title).filter(t -> !t.isBlank()).toList();
        if (titles.isEmpty()) {
            return;
        }
        boolean matched = false;
        for (String title : titles) {
            Optional<int[]> found = find(intro, title);
            if (found.isPresent()) {
                int[] span = found.get();
                matches.add(new ResumeMatch("role", title, intro.quote(span[0], span[1]), ResumeMatch.Status.MATCHED, intro.start(span[0])));
                matched = true;
                break;
            }
        }
        Set<String> titleWords = titles.stream().flatMap(t -> tokens(t).stream()).collect(Collectors.toSet());
        Matcher claims = ROLE_CLAIM.matcher(String.join(" ", intro.tokens()));
        while (claims.find()) {
            int start = wordIndexAt(intro, claims.end());
            int end = Math.min(intro.tokens().size(), start + 3);
            List<String> claimed = intro.tokens().subList(start, end);
            Optional<String> inflated = claimed.stream().filter(SENIORITY::contains)
                    .filter(word -> titleWords.stream().noneMatch(title -> SoundsAlike.words(word, title))).findFirst();
            if (inflated.isPresent()) {
                contradiction(intro, new int[] {start, end}, "role", titles.get(0), FindingCode.ROLE_MISMATCH,
                        "You described your role as \"%s\", but your resume says %s. Claim the title you can show; describe the scope instead.");
                return;
            }
        }
        if (matched) {
            return;
        }
        matches.add(new ResumeMatch("role", intro.facts().mostRecentJob().map(Job::title).orElse(titles.get(0)), null, ResumeMatch.Status.MISSING, null));
    }

    private void checkYears(Intro intro) {
        ResumeFacts facts = intro.facts();
        if (facts.totalYears() <= 0) {
            return;
        }
        List<String> tokens = intro.tokens();
        String resumeYears = "%.1f years in total".formatted(facts.totalYears());
        boolean said = false;
        for (SpokenNumbers.Spoken number : SpokenNumbers.find(tokens)) {
            int after = number.to();
            boolean years = after < tokens.size() && tokens.get(after).matches("years?")
                    || after + 1 < tokens.size() && tokens.get(after).equals("more") && tokens.get(after + 1).matches("years?");
            if (number.year() || !years || number.value() > 60 || !aboutExperience(tokens, number.from(), after)) {
                continue;
            }
            String following = String.join(" ", tokens.subList(after, Math.min(tokens.size(), after + 3)));
            if (following.matches("years? (ago|old)\\b.*") || following.startsWith("year old")) {
                continue;
            }
            List<Job> employers = employersNamedAfter(intro, after + 1);
            Optional<Job> employer = employers.stream().findFirst();
            Phrase phrase = intro.phraseAt(number.from());
            if (phrase.section() == IntroSection.MOTIVATION || phrase.section() == IntroSection.EDUCATION && employer.isEmpty()) {
                continue;
            }
            said = true;
            int value = number.value();
            double atEmployer = employers.stream().map(Job::employer).distinct().mapToDouble(name -> yearsAt(facts, name)).sum();
            boolean fits = employer.isPresent() ? Math.abs(value - atEmployer) <= tolerance(atEmployer)
                    : Math.abs(value - facts.totalYears()) <= tolerance(facts.totalYears()) || fitsAStretchOfJobs(value, facts.roles());
            int from = number.from();
            int to = Math.min(tokens.size(), after + 1);
            if (fits) {
                matches.add(new ResumeMatch("years", resumeYears, intro.quote(from, to), ResumeMatch.Status.MATCHED, intro.start(from)));
            } else if (intro.confidence(number.from(), number.to()) < CONFIDENT || employer.isPresent() && namedDoubtfully(intro, after + 1)) {
                matches.add(new ResumeMatch("years", resumeYears, intro.quote(from, to), ResumeMatch.Status.UNSURE, intro.start(from)));
            } else {
                matches.add(new ResumeMatch("years", resumeYears, intro.quote(from, to), ResumeMatch.Status.CONTRADICTED, intro.start(from)));
                double supported = employer.isPresent() ? atEmployer : facts.totalYears();
                boolean inflated = value > supported;
                String resumeSays = employer.map(job -> "your resume has about %.0f at %s".formatted(atEmployer,
                                employers.stream().map(Job::employer).distinct().collect(Collectors.joining(" and "))))
                        .orElse("your resume adds up to about %.0f (%s)".formatted(facts.totalYears(), rolesSummary(facts)));
                findings.add(Finding.of(FindingCode.EXPERIENCE_YEARS_MISMATCH, inflated ? Severity.PROBLEM : Severity.WARNING,
                        "You said %d years, but %s. %s".formatted(value, resumeSays,
                                inflated ? "An interviewer will do the sum: say the number your dates support." : "Give yourself credit: say the full figure."))
                        .quoting(intro.quote(from, to), intro.start(from), intro.end(to - 1)).about("years"));
            }
        }
        if (!said) {
            matches.add(new ResumeMatch("years", resumeYears, null, ResumeMatch.Status.MISSING, null));
        }
    }

    private void checkSkills(Intro intro) {
        List<String> skills = intro.resume().skills().stream()
                .flatMap(skill -> skill.keywords().isEmpty() ? java.util.stream.Stream.of(skill.name()) : skill.keywords().stream())
                .filter(s -> !s.isBlank()).toList();
        int mentioned = 0;
        for (String skill : skills) {
            Optional<int[]> found = find(intro, skill).or(() -> findHead(intro, skill));
            if (found.isPresent()) {
                mentioned++;
                matches.add(new ResumeMatch("skill", skill, intro.quote(found.get()[0], found.get()[1]), ResumeMatch.Status.MATCHED, intro.start(found.get()[0])));
            }
        }
        String resumeText = Matching.normalise(resumeText(intro));
        List<int[]> claimed = new ArrayList<>();
        Matcher claims = SKILL_CLAIM.matcher(String.join(" ", intro.tokens()));
        while (claims.find()) {
            claimed.addAll(listItems(intro, wordIndexAt(intro, claims.end())));
        }
        Matcher offers = OFFERED_SKILL.matcher(String.join(" ", intro.tokens()));
        while (offers.find()) {
            listItems(intro, wordIndexAt(intro, offers.end())).stream()
                    .filter(item -> namesASkill(intro.tokens().subList(item[0], item[1])))
                    .filter(item -> claimed.stream().noneMatch(c -> c[0] == item[0]))
                    .forEach(claimed::add);
        }
        for (int[] item : claimed) {
            List<String> words = intro.tokens().subList(item[0], item[1]).stream().filter(w -> !STOP.contains(w)).toList();
            if (words.isEmpty() || supported(words, resumeText) || words.stream().allMatch(w -> w.matches("experience|years?|skills?"))) {
                continue;
            }
            if (intro.confidence(item[0], item[1]) < CONFIDENT) {
                matches.add(new ResumeMatch("skill", null, intro.quote(item[0], item[1]), ResumeMatch.Status.UNSURE, intro.start(item[0])));
                continue;
            }
            matches.add(new ResumeMatch("skill", null, intro.quote(item[0], item[1]), ResumeMatch.Status.CONTRADICTED, intro.start(item[0])));
            findings.add(Finding.of(FindingCode.SKILL_NOT_ON_RESUME, Severity.WARNING,
                    "You claimed \"%s\", which your resume does not show. Add evidence of it to your resume, or lead with a skill it does show."
                            .formatted(intro.quote(item[0], item[1])))
                    .quoting(intro.quote(item[0], item[1]), intro.start(item[0]), intro.end(item[1] - 1)).about("skill"));
        }
        if (mentioned == 0 && !skills.isEmpty()) {
            String top = skills.stream().limit(3).collect(Collectors.joining(", "));
            findings.add(Finding.of(FindingCode.RESUME_STRENGTH_UNSAID, Severity.WARNING,
                    "You named none of the skills on your resume (%s). Name the one or two that fit this role.".formatted(top)).about("skill"));
            matches.add(new ResumeMatch("skill", skills.get(0), null, ResumeMatch.Status.MISSING, null));
        }
    }

    /** What the speaker offers ("i'd bring kubernetes", "years of terraform"): only short items are taken as named skills. */
    private static final Pattern OFFERED_SKILL = Pattern.compile("\\b(i'd bring|i would bring|i can bring|i bring|i'll bring|years of)\\s+");
    private static final int OFFERED_SKILL_WORDS = 2;

    /** "kubernetes", "terraform": a bare name, not "a feel for", "explaining numbers" or "the view from". */
    private static boolean namesASkill(List<String> item) {
        return item.size() <= OFFERED_SKILL_WORDS && !STOP.contains(item.get(0)) && !Set.of("some", "my", "our", "this", "that", "what").contains(item.get(0))
                && item.stream().noneMatch(w -> w.length() < 3 || EVERYDAY.contains(w) || w.endsWith("ing") || w.endsWith("ly") || w.endsWith("'s"));
    }

    private boolean alreadyMatched(String field, Double start, int index, Intro intro) {
        String word = intro.tokens().get(index);
        return matches.stream().anyMatch(m -> m.field().equals(field) && m.heard() != null
                && m.heard().startsWith(word) && java.util.Objects.equals(m.start(), start));
    }

    /**
     * Words that start a new clause, so end a spoken list even where no pause was heard
     * ("java and distributed systems i guess i would").
     */
    private static final Set<String> CLAUSE_START = Set.of("i", "i'm", "i'd", "i've", "i'll", "we", "we're", "you", "because",
            "but", "so", "where", "when", "while", "who", "that", "since", "which", "to", "for", "from", "as");

    /** Items of a spoken list starting at {@code start}: "java python and sql" gives three. */
    private static List<int[]> listItems(Intro intro, int start) {
        List<int[]> items = new ArrayList<>();
        List<String> tokens = intro.tokens();
        int phraseEnd = intro.phraseAt(Math.min(start, tokens.size() - 1)).to();
        int end = Math.min(phraseEnd, start + 8);
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end || tokens.get(i).equals("and") || tokens.get(i).equals("or") || CLAUSE_START.contains(tokens.get(i));
            if (boundary) {
                if (i > itemStart) {
                    items.add(new int[] {itemStart, i});
                }
                if (i < end && !tokens.get(i).equals("and") && !tokens.get(i).equals("or")) {
                    break;
                }
                itemStart = i + 1;
            }
        }
        return items;
    }

    private static boolean supported(List<String> words, String resumeText) {
        List<String> resumeWords = Arrays.asList(resumeText.split(" "));
        return words.stream().allMatch(word -> word.length() <= 2 || resumeWords.stream().anyMatch(r -> SoundsAlike.words(word, r)));
    }

    static String resumeText(Intro intro) {
        var resume = intro.resume();
        StringBuilder text = new StringBuilder(resume.headline()).append(' ').append(resume.summary());
        for (Job job : resume.work()) {
            text.append(' ').append(job.title()).append(' ').append(job.employer()).append(' ').append(job.summary())
                    .append(' ').append(String.join(" ", job.highlights()));
        }
        for (Skill skill : resume.skills()) {
            text.append(' ').append(skill.name()).append(' ').append(String.join(" ", skill.keywords()));
        }
        for (Education school : resume.education()) {
            text.append(' ').append(school.degree()).append(' ').append(school.field());
        }
        resume.certificates().forEach(c -> text.append(' ').append(c));
        resume.projects().forEach(p -> text.append(' ').append(p.name()).append(' ').append(p.description()));
        return text.toString();
    }

    private void contradiction(Intro intro, int[] span, String field, String resumeValue, FindingCode code, String template) {
        String heard = intro.quote(span[0], span[1]);
        if (intro.confidence(span[0], span[1]) < CONFIDENT) {
            matches.add(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.UNSURE, intro.start(span[0])));
            return;
        }
        matches.add(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.CONTRADICTED, intro.start(span[0])));
        findings.add(Finding.of(code, Severity.PROBLEM, template.formatted(heard, resumeValue))
                .quoting(heard, intro.start(span[0]), intro.end(span[1] - 1)).about(field));
    }

    /** Where a resume name or phrase was said: its distinctive words, in order, sounding alike. */
    private static Optional<int[]> find(Intro intro, String value) {
        List<String> expected = tokens(value);
        List<String> distinctive = expected.stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList();
        if (distinctive.isEmpty()) {
            distinctive = expected;
        }
        if (distinctive.isEmpty()) {
            return Optional.empty();
        }
        List<String> heard = intro.tokens();
        int width = expected.size() + 2;
        for (int start = 0; start < heard.size(); start++) {
            int end = Math.min(heard.size(), start + width);
            if (!SoundsAlike.words(heard.get(start), distinctive.get(0)) && !SoundsAlike.words(heard.get(start), expected.get(0))) {
                continue;
            }
            List<String> window = heard.subList(start, end);
            double coverage = SoundsAlike.coverage(window, distinctive);
            if (coverage >= 0.99 || distinctive.size() >= 3 && coverage >= 0.66) {
                int last = start;
                for (int i = start; i < end; i++) {
                    int j = i;
                    if (expected.stream().anyMatch(w -> SoundsAlike.words(heard.get(j), w))) {
                        last = i;
                    }
                }
                int first = start;
                while (first > 0 && first > start - 3 && expected.contains(heard.get(first - 1))) {
                    first--;
                }
                return Optional.of(new int[] {first, last + 1});
            }
        }
        return Optional.empty();
    }

    /** A two-word skill by its first, distinctive word: "sepsis" for "sepsis management". */
    private static Optional<int[]> findHead(Intro intro, String skill) {
        List<String> words = tokens(skill);
        if (words.size() != 2 || words.get(0).length() < 5) {
            return Optional.empty();
        }
        List<String> heard = intro.tokens();
        for (int i = 0; i < heard.size(); i++) {
            if (SoundsAlike.words(heard.get(i), words.get(0))) {
                return Optional.of(new int[] {i, i + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * A word heard with low confidence that resembles a resume name ("tribe" at 0.56 for
     * "stripe"): too uncertain to confirm, too close to call missing.
     */
    private static Optional<int[]> findDoubtful(Intro intro, String value) {
        List<String> distinctive = tokens(value).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList();
        List<String> heard = intro.tokens();
        for (int i = 0; i < heard.size(); i++) {
            int index = i;
            if (intro.words().get(i).confidence() < CONFIDENT
                    && distinctive.stream().anyMatch(word -> SoundsAlike.resembles(heard.get(index), word))) {
                return Optional.of(new int[] {i, i + 1});
            }
        }
        return Optional.empty();
    }

    private static boolean isKnownName(Intro intro, int[] span) {
        List<String> claimed = intro.tokens().subList(span[0], span[1]).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList();
        var resume = intro.resume();
        List<String> known = new ArrayList<>();
        resume.work().forEach(job -> known.addAll(tokens(job.employer()).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList()));
        resume.education().forEach(school -> known.addAll(tokens(school.institution()).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList()));
        resume.skills().forEach(skill -> {
            known.addAll(tokens(skill.name()));
            skill.keywords().forEach(k -> known.addAll(tokens(k)));
        });
        return claimed.stream().anyMatch(word -> known.stream().anyMatch(k -> SoundsAlike.words(word, k)));
    }

    /** Words after a cue that could be a name: up to {@code max}, stopping at function words. */
    private static Optional<int[]> claimAfter(Pattern cue, Intro intro, int from, int to, int max) {
        String text = String.join(" ", intro.tokens().subList(from, to));
        Matcher matcher = cue.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = from + wordIndexIn(text, matcher.end());
        int[] span = nameSpan(intro, start, max);
        return Optional.ofNullable(span);
    }

    private static int[] nameSpan(Intro intro, int start, int max) {
        List<String> tokens = intro.tokens();
        if (start >= tokens.size() || STOP.contains(tokens.get(start)) || NOT_AN_EMPLOYER.contains(tokens.get(start))) {
            return null;
        }
        int phraseEnd = intro.phraseAt(start).to();
        int end = start;
        while (end < Math.min(phraseEnd, start + max) && !STOP.contains(tokens.get(end)) && !tokens.get(end).matches("\\d+|i'm|i've|i'd")) {
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static int wordIndexAt(Intro intro, int charOffset) {
        return wordIndexIn(String.join(" ", intro.tokens()), charOffset);
    }

    private static int wordIndexIn(String text, int charOffset) {
        String before = text.substring(0, Math.min(charOffset, text.length()));
        return before.isBlank() ? 0 : before.strip().split(" ").length;
    }

    /** "for eight years", "over seven years", "sixteen years in software": not "three years running". */
    private static boolean aboutExperience(List<String> tokens, int numberStart, int yearsWord) {
        String before = numberStart > 0 ? tokens.get(numberStart - 1) : "";
        String after = yearsWord + 1 < tokens.size() ? tokens.get(yearsWord + 1) : "";
        return Set.of("for", "over", "past", "last", "nearly", "almost", "about", "around", "than", "with", "spent", "of").contains(before)
                || Set.of("of", "as", "at", "in", "experience", "working", "building", "leading", "teaching").contains(after);
    }

    /** Whether the years fit one job or a run of consecutive ones: "ten years as a chef" may be two kitchens in a row. */
    private static boolean fitsAStretchOfJobs(int value, List<ResumeFacts.RoleYears> roles) {
        for (int from = 0; from < roles.size(); from++) {
            double years = 0;
            for (int to = from; to < roles.size(); to++) {
                years += roles.get(to).years();
                if (Math.abs(value - years) <= tolerance(years)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The resume jobs named right after "years": "seven years at lakeside high school", "nine
     * years at booking dot com and yandex". Empty when no resume employer follows.
     */
    private static List<Job> employersNamedAfter(Intro intro, int index) {
        List<String> tokens = intro.tokens();
        if (index + 1 >= tokens.size() || !Set.of("at", "with", "for").contains(tokens.get(index))) {
            return List.of();
        }
        int end = index + 1;
        while (end < Math.min(tokens.size(), index + 9) && (tokens.get(end).equals("and") || !CLAUSE_START.contains(tokens.get(end)))) {
            end++;
        }
        List<String> named = tokens.subList(index + 1, end);
        return intro.resume().work().stream().filter(job -> {
            List<String> distinctive = tokens(job.employer()).stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList();
            return !distinctive.isEmpty() && named.stream().anyMatch(word -> SoundsAlike.words(word, distinctive.get(0)));
        }).toList();
    }

    /** Whether the employers after "years at" were heard poorly, so one of them may be missing from what was understood. */
    private static boolean namedDoubtfully(Intro intro, int index) {
        int end = Math.min(intro.tokens().size(), index + 9);
        return intro.words().subList(index, end).stream().anyMatch(word -> word.confidence() < CONFIDENT);
    }

    private static double yearsAt(ResumeFacts facts, String employer) {
        return facts.roles().stream().filter(role -> role.employer().equals(employer)).mapToDouble(ResumeFacts.RoleYears::years).sum();
    }

    private static double tolerance(double years) {
        return Math.max(1.0, years * YEARS_TOLERANCE_FRACTION);
    }

    private static String rolesSummary(ResumeFacts facts) {
        return facts.roles().stream().limit(3).map(role -> "%.0f at %s".formatted(role.years(), role.employer()))
                .collect(Collectors.joining(", "));
    }

    /** A name's words as they are said: "King's College" is "kings college", not "king s college". */
    static List<String> tokens(String text) {
        String normal = Matching.normalise(text == null ? null : text.replaceAll("(\\p{L})['\u2019]s\\b", "$1s")).toLowerCase(Locale.ROOT);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }
}
