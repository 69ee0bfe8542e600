package org.introcoach.analysis;

import java.util.List;

/**
 * How a claimed name that disagrees with the resume is recorded: a mismatch when it was heard
 * clearly and is plainly another name; "unsure" when it may be the resume's own name misheard.
 * The recogniser writes only words it knows, so a name it does not know comes out as everyday
 * words ("at just" for "at toast") or as a near miss of the real name ("ghent" for "ghana").
 */
final class Contradictions {
    private Contradictions() {
    }

    static void record(Intro intro, Verdict verdict, Claim claim, String field, String resumeValue, FindingCode code, String template) {
        String heard = claim.heard();
        if (!claim.confident() || mayBeMisheard(intro, claim, resumeValue)) {
            verdict.match(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.UNSURE, intro.start(claim.from())));
            return;
        }
        verdict.match(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.CONTRADICTED, intro.start(claim.from())));
        verdict.add(Finding.of(code, Severity.PROBLEM, template.formatted(heard, resumeValue))
                .quoting(heard, intro.start(claim.from()), intro.end(claim.to() - 1)).about(field));
    }

    /**
     * Only for names (schools, employers): every word an everyday word, or a word that resembles a
     * word of the resume's name without being it, while no word is the resume's word itself ("texas
     * a and m" shares "texas" with the University of Texas and is another school).
     */
    static boolean mayBeMisheard(Intro intro, Claim claim, String resumeValue) {
        if (claim.kind() != Claim.Kind.SCHOOL && claim.kind() != Claim.Kind.EMPLOYER
                || claim.kind() == Claim.Kind.EMPLOYER && namesAnotherOrganisation(intro, claim)) {
            return false;
        }
        List<String> heard = intro.tokens().subList(claim.from(), claim.to()).stream()
                .filter(w -> !ResumeWords.GENERIC_NAME_WORDS.contains(w) && !ResumeWords.STOP.contains(w)).toList();
        if (!heard.isEmpty() && heard.stream().allMatch(Spans.EVERYDAY::contains)) {
            return true;
        }
        List<String> resumeWords = names(intro, claim.kind(), resumeValue);
        boolean same = heard.stream().anyMatch(resumeWords::contains);
        boolean nearMiss = heard.stream().anyMatch(w -> w.length() > 3 && !Spans.EVERYDAY.contains(w) && resumeWords.stream()
                .anyMatch(r -> !r.equals(w) && r.charAt(0) == w.charAt(0) && SoundsAlike.resembles(w, r)));
        return nearMiss && !same;
    }

    /**
     * "lufthansa technik" against Baltic Aero Technics: a name that opens with an organisation the
     * gazetteer knows by one distinctive word, unlike any word of the resume's employers and schools, is that
     * organisation, whatever its other words resemble.
     */
    static boolean namesAnotherOrganisation(Intro intro, Claim claim) {
        String first = intro.tokens().get(claim.from());
        java.util.stream.Stream<String> resumeNames = java.util.stream.Stream.concat(intro.resume().work().stream().map(job -> job.employer()),
                intro.resume().education().stream().map(school -> school.institution()));
        return KNOWN_ORGANISATIONS.contains(first)
                && resumeNames.flatMap(name -> ResumeWords.distinctive(name).stream()).noneMatch(word -> SoundsAlike.words(first, word));
    }

    /**
     * "lot flight academy" against Mazury Flight Academy, "london film school" against the National
     * Film and Television School: a name that shares a word with a resume name but says a word of
     * its own where that name has another before the shared word is another organisation of the
     * same kind, not a short form ("google deepmind" for DeepMind adds a word; it replaces none).
     */
    static boolean substitutesNameWord(Intro intro, Claim claim) {
        List<String> heard = intro.tokens().subList(claim.from(), claim.to());
        java.util.stream.Stream<String> names = claim.kind() == Claim.Kind.SCHOOL
                ? intro.resume().education().stream().map(school -> school.institution())
                : intro.resume().work().stream().map(job -> job.employer());
        return names.map(ResumeWords::tokens).anyMatch(name -> {
            for (int i = 1; i < heard.size(); i++) {
                String shared = heard.get(i);
                int at = ResumeWords.STOP.contains(shared) || ResumeWords.GENERIC_NAME_WORDS.contains(shared) ? -1 : name.indexOf(shared);
                if (at <= 0) {
                    continue;
                }
                boolean ownWord = heard.subList(0, i).stream().anyMatch(w -> w.length() > 1 && !ResumeWords.STOP.contains(w)
                        && !ResumeWords.GENERIC_NAME_WORDS.contains(w) && !Spans.EVERYDAY.contains(w)
                        && name.stream().noneMatch(n -> SoundsAlike.words(w, n) || n.startsWith(w) || w.startsWith(n)));
                boolean otherWord = name.subList(0, at).stream().anyMatch(n -> !ResumeWords.STOP.contains(n));
                return ownWord && otherWord;
            }
            return false;
        });
    }

    static final java.util.Set<String> KNOWN_ORGANISATIONS = Lexicon.words("organisations-distinctive");

    /** The distinctive words of every resume name of that kind (every school, or every employer). */
    private static List<String> names(Intro intro, Claim.Kind kind, String resumeValue) {
        List<String> names = kind == Claim.Kind.SCHOOL
                ? intro.resume().education().stream().map(e -> e.institution()).toList()
                : intro.resume().work().stream().map(j -> j.employer()).toList();
        List<String> words = new java.util.ArrayList<>(ResumeWords.distinctive(resumeValue));
        names.forEach(name -> words.addAll(ResumeWords.distinctive(name)));
        return words;
    }
}
