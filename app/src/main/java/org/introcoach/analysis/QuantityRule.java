package org.introcoach.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.introcoach.analysis.ResumeFigures.Stated;
import org.introcoach.resume.Job;

/**
 * Numbers claimed about one's work ("a team of twenty", "cut costs by forty percent") agree with
 * the resume's highlights where they state the same kind of number about the same thing; where
 * the resume states none, the claim is unbacked: not an accusation, but the interviewer will
 * probe it. Claims of leading people are unbacked when the resume shows no leading at all.
 */
final class QuantityRule implements Rule {
    /** Said figures are rounded: within 10% (or one, for small counts) a figure is the resume's own. */
    static final double ROUNDING = 0.10;
    /** A figure's subject is in the words just around it ("cut *incidents* by forty percent"). */
    static final int SUBJECT_WINDOW = 5;
    /** Failing that, the words of about a sentence before it ("we rebuilt it on kafka and spark and it now takes in four billion events"). */
    static final int SENTENCE_WINDOW = 15;
    /** A number this large stated on the resume is the same fact whatever it counts ("300M-parameter" for "three hundred million parameter"). */
    static final double DISTINCTIVE_NUMBER = 1000;
    private static final Pattern LEADERSHIP = Lexicon.anywhere("leadership-cues");
    private static final Pattern LEADERSHIP_WORDS = Lexicon.anywhere("leadership-words");
    /** The rung of "lead" on the seniority ladder: a title there or above backs leading people. */
    static final int LEAD_RANK = 4;
    /** The team size a claim of leading gives follows within a few words ("i led a crew of nine"). */
    static final int UNIT_AFTER_CUE = 5;
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");


    @Override
    public void apply(Intro intro, Verdict verdict) {
        Set<String> counted = ResumeCounts.countedWords(intro.resume());
        List<Stated> stated = ResumeFigures.stated(intro, counted);
        // a number of the resume that backs one thing said is not also what another number is about
        // ("i mentor three of our graduate engineers and i run a team of fifteen": the fifteen is not the three)
        Set<Stated> accountedFor = new java.util.HashSet<>();
        for (Claim claim : verdict.claims.of(Claim.Kind.QUANTITY)) {
            if (claim.stance() == Claim.Stance.WANTED || !claim.confident() || ClaimFinder.spokenOfOthers(intro, claim.from())) {
                continue;
            }
            List<Stated> sameUnit = stated.stream().filter(s -> claim.unit().equals(s.unit())).toList();
            List<String> sameLines = sameUnit.stream().map(Stated::context).toList();
            Double start = intro.start(claim.from());
            double said = claim.unit().equals("hours") ? claim.number() * ResumeFigures.hours(ResumeWords.tokens(claim.heard())) : claim.number();
            Phrase phrase = intro.phraseAt(claim.from());
            String context = intro.quote(Math.max(phrase.from(), claim.from() - SUBJECT_WINDOW), Math.min(phrase.to(), claim.to() + SUBJECT_WINDOW));
            String sentence = intro.quote(Math.max(0, claim.from() - SENTENCE_WINDOW), Math.min(phrase.to(), claim.to() + SUBJECT_WINDOW));
            // the same number in a resume line about the same thing backs it, whatever it is counted in
            // ("deputy s i o on murders ... on nine jobs" for "deputy SIO on 9 murder investigations"),
            // unless the resume counts that very thing elsewhere ("twelve oncology trials" against "5 oncology trials")
            boolean countedElsewhere = counted.contains(intro.tokens().get(claim.to() - 1));
            List<Stated> backing = stated.stream().filter(s -> (close(claim.number(), s.value()) || close(said, s.inHours()))
                    && (claim.unit().equals(s.unit()) || claim.unit().equals("times") && ResumeFigures.CHANGE_FACTOR.equals(s.unit()) || s.value() >= DISTINCTIVE_NUMBER
                        || s.unit() == null && (sameLines.contains(s.context()) || mentions(s.context(), claim.unit()))
                        || !countedElsewhere && s.value() == claim.number() && (s.unit() == null || s.unit().startsWith("count:")) && sharesSubject(sentence, s.context()))).toList();
            if (!backing.isEmpty()) {
                accountedFor.add(backing.get(0));
                verdict.match(new ResumeMatch("quantity", backing.get(0).context(), claim.heard(), ResumeMatch.Status.MATCHED, start));
                continue;
            }
            // "i run a team of fifteen engineers" is not contradicted by "Mentor 3 graduate engineers": a team's size only by a line about leading one
            boolean teamSize = claim.heard().split(" ")[0].matches(TEAM_WORD) || ResumeFigures.TEAM_OF.matcher(intro.quote(Math.max(0, claim.from() - 2), claim.from())).find();
            List<Stated> open = sameUnit.stream().filter(s -> !accountedFor.contains(s)
                    || stated.stream().anyMatch(other -> other.context().equals(s.context()) && !accountedFor.contains(other)))
                    .filter(s -> !teamSize || LEADERSHIP_WORDS.matcher(s.context().toLowerCase(Locale.ROOT)).find()
                            || TEAM_BEFORE.matcher(s.context().toLowerCase(Locale.ROOT)).find()).toList();
            Stated about = open.stream().filter(s -> sharesSubject(context, s.context())).findFirst()
                    .or(() -> mostShared(sentence, open))
                    .filter(line -> ofTheJobSpokenOf(intro, verdict, claim, line))
                    .orElse(null);
            if (about != null) {
                verdict.match(new ResumeMatch("quantity", about.context(), claim.heard(), ResumeMatch.Status.CONTRADICTED, start));
                boolean inflated = said > about.inHours();
                verdict.add(Finding.of(FindingCode.QUANTITY_MISMATCH, inflated ? Severity.PROBLEM : Severity.WARNING,
                        "You said \"%s\", but your resume says \"%s\". Use the figure you can show.".formatted(claim.heard(), about.context()))
                        .quoting(claim.heard(), start, intro.end(claim.to() - 1)).about("quantity"));
                continue;
            }
            if (worthProving(intro, claim)) {
                unbacked(intro, verdict, claim.from(), claim.to());
            }
        }
        leadership(intro, verdict);
    }

    /**
     * "at bosphorus soft ... the team was around thirty people" against "the agency's 8-person
     * team" at Kodra Talent: a resume line of another job than the one the speaker is talking about
     * (the resume employer last named, in this phrase or the two before) states another thing.
     */
    private static boolean ofTheJobSpokenOf(Intro intro, Verdict verdict, Claim claim, Stated line) {
        int phrase = intro.phrases().indexOf(intro.phraseAt(claim.from()));
        int from = intro.phrases().get(Math.max(0, phrase - 2)).from();
        return verdict.claims.of(Claim.Kind.EMPLOYER).stream().filter(c -> c.matchesResume() && c.from() >= from && c.to() <= claim.from())
                .reduce((first, second) -> second)
                .flatMap(c -> intro.resume().work().stream().filter(job -> job.employer().equals(c.resumeValue())).findFirst())
                .map(job -> job.highlights().contains(line.context()) || line.context().equals(job.summary().strip())
                        || intro.resume().work().stream().noneMatch(other -> other.highlights().contains(line.context())))
                .orElse(true);
    }

    private static void leadership(Intro intro, Verdict verdict) {
        String text = String.join(" ", intro.tokens());
        Matcher matcher = LEADERSHIP.matcher(text);
        if (!matcher.find()) {
            return;
        }
        int from = Spans.wordIndexIn(text, matcher.start());
        int to = from + matcher.group().split(" ").length;
        Double start = intro.start(from);
        Double end = intro.end(Math.min(intro.tokens().size(), to + UNIT_AFTER_CUE) - 1);
        boolean covered = verdict.matches.stream().anyMatch(m -> m.field().equals("quantity") && m.heard() != null && m.start() != null
                && (m.start().equals(start) || start != null && end != null && m.start() >= start && m.start() <= end
                        && m.status() == ResumeMatch.Status.MATCHED));
        if (!leadsPeople(intro) && !covered && ClaimFinder.stance(intro, from) != Claim.Stance.WANTED && intro.confidence(from, to) >= Claims.CONFIDENT) {
            unbacked(intro, verdict, from, Math.min(intro.tokens().size(), to + 3));
        }
    }

    /** Whether the resume shows the speaker leading people at all (a manager's title, "led", "team of"). */
    private static boolean leadsPeople(Intro intro) {
        boolean leadTitle = intro.resume().work().stream().anyMatch(job -> TitleRule.rank(job.title()) >= LEAD_RANK);
        return leadTitle || LEADERSHIP_WORDS.matcher(ResumeWords.text(intro.resume()).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * What an interviewer will ask to see proof of: results (percent, money, users, a factor, a
     * score) and the size of a team led; not every number ("two days", "a talk to three hundred people").
     */
    private static boolean worthProving(Intro intro, Claim claim) {
        if (claim.unit().equals("people")) {
            String before = intro.quote(Math.max(0, claim.from() - 4), claim.from() + 1);
            // "a crew of nine", "a volunteer corps of two hundred": a claim that opens with a team word is a team's size
            return QuantityClaims.TEAM_WORDS.contains(claim.heard().split(" ")[0]) || LEADERSHIP.matcher(before).find() || TEAM_BEFORE.matcher(before).find()
                    || java.util.Arrays.stream(before.split(" ")).anyMatch(PEOPLE_VERBS::contains);
        }
        return !claim.unit().equals("hours");
    }

    private static final Set<String> PEOPLE_VERBS = Lexicon.words("people-verbs");
    private static final String TEAM_WORD = String.join("|", Lexicon.words("team-words"));
    private static final Pattern TEAM_BEFORE = Pattern.compile("\\b(" + TEAM_WORD + ") of\\b");

    private static void unbacked(Intro intro, Verdict verdict, int from, int to) {
        String heard = intro.quote(from, to);
        verdict.match(new ResumeMatch("quantity", null, heard, ResumeMatch.Status.UNBACKED, intro.start(from)));
        verdict.add(Finding.of(FindingCode.UNBACKED_CLAIM, Severity.INFO,
                "You said \"%s\", which your resume does not show. Expect to be asked about it: have the example ready, or add it to your resume."
                        .formatted(heard))
                .quoting(heard, intro.start(from), intro.end(to - 1)).about("quantity"));
    }

    /** Whether a resume line names what the unit counts ("growing subscribers from 18,000 to 41,000"). */
    private static boolean mentions(String line, String unit) {
        List<String> words = ResumeWords.tokens(line);
        return QuantityClaims.UNITS.getOrDefault(unit, List.of()).stream().anyMatch(words::contains);
    }


    private static boolean close(double said, double stated) {
        return Math.abs(said - stated) <= Math.max(1, stated * ROUNDING);
    }

    /** The one resume line that shares the most content words with the sentence around a claim, if one does. */
    private static java.util.Optional<Stated> mostShared(String sentence, List<Stated> lines) {
        Stated best = null;
        int bestShared = 0;
        boolean tie = false;
        for (Stated line : lines) {
            int shared = shared(sentence, line.context());
            if (shared > bestShared) {
                best = line;
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared && shared > 0) {
                tie = true;
            }
        }
        return tie ? java.util.Optional.empty() : java.util.Optional.ofNullable(best);
    }

    private static int shared(String said, String stated) {
        List<String> statedWords = ResumeWords.tokens(stated);
        return (int) java.util.Arrays.stream(said.split(" ")).distinct().filter(word -> word.length() > 3 && !FUNCTION_WORDS.contains(word)
                && QuantityClaims.unitOf(word).isEmpty() && statedWords.stream().anyMatch(w -> SoundsAlike.words(word, w))).count();
    }

    /** Whether the claim's phrase and the resume line speak of the same thing: a content word in common. */
    private static boolean sharesSubject(String said, String stated) {
        List<String> statedWords = ResumeWords.tokens(stated);
        for (String word : said.split(" ")) {
            if (word.length() > 3 && !FUNCTION_WORDS.contains(word) && !QuantityClaims.unitOf(word).isPresent()
                    && statedWords.stream().anyMatch(w -> SoundsAlike.words(word, w))) {
                return true;
            }
        }
        return false;
    }
}
