package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.introcoach.resume.Matching;
import org.introcoach.resume.Resume;

/**
 * Skills said: the resume's skills where they were heard, and what the speaker offers as a skill
 * ("experience with kubernetes", "i'd bring terraform"). Words offered count as a skill only when
 * they name one, on the resume or in the technology and professional-skill lexicons, so a phrase
 * such as "explaining numbers" or a misheard "yang go" is not taken for a claim.
 */
final class SkillClaims {
    private static final Set<String> TECHNOLOGIES = Lexicon.words("technologies");
    private static final Set<String> PROFESSIONAL = Lexicon.words("professional-skills");
    private static final Set<String> CERTIFICATES = Lexicon.words("certificates");
    private static final Set<String> PRODUCTS = Lexicon.words("products");
    private static final Set<String> DISTINCTIVE_TECHNOLOGIES = Lexicon.words("technologies-distinctive");
    private static final Set<String> TOOL_PREPOSITIONS = Lexicon.words("tool-prepositions");
    static final Map<String, List<String>> VARIANTS = Lexicon.mapping("skill-variants");
    private static final Pattern CUES = Lexicon.before("skill-cues");
    private static final Pattern OFFERED = Lexicon.before("offered-skill-cues");
    /** Only short items are taken as named skills after an offer ("i'd bring kubernetes"). */
    private static final int OFFERED_SKILL_WORDS = 2;

    private SkillClaims() {
    }

    /**
     * A one-word skill heard as one word must be close in length too: "morning" is not
     * "mentoring", though their spellings score alike.
     */
    private static boolean closely(Intro intro, int[] span, String skill) {
        List<String> words = ResumeWords.tokens(skill);
        if (words.size() != 1 || span[1] - span[0] != 1) {
            return true;
        }
        String heard = intro.tokens().get(span[0]);
        String expected = words.get(0);
        int common = 0;
        while (common < Math.min(heard.length(), expected.length()) && heard.charAt(common) == expected.charAt(common)) {
            common++;
        }
        return heard.equals(expected) || Math.abs(heard.length() - expected.length()) <= 1 || common >= 5;
    }

    /** The resume's skills, keywords where a skill has them. */
    static List<String> resumeSkills(Resume resume) {
        return resume.skills().stream()
                .flatMap(skill -> skill.keywords().isEmpty() ? Stream.of(skill.name()) : skill.keywords().stream())
                .filter(s -> !s.isBlank()).toList();
    }

    static List<Claim> find(Intro intro) {
        List<Claim> claims = new ArrayList<>();
        for (String skill : resumeSkills(intro.resume())) {
            ResumeWords.find(intro, skill).filter(span -> closely(intro, span, skill)).or(() -> ResumeWords.findHead(intro, skill))
                    .or(() -> findVariant(intro, skill))
                    .ifPresent(span -> claims.add(ClaimFinder.claim(intro, Claim.Kind.SKILL, span[0], span[1], skill)));
        }
        for (int[] item : ListedSkills.find(intro, claims)) {
            claims.removeIf(c -> c.from() >= item[0] && c.to() <= item[1]);
            List<String> words = intro.tokens().subList(item[0], item[1]);
            Optional<String> onResume = resumeSkills(intro.resume()).stream().filter(skill -> sameSkill(words, skill)).findFirst();
            claims.add(ClaimFinder.claim(intro, Claim.Kind.SKILL, item[0], item[1], onResume.orElse(null)));
        }
        List<int[]> items = new ArrayList<>();
        for (int start : Spans.after(CUES, intro)) {
            items.addAll(Spans.listItems(intro, start));
        }
        List<int[]> coordinated = coordinatedTools(intro, claims);
        items.addAll(coordinated);
        List<int[]> cued = new ArrayList<>(items);
        for (int start : Spans.after(OFFERED, intro)) {
            Spans.listItems(intro, start).stream().filter(item -> item[1] - item[0] <= OFFERED_SKILL_WORDS)
                    .filter(item -> items.stream().noneMatch(c -> c[0] == item[0])).forEach(items::add);
        }
        items.addAll(CredentialClaims.credentials(intro, items));
        items.addAll(toolsUsed(intro, items));
        items.addAll(technologiesNamed(intro, items));
        for (int[] item : items) {
            if (claims.stream().anyMatch(c -> c.overlaps(item[0], item[1]))) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int i = item[0]; i < item[1]; i++) {
                if ((!ResumeWords.STOP.contains(intro.tokens().get(i)) || Spans.spelledLetter(intro.tokens(), i))
                        && !CredentialClaims.CREDENTIAL_WORDS.contains(intro.tokens().get(i))) {
                    words.add(intro.tokens().get(i));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            Optional<String> onResume = resumeSkills(intro.resume()).stream().filter(skill -> sameSkill(words, skill)).findFirst();
            if (onResume.isPresent() || namesASkill(words) || CredentialClaims.credential(intro, item) || cued.contains(item) && namesAPractice(intro, item, words)) {
                claims.add(ClaimFinder.claim(intro, Claim.Kind.SKILL, item[0], item[1], onResume.orElse(null)));
            }
        }
        return claims;
    }


    /**
     * "we model the deposit in leapfrog and vulcan": a word joined by "and" or "or" to a skill of the
     * resume used as a tool (after "in", "with", "using") is a tool too, named or not in a lexicon.
     */
    private static List<int[]> coordinatedTools(Intro intro, List<Claim> claims) {
        List<int[]> found = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (Claim skill : claims) {
            int joiner = skill.to();
            int tool = joiner + 1;
            if (skill.from() == 0 || !TOOL_PREPOSITIONS.contains(tokens.get(skill.from() - 1)) || tool >= tokens.size()
                    || !ListedSkills.JOINERS.contains(tokens.get(joiner)) || tool + 1 < intro.phraseAt(skill.from()).to() && !ResumeWords.STOP.contains(tokens.get(tool + 1))) {
                continue;
            }
            String word = tokens.get(tool);
            boolean named = intro.taggedAs(tool, ListedSkills.NAMING) && !word.endsWith("ed") && !word.endsWith("ing"); // not "in python and automated the report"
            boolean ends = tool + 1 >= intro.phraseAt(skill.from()).to() || !ClaimFinder.TITLE_ARTICLES.contains(tokens.get(tool + 1));
            if (named && ends && !ResumeWords.STOP.contains(word) && SpokenNumbers.parse(word).isEmpty() && intro.phraseAt(tool).equals(intro.phraseAt(skill.from()))) {
                found.add(new int[] {tool, tool + 1});
            }
        }
        return found;
    }


    /**
     * "expertise in transfer pricing", "proficient in core logging": after a cue that claims a
     * skill, the words claim one whatever the lexicons know of the field, when they name a practice
     * (a few words, none an everyday word, heard in the speaker's background, not in what they want).
     */
    private static boolean namesAPractice(Intro intro, int[] item, List<String> words) {
        return words.size() <= PRACTICE_WORDS && !(words.size() == 1 && words.get(0).length() <= SHORT_FORM_LETTERS) // "a bsn": initials are a credential's business
                && words.stream().noneMatch(w -> Spans.EVERYDAY.contains(w) || SpokenNumbers.parse(w).isPresent())
                && !ResumeWords.GENERIC_NAME_WORDS.containsAll(words) && intro.phraseAt(item[0]).section() != org.introcoach.draft.IntroSection.MOTIVATION
                && ClaimFinder.stance(intro, item[0]) != Claim.Stance.WANTED;
    }

    /** A practice is named in a few words ("transfer pricing documentation"); longer is a clause. The length of the resume skills in the sets: one to three words. */
    private static final int PRACTICE_WORDS = 3;
    /** A word this short said alone is an abbreviation ("bsn", "cpa"), checked as a credential, not as a practice. */
    private static final int SHORT_FORM_LETTERS = 4;

    /** "built it in unity", "multiplayer with photon": a technology or product named right after a preposition of use. */
    private static List<int[]> toolsUsed(Intro intro, List<int[]> items) {
        List<int[]> used = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!TOOL_PREPOSITIONS.contains(tokens.get(i)) || intro.phraseAt(i).section() == org.introcoach.draft.IntroSection.MOTIVATION) {
                continue;
            }
            for (int width = 3; width >= 1; width--) {
                int from = i + 1;
                if (from + width > tokens.size()) {
                    continue;
                }
                String name = String.join(" ", tokens.subList(from, from + width));
                String first = tokens.get(from);
                if (SpokenNumbers.parse(first).isPresent() || Spans.EVERYDAY.contains(first) || ResumeWords.STOP.contains(first)) {
                    break;
                }
                if ((TECHNOLOGIES.contains(name) || PRODUCTS.contains(name) || canonical(Spans.joinLetters(tokens.subList(from, from + width))).isPresent())
                        && items.stream().noneMatch(c -> c[0] <= from && from < c[1])) {
                    used.add(new int[] {from, from + width});
                    break;
                }
            }
        }
        return used;
    }

    /**
     * "i've written most of our team's terraform": a technology (a language or software tool, not
     * a brand that may be a company) named in what the speaker did is a skill they claim.
     */
    private static List<int[]> technologiesNamed(Intro intro, List<int[]> items) {
        List<int[]> named = new ArrayList<>();
        List<String> tokens = intro.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int index = i;
            String word = tokens.get(i);
            var section = intro.phraseAt(i).section();
            if (word.length() < 4 || !DISTINCTIVE_TECHNOLOGIES.contains(word) || Spans.EVERYDAY.contains(word) || ResumeWords.STOP.contains(word)
                    || section == org.introcoach.draft.IntroSection.MOTIVATION || ClaimFinder.stance(intro, i) == Claim.Stance.WANTED
                    || items.stream().anyMatch(c -> c[0] <= index && index < c[1]) || named.stream().anyMatch(c -> c[0] <= index && index < c[1])) {
                continue;
            }
            named.add(new int[] {i, i + 1});
        }
        return named;
    }

    /** Whether the words name a skill the lexicons know: a technology, a professional skill, or a known variant. */
    static boolean namesASkill(List<String> spoken) {
        List<String> words = List.of(Spans.joinLetters(spoken).split(" "));
        String said = String.join(" ", words);
        for (int keep = words.size() - 1; keep >= 1; keep--) {
            String head = String.join(" ", words.subList(0, keep));
            if (TECHNOLOGIES.contains(head) || PRODUCTS.contains(head) || canonical(head).isPresent()) {
                return true;
            }
        }
        for (int drop = 0; drop < words.size(); drop++) {
            String tail = String.join(" ", words.subList(drop, words.size()));
            if (TECHNOLOGIES.contains(tail) || PROFESSIONAL.contains(tail) || CERTIFICATES.contains(tail) || PRODUCTS.contains(tail)
                    || canonical(tail).isPresent()) {
                return true;
            }
        }
        return TECHNOLOGIES.contains(said);
    }

    /** The canonical name of a spoken variant: "postgres" is PostgreSQL, "k eight s" Kubernetes. */
    static Optional<String> canonical(String said) {
        return VARIANTS.entrySet().stream().filter(e -> e.getKey().equals(said) || e.getValue().contains(said))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether spoken words are the resume's skill: the same sounds, a known variant, or its name cut short ("postgres"). */
    static boolean sameSkill(List<String> words, String resumeSkill) {
        String skill = Matching.normalise(resumeSkill).toLowerCase(java.util.Locale.ROOT);
        String whole = String.join(" ", words);
        if (words.size() > 1 && (TECHNOLOGIES.contains(whole) || PRODUCTS.contains(whole)) && !whole.equals(skill)
                && canonical(whole).map(c -> !c.equals(skill)).orElse(true)) {
            return false;
        }
        List<String> skillWords = ResumeWords.tokens(resumeSkill);
        for (int drop = 0; drop < words.size(); drop++) {
            List<String> tail = words.subList(drop, words.size());
            String said = String.join(" ", tail);
            Optional<String> canonical = canonical(said);
            if (canonical.isPresent() && (canonical.get().equals(skill) || canonical.get().equals(resumeSkill.toLowerCase(java.util.Locale.ROOT))
                    || SoundsAlike.coverage(ResumeWords.tokens(canonical.get()), skillWords) >= 0.99)) {
                return true;
            }
            if (tail.size() == 1 && skillWords.size() == 1 && said.length() >= 5 && skill.startsWith(said)) {
                return true;
            }
            if (SoundsAlike.coverage(tail, skillWords) >= 0.99 && tail.size() <= skillWords.size() + 1) {
                return true;
            }
        }
        return false;
    }

    /** A resume skill said in a known variant ("postgres", "k eight s"). */
    private static Optional<int[]> findVariant(Intro intro, String skill) {
        List<String> tokens = intro.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int width = 3; width >= 1; width--) {
                String said = i + width <= tokens.size() ? String.join(" ", tokens.subList(i, i + width)) : "";
                if (said.length() >= 3 && !Spans.EVERYDAY.contains(said) && !ResumeWords.STOP.contains(said)
                        && canonical(said).isPresent() && sameSkill(tokens.subList(i, i + width), skill)) {
                    return Optional.of(new int[] {i, i + width});
                }
            }
        }
        return Optional.empty();
    }
}
