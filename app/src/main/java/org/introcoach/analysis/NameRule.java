package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The name given is the resume's name. A name heard only as everyday words or low-confidence
 * words is "unsure", never a mismatch: the recogniser spells only words it knows, so an unusual
 * name always comes out as other words.
 */
final class NameRule implements Rule {
    /** Words after a heard name that may still be its pieces: a two-part name split three ways is "pretty or ram". */
    private static final int NAME_FOLLOWING_WORDS = 3;

    @Override
    public void apply(Intro intro, Verdict verdict) {
        List<String> name = ResumeWords.tokens(intro.resume().name());
        if (name.isEmpty()) {
            return;
        }
        List<Claim> claims = verdict.claims.of(Claim.Kind.NAME);
        Optional<Claim> cued = claims.stream().filter(c -> !c.matchesResume()).findFirst();
        if (cued.isPresent() && otherFirstName(intro, cued.get(), name)) {
            mismatch(intro, verdict, cued.get().from(), cued.get().to());
            return;
        }
        if (cued.isPresent() && otherSurname(intro, cued.get(), name)) {
            mismatch(intro, verdict, cued.get().from(), cued.get().to());
            return;
        }
        Optional<Claim> matched = claims.stream().filter(Claim::matchesResume).findFirst();
        if (matched.isPresent()) {
            Claim claim = matched.get();
            verdict.match(new ResumeMatch("name", intro.resume().name(), claim.heard(), ResumeMatch.Status.MATCHED, intro.start(claim.from())));
            return;
        }
        if (cued.isEmpty()) {
            verdict.match(new ResumeMatch("name", intro.resume().name(), null, ResumeMatch.Status.MISSING, null));
            return;
        }
        Claim claim = cued.get();
        List<String> heard = intro.tokens().subList(claim.from(), claim.to());
        String firstHeard = heard.get(0);
        if (intro.words().get(claim.from()).confidence() >= Claims.CONFIDENT && anotherKnownName(firstHeard, name)
                && !NameClaims.NOT_A_NAME.contains(firstHeard) && (unlikeGivenNames(firstHeard, intro.resume().name())
                        || !Spans.followedByDoubtfulWords(intro, claim.from() + 1, NAME_FOLLOWING_WORDS))) {
            mismatch(intro, verdict, claim.from(), claim.to());
            return;
        }
        List<String> following = intro.tokens().subList(claim.to(), Math.min(claim.to() + NAME_FOLLOWING_WORDS, intro.tokens().size()));
        if (!claim.confident() || looksLikeMisheardName(heard, following, name)
                || Spans.followedByDoubtfulWords(intro, claim.to(), NAME_FOLLOWING_WORDS)) {
            verdict.match(new ResumeMatch("name", intro.resume().name(), claim.heard(), ResumeMatch.Status.UNSURE, intro.start(claim.from())));
            return;
        }
        mismatch(intro, verdict, claim.from(), claim.to());
    }

    /**
     * True when what was heard as a name is more likely the resume's name misrecognised than
     * another name: nothing but everyday words, the same sounds once the word breaks are ignored
     * ("like why" for "li wei"), or one of the words that follow sounding like a part of the name
     * ("pretty or ram" for "priya raman", "lead way" for "li wei").
     */
    static boolean looksLikeMisheardName(List<String> heard, List<String> following, List<String> fullName) {
        List<String> name = withShortForms(fullName);
        if (heard.stream().allMatch(Spans.EVERYDAY::contains)) {
            return true;
        }
        if (SoundsAlike.resembles(String.join("", heard), String.join("", fullName))) {
            return true;
        }
        List<String> window = new ArrayList<>(heard);
        following.stream().filter(word -> !Spans.EVERYDAY.contains(word)).forEach(window::add);
        return window.stream().anyMatch(word -> fullName.stream().anyMatch(part -> SoundsAlike.nameParts(word, part))
                || name.stream().anyMatch(form -> SoundsAlike.words(word, form)));
    }

    /**
     * "i'm david nguyen" for Sam Nguyen: the surname is right, but the first name heard, clearly
     * and not sounding like any part of the resume name, is someone else's. A first name cut
     * short ("sam" for Samuel) is the same name.
     */
    private static boolean otherFirstName(Intro intro, Claim claim, List<String> name) {
        if (name.size() < 2 || claim.to() - claim.from() != 2) {
            return false;
        }
        int first = claim.from();
        String said = intro.tokens().get(first);
        String surname = intro.tokens().get(first + 1);
        List<String> surnames = name.subList(1, name.size());
        boolean surnameRight = surnames.stream().anyMatch(part -> SoundsAlike.words(surname, part));
        boolean surnameHeardPoorly = intro.words().get(first + 1).confidence() < Claims.CONFIDENT
                && surnames.stream().anyMatch(part -> SoundsAlike.nameParts(surname, part) || part.startsWith(surname));
        boolean clearFirstName = intro.confidence(first, first + 1) >= Claims.CONFIDENT && !Spans.EVERYDAY.contains(said);
        boolean knownOtherName = anotherKnownName(said, name);
        if (!(surnameRight || surnameHeardPoorly) || !knownOtherName && sameFirstName(said, name) || NameClaims.NOT_A_NAME.contains(said)
                || !clearFirstName || !knownOtherName && looksLikeMisheardName(List.of(said), List.of(), name)) {
            return false;
        }
        return surnameHeardPoorly || !Spans.followedByDoubtfulWords(intro, first + 2, NAME_FOLLOWING_WORDS);
    }

    /**
     * "i'm farhan rahman" for Farhan Chowdhury: the first name is right, but the surname heard,
     * clearly and unlike any part of the resume name, is another family's.
     */
    private static boolean otherSurname(Intro intro, Claim claim, List<String> name) {
        if (name.size() < 2 || claim.to() - claim.from() != 2) {
            return false;
        }
        String first = intro.tokens().get(claim.from());
        String surname = intro.tokens().get(claim.from() + 1);
        return sameFirstName(first, name.subList(0, 1)) && intro.words().get(claim.from() + 1).confidence() >= Claims.CONFIDENT
                && !Spans.EVERYDAY.contains(surname) && !NameClaims.NOT_A_NAME.contains(surname) && !ClaimFinder.isProfession(surname)
                && withShortForms(name.subList(1, name.size())).stream().noneMatch(part -> SoundsAlike.nameParts(surname, part))
                && !Spans.followedByDoubtfulWords(intro, claim.to(), NAME_FOLLOWING_WORDS);
    }

    /**
     * The resume's first name, or a short form of it: its start or its end ("sam" for Samuel,
     * "seun" for Oluwaseun), or a nickname in {@code nicknames.txt} ("bob" for Robert).
     */
    static boolean sameFirstName(String said, List<String> name) {
        return name.stream().anyMatch(part -> SoundsAlike.words(said, part)
                || said.length() >= 3 && (part.startsWith(said) || said.startsWith(part) || part.endsWith(said))
                || NICKNAMES.getOrDefault(part, List.of()).contains(said) || shortenedFrom(said, part));
    }

    /** Letters a short form keeps of the name's start ("nik" of Nikos and Nikolaos, "alex" of Alexander). */
    static final int SHORT_FORM_START = 3;

    /** "nikos" for Nikolaos, "alexa" for Alexandra: a shorter name that keeps the start of the resume's. */
    private static boolean shortenedFrom(String said, String part) {
        return said.length() < part.length() && said.length() >= SHORT_FORM_START + 1 && part.startsWith(said.substring(0, SHORT_FORM_START));
    }

    private static final java.util.Map<String, List<String>> NICKNAMES = Lexicon.mapping("nicknames");
    static final java.util.Set<String> PROPER_NAMES = Lexicon.words("proper-names");

    /**
     * "david" for Daniel, "keisha" for Jasmine: a name the dictionary knows as a name, said instead
     * of the resume's first name and not a form of it. The recogniser writes a known name when it
     * hears one, so however alike the two sound, it is another name.
     */
    static boolean anotherKnownName(String said, List<String> name) {
        if (name.isEmpty() || !NameClaims.isPersonalName(said) || name.contains(said)) {
            return false;
        }
        String first = name.get(0);
        return !(said.length() >= 3 && (first.startsWith(said) || said.startsWith(first) || first.endsWith(said))) && !shortenedFrom(said, first)
                && !NICKNAMES.getOrDefault(first, List.of()).contains(said) && !NICKNAMES.getOrDefault(said, List.of()).contains(first);
    }
    /**
     * "keisha oh yellow ran" for Jasmine Oyelaran, "peter after berg" for Jerome Achterberg: a first
     * name heard clearly that sounds like none of the resume's given names (the words before its
     * surname, "fatima zahra" of Fatima-Zahra El Amrani) or their short forms is another person's
     * name, however poorly the surname after it was heard. A recogniser mishears an unusual name
     * as everyday or unsure words, not as a clear, different name.
     */
    static boolean unlikeGivenNames(String said, String resumeName) {
        String[] parts = resumeName.strip().split("\\s+");
        List<String> given = withShortForms(ResumeWords.tokens(parts.length > 1 ? parts[0] : resumeName));
        return !given.isEmpty() && given.stream().noneMatch(part -> SoundsAlike.nameParts(said, part) || sameFirstName(said, List.of(part)));
    }

    /** A long name part's start or end of this many letters is a short form people go by ("seun" of Oluwaseun). */
    static final int SHORT_FORM_LETTERS = 4;

    /** The name's parts with the forms people shorten them to: nicknames, and the ends of long parts. */
    static List<String> withShortForms(List<String> name) {
        List<String> forms = new ArrayList<>(name);
        for (String part : name) {
            forms.addAll(NICKNAMES.getOrDefault(part, List.of()));
            if (part.length() >= 2 * SHORT_FORM_LETTERS - 1) {
                forms.add(part.substring(0, SHORT_FORM_LETTERS));
                forms.add(part.substring(part.length() - SHORT_FORM_LETTERS));
            }
        }
        return forms;
    }

    private static void mismatch(Intro intro, Verdict verdict, int from, int to) {
        String heard = intro.quote(from, to);
        verdict.match(new ResumeMatch("name", intro.resume().name(), heard, ResumeMatch.Status.CONTRADICTED, intro.start(from)));
        verdict.add(Finding.of(FindingCode.NAME_MISMATCH, Severity.PROBLEM,
                "You introduced yourself as \"%s\" but your resume says %s. Use the name the interviewer has in front of them."
                        .formatted(heard, intro.resume().name()))
                .quoting(heard, intro.start(from), intro.end(to - 1)).about("name"));
    }
}
