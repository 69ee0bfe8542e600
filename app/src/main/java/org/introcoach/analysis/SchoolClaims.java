package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.introcoach.draft.IntroSection;
import org.introcoach.resume.Education;

/** The places of study the speaker names: the resume's schools where heard, and others named by a cue or by their form. */
final class SchoolClaims {
    private static final Set<String> NOT_A_SCHOOL_START = Lexicon.words("not-a-school-start");
    private static final Set<String> INSTITUTION_WORDS = Lexicon.words("institution-words");
    private static final Set<String> NOT_AN_INSTITUTION_NAME = Lexicon.words("not-an-institution-name");
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");

    private SchoolClaims() {
    }

    static void find(Intro intro, List<Claim> claims) {
        List<int[]> mentioned = new ArrayList<>();
        for (Education school : intro.resume().education()) {
            ResumeWords.find(intro, school.institution())
                    .filter(span -> intro.phraseAt(span[0]).section() == IntroSection.EDUCATION
                            || SoundsAlike.coverage(intro.tokens().subList(span[0], Math.min(intro.tokens().size(), span[1] + 2)),
                                    ResumeWords.tokens(school.institution())) >= 0.66)
                    .ifPresent(span -> {
                        mentioned.add(span);
                        boolean other = anotherNameBefore(intro, span, school.institution());
                        int from = other ? span[0] - 1 : span[0];
                        claims.add(ClaimFinder.claim(intro, Claim.Kind.SCHOOL, from, span[1], other ? null : school.institution()));
                    });
        }
        for (int[] span : schoolSpans(intro)) {
            if (mentioned.stream().anyMatch(m -> m[0] < span[1] && span[0] < m[1])) {
                continue;
            }
            List<String> heard = intro.tokens().subList(span[0], span[1]);
            int[] withNext = {span[0], Math.min(intro.tokens().size(), span[1] + 1)};
            List<String> heardWithNext = intro.tokens().subList(withNext[0], withNext[1]);
            String shortened = intro.resume().education().stream().filter(school -> ShortForms.of(heard, school.institution()))
                    .map(Education::institution).findFirst().orElse(null);
            String initialsThenName = heard.stream().allMatch(w -> w.length() == 1) ? intro.resume().education().stream()
                    .filter(school -> ShortForms.of(heardWithNext, school.institution())).map(Education::institution).findFirst().orElse(null)
                    : null;
            int[] taken = shortened == null && initialsThenName != null ? withNext : span;
            claims.add(ClaimFinder.claim(intro, Claim.Kind.SCHOOL, taken[0], taken[1], shortened != null ? shortened : initialsThenName));
        }
    }

    /**
     * "trinity college dublin" for University College Dublin, "essex county council" for Kent County
     * Council: when the resume name has one word of its own, a name word said just before the match
     * that is not the resume's makes it another place.
     */
    static boolean anotherNameBefore(Intro intro, int[] span, String name) {
        List<String> own = ResumeWords.tokens(name);
        List<String> distinctive = ResumeWords.distinctive(name);
        if (span[0] == 0 || distinctive.isEmpty() || distinctive.size() > 1 && intro.tokens().subList(span[0], span[1]).contains(distinctive.get(0))) {
            return false; // several words of its own, its first one said: the resume's name
        }
        String before = intro.tokens().get(span[0] - 1);
        return !own.contains(before) && ClaimFinder.couldBeAName(before) && !Spans.EVERYDAY.contains(before)
                && !ResumeWords.GENERIC_NAME_WORDS.contains(before) && !FUNCTION_WORDS.contains(before);
    }

    /**
     * Where the speaker named a place of study: after a cue ("graduated from", "degree at") or by
     * its form ("university of lagos", "boston college"), spoken names being lowercase.
     */
    private static List<int[]> schoolSpans(Intro intro) {
        List<int[]> spans = new ArrayList<>();
        for (int start : Spans.afterArticle(Lexicon.before("school-cues"), intro)) {
            int[] span = Spans.nameSpan(intro, start, 5);
            if (span != null && !NOT_A_SCHOOL_START.contains(intro.tokens().get(span[0]))
                    && !ResumeWords.GENERIC_NAME_WORDS.containsAll(intro.tokens().subList(span[0], span[1]))) {
                spans.add(span);
            }
        }
        List<String> tokens = intro.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int[] span = institutionAt(tokens, i);
            if (span != null && spans.stream().noneMatch(c -> c[0] < span[1] && span[0] < c[1])) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** "university of lagos", "the college of william and mary", "boston college" starting at or ending at word i. */
    private static int[] institutionAt(List<String> tokens, int i) {
        String word = tokens.get(i);
        if (word.equals("school") && i + 2 < tokens.size() && tokens.get(i + 1).equals("of") && !ResumeWords.STOP.contains(tokens.get(i + 2))) {
            int from = i > 0 && ClaimFinder.couldBeAName(tokens.get(i - 1)) && !NOT_AN_INSTITUTION_NAME.contains(tokens.get(i - 1)) ? i - 1 : i;
            return new int[] {from, i + 3};
        }
        if (!INSTITUTION_WORDS.contains(word)) {
            return null;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).equals("of")) {
            int end = Math.min(tokens.size(), i + 4);
            while (end > i + 3 && (ResumeWords.STOP.contains(tokens.get(end - 1)) || Spans.CLAUSE_START.contains(tokens.get(end - 1))
                    || SpokenNumbers.parse(tokens.get(end - 1)).isPresent())) {
                end--;
            }
            String name = tokens.get(i + 2);
            if (ResumeWords.STOP.contains(name) || SpokenNumbers.parse(name).isPresent()) {
                return null;
            }
            return new int[] {i, end};
        }
        if (i > 0) {
            String name = tokens.get(i - 1);
            if (NOT_AN_INSTITUTION_NAME.contains(name) || Spans.CLAUSE_START.contains(name) || SpokenNumbers.parse(name).isPresent()) {
                return null;
            }
            return new int[] {i - 1, i + 1};
        }
        return null;
    }

}
