package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;

/**
 * Which drafted sentences were delivered: a sentence is "said" when 60% of its content words were
 * heard together and in order, "changed" from a third, and "skipped" below. Recognition errors cost a few words a
 * sentence, so said-as-planned rarely reaches 100%. Content words are nouns, verbs, adjectives,
 * adverbs and numbers by OpenNLP's part-of-speech tagger, compared as lemmas ("graduated" and
 * "graduate" are the same point).
 */
final class DraftComparison {
    static final double SAID = 0.6;
    static final double CHANGED = 1.0 / 3;
    /** Universal Dependencies tags of content words: the grammar's categories, not a word list. */
    private static final List<String> CONTENT = Lexicon.mapping("parts-of-speech").get("content");
    private static final Set<String> LIGHT_VERBS = Lexicon.words("light-verbs");

    final List<Report.DraftPoint> points = new ArrayList<>();

    /** A point is said when its words come together: the best window of twice the sentence's length. */
    private static double bestWindowCoverage(List<String> heard, List<String> words, int sentenceLength) {
        int width = Math.max(8, sentenceLength * 2);
        if (heard.size() <= width) {
            return SoundsAlike.coverage(heard, words);
        }
        double best = 0;
        for (int start = 0; start + width <= heard.size(); start += 2) {
            best = Math.max(best, SoundsAlike.coverage(heard.subList(start, start + width), words));
        }
        return best;
    }

    private static String lemma(Token token) {
        String lemma = token.lemma();
        return lemma == null || lemma.isBlank() || lemma.equals("O") ? token.text() : lemma.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A drafted sentence's points: the sentence, or its clauses when it joins two of them ("In that
     * time I cut errors by 22%, and I worked closely with the safety team on ..."): each is a
     * point that can be said or skipped on its own.
     */
    static List<String> points(String sentence) {
        String[] clauses = sentence.split(",\\s*and\\s+|;\\s*");
        if (clauses.length < 2 || java.util.Arrays.stream(clauses).anyMatch(c -> c.strip().split("\\s+").length < MIN_CLAUSE_WORDS)) {
            return List.of(sentence);
        }
        return java.util.Arrays.stream(clauses).map(String::strip).toList();
    }

    /** A clause shorter than this is part of its sentence's point, not one of its own. */
    static final int MIN_CLAUSE_WORDS = 4;

    /**
     * A point is judged on its own words: those that no other point of the draft has ("the
     * medication safety team" named in the motivation too proves nothing of the point about
     * working with it), when it has at least this many.
     */
    static final int MIN_OWN_WORDS = 2;

    private static List<String> contentLemmas(String point, Annotator annotator) {
        String plain = String.join(" ", ResumeWords.tokens(point.replaceAll("\\[[^]]*]", " ")));
        return annotator.annotate(plain).stream()
                .filter(token -> CONTENT.contains(token.partOfSpeech().toLowerCase(java.util.Locale.ROOT)))
                .map(DraftComparison::lemma).filter(lemma -> !LIGHT_VERBS.contains(lemma)).toList();
    }

    private void check(List<String> heard, Template.Sentence sentence, String point, List<String> words, List<String> skipped, List<Claim> claims) {
        String plain = String.join(" ", ResumeWords.tokens(point.replaceAll("\\[[^]]*]", " ")));
        if (words.isEmpty()) {
            return;
        }
        double coverage = bestWindowCoverage(heard, words, plain.split(" ").length);
        if (coverage < SAID && namesAFactSaid(plain, claims)) {
            coverage = SAID; // "so emulsion formulation is really my thing" said "I have developed deep experience in emulsion formulation"
        }
        String status = coverage >= SAID ? "said" : coverage >= CHANGED ? "changed" : "skipped";
        points.add(new Report.DraftPoint(sentence.section().id(), point, status, Math.round(coverage * 100) / 100.0));
        if (status.equals("skipped")) {
            skipped.add(point);
        }
    }

    List<Finding> check(Intro intro, RenderedDraft draft, Annotator annotator, List<Claim> claims) {
        List<Finding> findings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int changed = 0;
        List<String> heard = annotator.annotate(asTheResumeWritesIt(intro, claims)).stream().map(DraftComparison::lemma).toList();
        List<Template.Sentence> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        // The name is judged by the name rule, which allows for a name heard as other words; here it would only look skipped.
        Set<String> nameWords = new java.util.HashSet<>(ResumeWords.tokens(intro.resume().name()));
        for (Template.Sentence sentence : draft.sentences()) {
            for (String point : points(sentence.text())) {
                if (Template.hasPlaceholder(point)) {
                    continue; // a point still to be written is not a plan the take could follow or skip
                }
                sentences.add(sentence);
                texts.add(point);
                contents.add(contentLemmas(point, annotator).stream().filter(word -> !nameWords.contains(String.join(" ", ResumeWords.tokens(word)))).toList());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Set<String> elsewhere = new java.util.HashSet<>();
            for (int j = 0; j < texts.size(); j++) {
                if (j != i) {
                    elsewhere.addAll(contents.get(j));
                }
            }
            List<String> own = contents.get(i).stream().filter(word -> !elsewhere.contains(word)).toList();
            check(heard, sentences.get(i), texts.get(i), own.size() >= MIN_OWN_WORDS ? own : contents.get(i), skipped, claims);
        }
        changed = (int) points.stream().filter(p -> p.status().equals("changed")).count();
        if (!skipped.isEmpty()) {
            findings.add(Finding.of(FindingCode.DRAFT_DEVIATION, Severity.WARNING,
                    "%d planned point%s not said: %s. Decide whether to drop %s from the draft or rehearse until %s in."
                            .formatted(skipped.size(), skipped.size() == 1 ? " was" : "s were", quoted(skipped), skipped.size() == 1 ? "it" : "them",
                                    skipped.size() == 1 ? "it stays" : "they stay")));
        } else if (changed > 0) {
            findings.add(Finding.of(FindingCode.DRAFT_DEVIATION, Severity.INFO,
                    "%d planned point%s came out in other words; that is fine if it still says what you meant.".formatted(changed, changed == 1 ? "" : "s")));
        }
        return findings;
    }

    /**
     * Whether the point's content is a resume fact the speaker was heard claiming: a skill, school,
     * employer or title matched to the resume, of two words or more, written in the point. The
     * template's own words around it ("along the way i have developed deep experience in") are not
     * the plan; the fact is.
     */
    private static boolean namesAFactSaid(String plain, List<Claim> claims) {
        List<String> point = List.of(plain.split(" "));
        return claims.stream().filter(c -> c.matchesResume() && c.stance() != Claim.Stance.WANTED && c.kind() != Claim.Kind.NAME && c.kind() != Claim.Kind.YEARS)
                .map(c -> ResumeWords.tokens(c.resumeValue())).anyMatch(fact -> fact.size() >= 2 && java.util.Collections.indexOfSubList(point, fact) >= 0);
    }

    /**
     * The words heard, with each school and employer the claims matched to the resume written as the
     * resume writes it: "i studied journalism at r m i t" said the point "I graduated from RMIT University".
     */
    private static String asTheResumeWritesIt(Intro intro, List<Claim> claims) {
        List<String> words = new ArrayList<>();
        int next = 0;
        for (Claim claim : claims.stream().filter(c -> (c.kind() == Claim.Kind.SCHOOL || c.kind() == Claim.Kind.EMPLOYER) && c.matchesResume())
                .sorted(java.util.Comparator.comparingInt(Claim::from)).toList()) {
            if (claim.from() < next) {
                continue;
            }
            words.addAll(intro.tokens().subList(next, claim.from()));
            words.addAll(ResumeWords.tokens(claim.resumeValue()));
            next = claim.to();
        }
        words.addAll(intro.tokens().subList(next, intro.tokens().size()));
        return String.join(" ", words);
    }

    /** Every point named, as many as are counted: "A", "B" and "C", without their own full stops. */
    static String quoted(List<String> points) {
        List<String> quoted = points.stream().map(point -> "\"" + point.strip().replaceAll("[.!?;:,]+$", "") + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
