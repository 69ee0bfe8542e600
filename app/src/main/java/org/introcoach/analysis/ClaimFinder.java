package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Job;

/**
 * Turns an intro into claims, once: the resume's facts where they were said (by sound), and the
 * facts said that the resume may not hold, found by the cues people use ("i studied at", "at
 * netflix i lead"), by form ("university of lagos", "backend engineer at square") and by the
 * gazetteers of organisations and technologies. Which claims agree with the resume is for the
 * rules to say.
 */
final class ClaimFinder {
    private static final Set<String> ORGANISATIONS = Lexicon.words("organisations");
    private static final Set<String> GROUP_ENDINGS = Lexicon.words("group-endings");
    static final Set<String> EMPLOYER_PREPOSITIONS = Lexicon.words("employer-prepositions");
    private static final Set<String> ORGANISATION_CUES = Lexicon.words("organisation-cues");
    private static final Set<String> NOT_A_PLACE_OF_WORK = Lexicon.words("not-a-place-of-work");
    static final Set<String> PLACE_OF_WORK_CUE = Lexicon.words("place-of-work-cues");
    private static final Set<String> SUBJECT = Lexicon.words("subject-pronouns");
    static final Map<String, List<String>> PROFESSIONS = Lexicon.mapping("professions");
    static final Map<String, List<String>> SENIORITY = Lexicon.mapping("seniority");
    private static final Pattern WANTED = Lexicon.anywhere("wanted-cues");
    private static final Pattern PAST = Lexicon.anywhere("past-cues");
    /** Words before a claim that decide its stance: about a clause's worth. */
    private static final int STANCE_WINDOW = 6;
    static final Set<String> TITLE_ARTICLES = Lexicon.words("articles");
    private static final Set<String> WORKPLACE_NOUNS = Lexicon.words("workplace-nouns");
    private static final Set<String> OTHERS_SUBJECTS = Lexicon.words("others-subjects");

    private ClaimFinder() {
    }

    static Claims find(Intro intro) {
        return find(intro, Optional.empty());
    }

    /** The same, adding the employers and schools a trained {@link EntityFinder} finds that nothing else did. */
    static Claims find(Intro intro, Optional<EntityFinder> entities) {
        List<Claim> claims = new ArrayList<>();
        if (!intro.tokens().isEmpty()) {
            claims.addAll(NameClaims.find(intro));
            SchoolClaims.find(intro, claims);
            employers(intro, claims);
            TitleClaims.find(intro, claims);
            claims.addAll(QuantityClaims.find(intro));
            claims.addAll(SkillClaims.find(intro));
            entities.ifPresent(finder -> entityClaims(intro, finder, claims));
        }
        claims.sort(Comparator.comparingInt(Claim::from));
        return new Claims(claims);
    }

    private static void entityClaims(Intro intro, EntityFinder finder, List<Claim> claims) {
        for (EntityFinder.Found found : finder.find(intro.tokens())) {
            boolean kindChecked = found.kind() == Claim.Kind.EMPLOYER || found.kind() == Claim.Kind.SCHOOL;
            if (kindChecked && claims.stream().noneMatch(c -> c.overlaps(found.from(), found.to()))
                    && intro.phraseAt(found.from()).section() != IntroSection.MOTIVATION
                    && !NOT_A_PLACE_OF_WORK.contains(intro.tokens().get(found.from()))) {
                claims.add(claim(intro, found.kind(), found.from(), found.to(), null));
            }
        }
    }

    static Claim claim(Intro intro, Claim.Kind kind, int from, int to, String resumeValue) {
        return new Claim(kind, from, to, intro.quote(from, to), intro.confidence(from, to), stance(intro, from), resumeValue, null, null);
    }

    /**
     * Wanted when a wish comes just before it in its phrase, or anywhere before it when it is what
     * the speaker would serve "as" ("i'd like to bring that to solenne resorts as vice president");
     * before when a past-tense cue comes just before it; else now.
     */
    static Claim.Stance stance(Intro intro, int from) {
        Phrase phrase = intro.phraseAt(from);
        int start = Math.max(phrase.from(), from - STANCE_WINDOW);
        String before = intro.quote(start, from);
        if (WANTED.matcher(before).find()) {
            return Claim.Stance.WANTED;
        }
        int as = from - 1;
        while (as > phrase.from() && TITLE_ARTICLES.contains(intro.tokens().get(as))) {
            as--;
        }
        if (as >= phrase.from() && intro.tokens().get(as).equals("as") && WANTED.matcher(intro.quote(phrase.from(), as)).find()) {
            return Claim.Stance.WANTED;
        }
        return PAST.matcher(before).find() ? Claim.Stance.BEFORE : Claim.Stance.NOW;
    }

    /**
     * Whether the clause a claim sits in is about someone else: the nearest subject before it in
     * its phrase is "you", "they", "she" rather than "i" or "we".
     */
    static boolean spokenOfOthers(Intro intro, int from) {
        for (int i = from - 1; i >= intro.phraseAt(from).from(); i--) {
            String word = intro.tokens().get(i);
            if (SUBJECT.contains(word)) {
                return false;
            }
            if (OTHERS_SUBJECTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void employers(Intro intro, List<Claim> claims) {
        List<int[]> mentioned = new ArrayList<>();
        for (Job job : intro.resume().work()) {
            Optional<int[]> found = ResumeWords.find(intro, job.employer());
            if (found.isPresent()) {
                int[] span = found.get();
                // only a word known as a name (a place, an organisation) before it makes it another: "retailer tesco" is Tesco
                boolean other = SchoolClaims.anotherNameBefore(intro, span, job.employer()) && span[0] > 0
                        && (NameRule.PROPER_NAMES.contains(intro.tokens().get(span[0] - 1)) || Contradictions.KNOWN_ORGANISATIONS.contains(intro.tokens().get(span[0] - 1)));
                mentioned.add(other ? new int[] {span[0] - 1, span[1]} : span);
                claims.add(claim(intro, Claim.Kind.EMPLOYER, other ? span[0] - 1 : span[0], span[1], other ? null : job.employer()));
            } else {
                ResumeWords.findDoubtful(intro, job.employer()).or(() -> ShortForms.spokenInFull(intro.tokens(), job.employer())
                        .filter(span -> EmployerForms.placeOfWorkBefore(intro, span[0]))).ifPresent(span -> {
                    mentioned.add(span);
                    claims.add(claim(intro, Claim.Kind.EMPLOYER, span[0], span[1], job.employer()));
                });
            }
        }
        List<Integer> starts = new ArrayList<>(Spans.afterArticle(Lexicon.before("employer-cues"), intro));
        starts.addAll(beforeAClause(intro));
        starts.addAll(afterATitle(intro));
        starts.addAll(knownOrganisations(intro));
        starts.addAll(afterWorkContext(intro));
        for (int start : starts.stream().distinct().sorted().toList()) {
            int[] span = Spans.nameSpan(intro, start, 3);
            if (span == null || NOT_A_PLACE_OF_WORK.contains(intro.tokens().get(span[0])) || GROUP_ENDINGS.contains(intro.tokens().get(span[1] - 1))
                    || SpokenNumbers.parse(intro.tokens().get(span[0])).isPresent() // "work for two private equity funds": clients counted
                    || WORKPLACE_NOUNS.containsAll(intro.tokens().subList(span[0], span[1]))
                    || mentioned.stream().anyMatch(m -> m[0] < span[1] && span[0] < m[1])
                    || claims.stream().anyMatch(c -> c.kind() == Claim.Kind.SCHOOL && c.overlaps(span[0], span[1]))) {
                continue;
            }
            mentioned.add(span);
            claims.add(claim(intro, Claim.Kind.EMPLOYER, span[0], span[1], EmployerForms.opensWithAResumeEmployer(intro, span)));
        }
    }

    /**
     * "at netflix i lead...", "before netflix we...": a word or two between "at", "before" or
     * "after" and a new clause is where the speaker worked, said without a verb of working.
     */
    private static List<Integer> beforeAClause(Intro intro) {
        List<Integer> starts = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!PLACE_OF_WORK_CUE.contains(tokens.get(i))) {
                continue;
            }
            int first = i + 1 < tokens.size() && tokens.get(i + 1).equals("the") ? i + 2 : i + 1;
            for (int width = 1; width <= 2 && first + width < tokens.size(); width++) {
                List<String> name = tokens.subList(first, first + width);
                String next = tokens.get(first + width);
                if (!name.stream().allMatch(ClaimFinder::couldBeAName)) {
                    break;
                }
                if (SUBJECT.contains(next)) {
                    starts.add(first);
                    break;
                }
            }
        }
        return starts;
    }

    static boolean couldBeAName(String w) {
        return !(ResumeWords.STOP.contains(w) || Spans.NOT_AN_EMPLOYER.contains(w) || NOT_A_PLACE_OF_WORK.contains(w)
                || Spans.CLAUSE_START.contains(w) || w.matches(".*'(re|ve|ll|d|m)") || w.endsWith("ing") || w.endsWith("ed") || SpokenNumbers.parse(w).isPresent() || w.length() < 3);
    }

    /** Words an organisation's name runs to before the noun of the body it names ("united states district court"). */
    private static final int BODY_NAME_WORDS = 3;

    /**
     * {@link #couldBeAName}, or a word that looks like a verb form ("united", "allied") opening the
     * name of a body: a few name words ending on a noun such as "court" or "department".
     */
    static boolean startsAName(List<String> tokens, int start) {
        if (couldBeAName(tokens.get(start))) {
            return true;
        }
        String word = tokens.get(start);
        if (!(word.endsWith("ed") || word.endsWith("ing")) || ResumeWords.STOP.contains(word) || word.matches(".*'(re|ve|ll|d|m)")) {
            return false;
        }
        for (int i = start + 1; i < Math.min(tokens.size(), start + 1 + BODY_NAME_WORDS); i++) {
            if (Spans.BODIES_NAMED_OF.contains(tokens.get(i))) {
                return true;
            }
            if (!couldBeAName(tokens.get(i))) {
                return false;
            }
        }
        return false;
    }

    /** "backend engineer at square", "nurse with st mary's": a profession, then where it is practised. */
    private static List<Integer> afterATitle(Intro intro) {
        List<Integer> starts = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            int name = i + 2 < tokens.size() && tokens.get(i + 2).equals("the") ? i + 3 : i + 2;
            if (isProfession(tokens.get(i)) && EMPLOYER_PREPOSITIONS.contains(tokens.get(i + 1)) && name < tokens.size() && startsAName(tokens, name)
                    && !(tokens.get(i + 1).equals("for") && EmployerForms.departmentThenEmployer(tokens, name))) {
                starts.add(name); // but "assistant buyer for womenswear at harlow and finch" names a department, then the employer
            }
        }
        return starts;
    }

    /** "i was at google", "joined shopify": an organisation the gazetteer knows, after "at" or "joined". */
    private static List<Integer> knownOrganisations(Intro intro) {
        List<Integer> starts = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!ORGANISATION_CUES.contains(tokens.get(i)) || intro.phraseAt(i).section() == IntroSection.EDUCATION && SectionTagger.cued(intro.phraseAt(i), IntroSection.EDUCATION)) {
                continue;
            }
            for (int width = 3; width >= 1; width--) {
                if (i + 1 + width <= tokens.size() && ORGANISATIONS.contains(String.join(" ", tokens.subList(i + 1, i + 1 + width)))) {
                    starts.add(i + 1);
                    break;
                }
            }
        }
        return starts;
    }

    /** "ten years in management at penneys", "a placement at the department for transport": "at" a name, just after words of work. */
    private static List<Integer> afterWorkContext(Intro intro) {
        List<Integer> starts = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            int name = i + 1 < tokens.size() - 1 && tokens.get(i + 1).equals("the") ? i + 2 : i + 1;
            if (!tokens.get(i).equals("at") || !couldBeAName(tokens.get(name)) || intro.phraseAt(i).section() == IntroSection.MOTIVATION) {
                continue;
            }
            int phraseStart = intro.phraseAt(i).from();
            for (int j = Math.max(phraseStart, i - WORK_CONTEXT_WINDOW); j < i; j++) {
                if (WORK_CONTEXT.contains(tokens.get(j))) {
                    starts.add(name);
                    break;
                }
            }
        }
        return starts;
    }

    private static final Set<String> WORK_CONTEXT = Lexicon.words("work-context-words");
    /** How near the words of work come before "at": within a short clause. */
    private static final int WORK_CONTEXT_WINDOW = 3;

    static boolean isProfession(String word) {
        return PROFESSIONS.containsKey(word) || PROFESSIONS.values().stream().anyMatch(list -> list.contains(word));
    }

    static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    static boolean matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find();
    }
}
