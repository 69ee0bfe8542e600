package org.introcoach.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.introcoach.analysis.Claim;
import org.introcoach.analysis.FollowUp;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.ResumeMatch;
import org.introcoach.analysis.SoundsAlike;
import org.introcoach.resume.Resume;

/**
 * "What this intro invites": the questions an interviewer is most likely to ask after an intro,
 * ranked, each with the words that invite it and whether the resume lets the speaker stand on it.
 * Pure: the same report, resume, bank and emphasis give the same list.
 *
 * <p>A question is invited by what its bank entry names: a skill said (the strongest pull, an
 * interviewer's first follow-up is "tell me about your work with X"), a claim of a kind it asks
 * about (a figure: "how did you measure that?"), a stressed word ("led", "scaling") or a part of the
 * intro (a career change invites "why this move?"). Its likelihood is the sum of those pulls
 * ({@link #SKILL_PULL} and the rest below); a term a job posting stresses adds {@link #EMPHASIS_PULL}.
 *
 * <p>Its standing: {@code strength} when the resume backs it (a job, a project, a listed skill),
 * {@code exposed} when the intro claims or stresses it and the resume shows nothing of it (the
 * interviewer will probe where the speaker is thin), {@code neutral} for questions every intro
 * invites. A resume strength the intro never invites comes last, with a sentence that would.
 */
public final class FollowUpFinder {
    /**
     * The pulls, in the order interviewers follow them (interview guides and the brief's
     * question bank): a named technology first, then a figure or other claim, then a stressed
     * word, then the mere presence of a part of the intro. Each further term of the same kind adds
     * {@link #FURTHER_PULL}: two skills of one topic invite it more than one.
     */
    static final double SKILL_PULL = 3;
    static final double CLAIM_PULL = 2;
    static final double WORD_PULL = 1.5;
    static final double SECTION_PULL = 1;
    static final double FURTHER_PULL = 0.5;
    /** A term the job posting stresses: enough to lift a question over one invited a step more strongly, no more. */
    static final double EMPHASIS_PULL = 2;
    /** Likelihoods are shown from 0 to 1; this many points of pull is "certain". */
    static final double CERTAIN = 8;
    /** An interviewer asks three or four follow-ups; ten leaves room to prepare and to choose. */
    public static final int SHOWN = 10;
    /**
     * Questions of one topic shown, at most: an interviewer asks two or three on a subject before
     * moving on, and ten Django questions would hide the rest of the menu. The others stay in the
     * bank for answer practice.
     */
    static final int PER_TOPIC = 3;
    /** Strengths left unsaid, at most: more would read as a second intro to learn. */
    static final int UNSAID_SHOWN = 3;
    /** Words either side of the inviting words in a quote. */
    private static final int QUOTE_CONTEXT = 3;

    private final QuestionBank bank;

    public FollowUpFinder(QuestionBank bank) {
        this.bank = bank;
    }

    /** The follow-ups of a judged intro, with no job posting. */
    public List<FollowUp> find(Report report, Resume resume) {
        return find(report, resume, Set.of());
    }

    /**
     * @param emphasis lowercase terms a job posting stresses (skills, domain words); empty without a posting.
     *                 Questions those terms invite rank higher.
     */
    public List<FollowUp> find(Report report, Resume resume, Set<String> emphasis) {
        IntroWords intro = IntroWords.of(report.transcript());
        if (intro.tokens().isEmpty()) {
            return List.of();
        }
        ResumeBacking backing = new ResumeBacking(resume);
        List<Ranked> ranked = new ArrayList<>();
        Set<String> askedTerms = new HashSet<>();
        int order = 0;
        for (Question question : bank.questions()) {
            order++;
            Invited invited = invitation(question, intro, report);
            if (invited.pull() <= 0) {
                continue;
            }
            double pull = invited.pull() + emphasisPull(question, emphasis);
            ranked.add(new Ranked(toFollowUp(question, invited, intro, backing, pull, report), pull, order));
            askedTerms.addAll(invited.terms());
        }
        ranked.addAll(unbankedSkills(report, intro, backing, askedTerms, emphasis));
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.pull())
                .thenComparingDouble(r -> r.followUp().start() == null ? Double.MAX_VALUE : r.followUp().start())
                .thenComparingInt(Ranked::order));
        List<FollowUp> result = new ArrayList<>();
        java.util.Map<String, Integer> perTopic = new java.util.HashMap<>();
        for (Ranked candidate : ranked) {
            if (result.size() < SHOWN && perTopic.merge(candidate.followUp().topic(), 1, Integer::sum) <= PER_TOPIC) {
                result.add(candidate.followUp());
            }
        }
        result.addAll(unsaidStrengths(intro, backing, ranked.stream().map(Ranked::followUp).toList()));
        return result;
    }

    private record Ranked(FollowUp followUp, double pull, int order) {
    }

    /** Where an intro invites a question: the pull, the earliest inviting words, and what they were. */
    private record Invited(double pull, int from, int to, List<String> reasons, List<String> terms, boolean claimed,
                           Claim figure) {
    }

    private static Invited invitation(Question question, IntroWords intro, Report report) {
        double pull = 0;
        int from = Integer.MAX_VALUE;
        int to = 0;
        List<String> reasons = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        boolean claimed = false;
        Claim figure = null;
        int skills = 0;
        List<int[]> spans = new ArrayList<>();
        for (String skill : question.invitedBy().skills()) {
            Optional<int[]> at = intro.find(skill).or(() -> claimedSkill(report, skill, intro)).filter(span -> fresh(span, spans));
            if (at.isPresent()) {
                pull += skills++ == 0 ? SKILL_PULL : FURTHER_PULL;
                if (at.get()[0] < from) {
                    from = at.get()[0];
                    to = at.get()[1];
                }
                reasons.add("\"" + intro.quote(at.get()[0], at.get()[1]) + "\"");
                terms.add(skill);
                claimed = true;
            }
        }
        int claims = 0;
        for (Claim claim : report.claims()) {
            if (question.invitedBy().claims().contains(claim.kind().id()) && claim.to() <= intro.tokens().size()) {
                pull += claims++ == 0 ? CLAIM_PULL : FURTHER_PULL;
                if (claim.from() < from) {
                    from = claim.from();
                    to = claim.to();
                }
                if (claims == 1) {
                    reasons.add("a " + noun(claim.kind()) + " (\"" + claim.heard() + "\")");
                }
                if (claim.kind() == Claim.Kind.QUANTITY && figure == null) {
                    figure = claim;
                }
                claimed = true;
            }
        }
        int words = 0;
        for (String word : question.invitedBy().words()) {
            Optional<int[]> at = intro.findSaid(word).filter(span -> fresh(span, spans));
            if (at.isPresent()) {
                pull += words++ == 0 ? WORD_PULL : FURTHER_PULL;
                if (at.get()[0] < from) {
                    from = at.get()[0];
                    to = at.get()[1];
                }
                reasons.add("\"" + intro.quote(at.get()[0], at.get()[1]) + "\"");
                terms.add(word);
                claimed = true;
            }
        }
        int sections = 0;
        for (Report.SectionSpan section : report.sections()) {
            if (question.invitedBy().sections().contains(section.section())) {
                pull += sections++ == 0 ? SECTION_PULL : 0;
                int at = intro.indexAt(section);
                if (sections == 1 && at < from) {
                    from = at;
                    to = Math.min(intro.tokens().size(), at + 1);
                }
                if (sections == 1) {
                    reasons.add("the " + section.section() + " part of your intro");
                }
            }
        }
        return new Invited(pull, from == Integer.MAX_VALUE ? 0 : from, to, List.copyOf(new LinkedHashSet<>(reasons)), terms, claimed, figure);
    }

    /**
     * Where the claim layer found a skill the words do not spell: the resume-aware pass or the
     * skill claims heard "read this" and matched it to the resume's Redis.
     */
    private static Optional<int[]> claimedSkill(Report report, String skill, IntroWords intro) {
        return report.claims().stream()
                .filter(claim -> claim.kind() == Claim.Kind.SKILL && claim.resumeValue() != null && claim.to() <= intro.tokens().size()
                        && claim.resumeValue().toLowerCase(Locale.ROOT).equals(skill))
                .map(claim -> new int[] {claim.from(), claim.to()}).findFirst();
    }

    /** True when the span overlaps none already counted ("rest framework" inside "django rest framework"), and counts it. */
    private static boolean fresh(int[] span, List<int[]> spans) {
        for (int[] counted : spans) {
            if (span[0] < counted[1] && counted[0] < span[1]) {
                return false;
            }
        }
        spans.add(span);
        return true;
    }

    private static String noun(Claim.Kind kind) {
        return switch (kind) {
            case QUANTITY -> "figure";
            case YEARS -> "length of experience";
            default -> kind.id() + " claim";
        };
    }

    private static double emphasisPull(Question question, Set<String> emphasis) {
        if (emphasis.isEmpty()) {
            return 0;
        }
        long stressed = java.util.stream.Stream.concat(question.invitedBy().skills().stream(), question.invitedBy().words().stream())
                .filter(term -> emphasis.contains(term.toLowerCase(Locale.ROOT))).distinct().count()
                + (emphasis.contains(question.topic()) ? 1 : 0);
        return stressed == 0 ? 0 : EMPHASIS_PULL + (stressed - 1) * FURTHER_PULL;
    }

    /** The resume line a figure was found to match, as the quantity rule judged it. */
    private static Optional<String> statedFigure(Report report, Claim figure) {
        if (figure.resumeValue() != null) {
            return Optional.of(figure.resumeValue());
        }
        return report.resumeMatches().stream()
                .filter(match -> match.field().equals("quantity") && match.status() == ResumeMatch.Status.MATCHED
                        && match.heard() != null && (match.heard().contains(figure.heard()) || figure.heard().contains(match.heard())))
                .map(ResumeMatch::resume).findFirst();
    }

    private static FollowUp toFollowUp(Question question, Invited invited, IntroWords intro, ResumeBacking backing, double pull,
                                       Report report) {
        List<String> saidSkills = invited.terms().stream().filter(question.invitedBy().skills()::contains).toList();
        List<String> backedTerms = new ArrayList<>(saidSkills.isEmpty() ? question.invitedBy().skills() : saidSkills);
        if (question.kind() == Question.Kind.BEHAVIOURAL || question.kind() == Question.Kind.ROLE) {
            backedTerms.addAll(question.invitedBy().words());
        }
        Optional<ResumeBacking.Backing> backed = backedTerms.isEmpty() ? Optional.empty() : backing.find(backedTerms);
        String standing;
        if (invited.figure() != null && question.invitedBy().skills().isEmpty()) {
            Optional<String> stated = statedFigure(report, invited.figure());
            standing = stated.isPresent() ? FollowUp.STRENGTH : FollowUp.EXPOSED;
            if (stated.isPresent()) {
                backed = Optional.of(new ResumeBacking.Backing(new ResumeBacking.Source("the figure on your resume", stated.get(), true,
                        Optional.empty(), Optional.empty()), stated.get()));
            }
        } else if (question.kind() == Question.Kind.OPENER || backedTerms.isEmpty()) {
            standing = FollowUp.NEUTRAL;
        } else if (backed.isPresent()) {
            standing = FollowUp.STRENGTH;
        } else {
            standing = invited.claimed() ? FollowUp.EXPOSED : FollowUp.NEUTRAL;
        }
        String quote = intro.quoteAround(invited.from(), invited.to(), QUOTE_CONTEXT);
        String reason = "Invited by " + joinReasons(invited.reasons()) + ".";
        String advice = advice(standing, question, quote, backed, invited);
        return new FollowUp(question.id(), question.text(), question.topic(), question.kind().id(), reason, quote,
                intro.startOf(invited.from()), standing, backed.map(ResumeBacking.Backing::describe).orElse(null), advice, null, true,
                likelihood(pull));
    }

    private static String advice(String standing, Question question, String quote, Optional<ResumeBacking.Backing> backed,
                                 Invited invited) {
        return switch (standing) {
            case FollowUp.STRENGTH -> "A strength to steer to: have the story ready" + backed.map(b -> " (" + b.source().label() + ")").orElse("")
                    + ", with what you did and what it changed.";
            case FollowUp.EXPOSED -> invited.figure() != null && question.invitedBy().skills().isEmpty()
                    ? "Your resume does not state \"" + invited.figure().heard() + "\": be ready to say how it was measured, or leave the figure out."
                    : "Your resume shows little of " + String.join(", ", invited.terms().isEmpty() ? List.of(question.topic()) : invited.terms())
                    + ": prepare one concrete example with a result, or stop inviting it by dropping \"" + quote + "\".";
            default -> question.kind() == Question.Kind.OPENER
                    ? "Almost certain to come: prepare a short, honest answer that ends on what you want next."
                    : "Have a short answer ready: one example and what it taught you.";
        };
    }

    private static String joinReasons(List<String> reasons) {
        if (reasons.size() <= 1) {
            return reasons.isEmpty() ? "your intro" : reasons.get(0);
        }
        return String.join(", ", reasons.subList(0, reasons.size() - 1)) + " and " + reasons.get(reasons.size() - 1);
    }

    private static double likelihood(double pull) {
        return Math.round(Math.min(1, pull / CERTAIN) * 100) / 100.0;
    }

    /**
     * A skill the intro claims that no bank question asks about still invites "tell me about your
     * work with it": the most common follow-up of all, and exposed when the resume does not show it.
     */
    private static List<Ranked> unbankedSkills(Report report, IntroWords intro, ResumeBacking backing, Set<String> askedTerms,
                                               Set<String> emphasis) {
        List<Ranked> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Claim claim : report.claims()) {
            if (claim.kind() != Claim.Kind.SKILL || claim.stance() == Claim.Stance.WANTED || claim.to() > intro.tokens().size()) {
                continue;
            }
            String skill = (claim.resumeValue() == null ? claim.heard() : claim.resumeValue()).toLowerCase(Locale.ROOT);
            if (askedTerms.stream().anyMatch(term -> SoundsAlike.words(skill, term) || skill.contains(term)) || !seen.add(skill)) {
                continue;
            }
            List<String> names = claim.resumeValue() == null ? List.of(skill) : List.of(skill, claim.resumeValue().toLowerCase(Locale.ROOT));
            Optional<ResumeBacking.Backing> backed = backing.find(names);
            String standing = backed.isPresent() ? FollowUp.STRENGTH : FollowUp.EXPOSED;
            String quote = intro.quoteAround(claim.from(), claim.to(), QUOTE_CONTEXT);
            double pull = SKILL_PULL + (emphasis.contains(skill) ? EMPHASIS_PULL : 0);
            String advice = backed.isPresent()
                    ? "A strength to steer to: have the story ready (" + backed.get().source().label() + "), with what you did and what it changed."
                    : "Your resume shows little of " + skill + ": prepare one concrete example with a result, or stop inviting it by dropping \""
                    + quote + "\".";
            FollowUp followUp = new FollowUp("skill-" + skill.replaceAll("[^a-z0-9]+", "-"),
                    "You mentioned " + skill + ". Tell me about a project where you used it: what did you do, and what would you do differently?",
                    skill, Question.Kind.TECHNICAL.id(), "Invited by \"" + claim.heard() + "\".", quote, intro.startOf(claim.from()), standing,
                    backed.map(ResumeBacking.Backing::describe).orElse(null), advice, null, true, likelihood(pull));
            found.add(new Ranked(followUp, pull, Integer.MAX_VALUE));
        }
        return found;
    }

    /**
     * Technical questions the resume's stories (a job or a project) back but the intro never
     * invites: the strengths the speaker could steer the interview to, with a sentence that would.
     */
    private List<FollowUp> unsaidStrengths(IntroWords intro, ResumeBacking backing, List<FollowUp> invited) {
        Set<String> invitedIds = new HashSet<>();
        Set<String> invitedTopics = new HashSet<>();
        invited.forEach(followUp -> {
            invitedIds.add(followUp.id());
            invitedTopics.add(followUp.topic());
        });
        List<FollowUp> unsaid = new ArrayList<>();
        Set<String> usedLines = new HashSet<>();
        for (Question question : bank.questions()) {
            if (unsaid.size() >= UNSAID_SHOWN) {
                break;
            }
            if (question.kind() != Question.Kind.TECHNICAL || question.invitedBy().skills().isEmpty()
                    || invitedIds.contains(question.id()) || invitedTopics.contains(question.topic())
                    || question.invitedBy().skills().stream().anyMatch(skill -> intro.find(skill).isPresent())) {
                continue;
            }
            Optional<ResumeBacking.Backing> backed = backing.find(question.invitedBy().skills());
            if (backed.isEmpty() || !backed.get().source().spoken() || !usedLines.add(backed.get().line())) {
                continue;
            }
            String skill = question.invitedBy().skills().stream()
                    .filter(term -> backing.find(List.of(term)).map(b -> b.line().equals(backed.get().line())).orElse(false))
                    .findFirst().orElse(question.topic());
            invitedTopics.add(question.topic());
            unsaid.add(new FollowUp(question.id(), question.text(), question.topic(), question.kind().id(),
                    "Your resume shows " + skill + " but the intro never invites it.", null, null, FollowUp.STRENGTH,
                    backed.get().describe(), "A strength you could steer to: one sentence invites the question.",
                    sentence(backed.get()), false, 0));
        }
        return unsaid;
    }

    /** "At Stripe, I led the migration of the billing service ...": the resume's own line, spoken. */
    static String sentence(ResumeBacking.Backing backing) {
        String line = backing.line().strip().replaceAll("[.;]+$", "");
        String spoken = line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
        if (backing.source().project().isPresent()) {
            return "In my own time I built " + backing.source().project().get().name() + ", " + lowerFirst(backing.source().project().get().description())
                    .replaceAll("[.;]+$", "") + ".";
        }
        String employer = backing.source().job().map(job -> job.employer()).filter(name -> name != null && !name.isBlank()).orElse(null);
        return (employer == null ? "I " : "At " + employer + ", I ") + spoken + ".";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
