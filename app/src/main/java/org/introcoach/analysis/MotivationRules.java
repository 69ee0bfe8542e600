package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.introcoach.draft.IntroSection;

/**
 * Motivation: a concrete target (team, role, product), a reason that links the past to it, for a
 * career change an explicit bridge, and confident rather than hedged wording.
 */
final class MotivationRules {
    /**
     * Two hedges ("i think", "maybe", "kind of") are enough to sound unsure in a sixty-second
     * intro; four undercut every claim around them.
     */
    static final int HEDGES_WARNING = 2;
    static final int HEDGES_PROBLEM = 4;
    private static final Pattern TARGET = Pattern.compile("\\b(team|role|position|group|department|project|product|platform|mission"
            + "|company|here|you|your \\w+|this job|the job|customers|clients|users)\\b");
    /** A reason for a move: "because", "i realised", "that's why". Not "led me to build", which is a step, not a why. */
    private static final Pattern REASON = Pattern.compile("\\b(because|since|so that|as i|i realized|i realised|i discovered|i found"
            + "|i love|i loved|which is why|that's why|that is why|what draws me|what drew me|drawn to)\\b");
    private static final Pattern GENERIC = Pattern.compile("\\b(learn and grow|grow and learn|great opportunity|good opportunity|hard worker"
            + "|team player|new challenges?|gain (more )?experience|any role|good company|great company|fast learner|passionate about (learning|everything))\\b");
    private static final Pattern HEDGE = Pattern.compile("\\b(i think|i guess|maybe|kind of|sort of|hopefully|i'm not sure|i am not sure"
            + "|probably|a little bit|i feel like|i would say|perhaps|somewhat|i suppose)\\b");
    private static final Pattern CAREER_CHANGE = Pattern.compile("(?i)\\b(aspiring|career change|changing careers|moving into|transition(ing)? (into|to)"
            + "|switching (to|into)|retrain(ing|ed)?)\\b");

    List<Finding> check(Intro intro) {
        List<Finding> findings = new ArrayList<>();
        List<Phrase> motivation = intro.in(IntroSection.MOTIVATION);
        String motivationText = String.join(" ", motivation.stream().map(Phrase::text).toList());
        boolean target = TARGET.matcher(motivationText).find() || namesADestination(motivationText);
        if (motivation.isEmpty() || !target) {
            findings.add(Finding.of(FindingCode.NO_TARGET, Severity.PROBLEM, motivation.isEmpty()
                    ? "You never said what you want next. End with the team or role you are here for, and why."
                    : "You said you want to move on but not to what. Name the team, role or product you want to work on."
                    ).inSection("motivation"));
        }
        Phrase generic = motivation.stream().filter(p -> GENERIC.matcher(p.text()).find() && !saysSomethingSpecific(p.text()))
                .findFirst().orElse(null);
        if (generic != null) {
            findings.add(Finding.of(FindingCode.GENERIC_MOTIVATION, Severity.WARNING,
                    "Your reason could be said by anyone (\"%s\"). Say what about this team or its work connects to what you have done."
                            .formatted(generic.text())).at(generic));
        }
        if (isCareerChange(intro)) {
            List<Phrase> bridge = intro.in(IntroSection.TRANSITION);
            String bridgeText = String.join(" ", bridge.stream().map(Phrase::text).toList()) + " " + motivationText;
            if (bridge.isEmpty() || !REASON.matcher(bridgeText).find()) {
                Finding finding = Finding.of(FindingCode.NO_TRANSITION_REASON, Severity.PROBLEM, bridge.isEmpty()
                        ? "Your resume shows a change of field, but you did not explain it. Say what you are moving from, to what, and why, then the proof."
                        : "You said you are changing fields but not why. Give the reason in one sentence, then what you did to make the move real.");
                findings.add(bridge.isEmpty() ? finding.inSection("transition") : finding.at(bridge.get(0)));
            }
        }
        List<int[]> hedges = hedges(intro.tokens());
        if (hedges.size() >= HEDGES_WARNING) {
            int[] first = hedges.get(0);
            findings.add(Finding.of(FindingCode.HEDGING, hedges.size() >= HEDGES_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
                    "You hedged %d times (\"%s\"). State what you did and want plainly: \"I led\", \"I want\"."
                            .formatted(hedges.size(), intro.quote(first[0], first[1])))
                    .quoting(intro.quote(first[0], first[1]), intro.start(first[0]), intro.end(first[1] - 1)));
        }
        return findings;
    }

    /** "i'd like to move to site reliability", "joining the payments group": where to, named without "team". */
    private static final Pattern DESTINATION = Pattern.compile("\\b(join(ing)?|mov(e|ing) (to|into)|transfer(ring)? to|apply(ing)? (to|for)"
            + "|contribut(e|ing) to|work(ing)? on|bring (that|this|it|them) to|be part of) (the |your |a |an )?(\\w+)");
    private static final Set<String> NOT_A_DESTINATION = Set.of("it", "that", "this", "something", "somewhere", "anything",
            "them", "me", "a", "the", "and", "so", "because", "new", "different", "other", "another", "more", "better", "bigger", "next");

    private static boolean namesADestination(String text) {
        var matcher = DESTINATION.matcher(text);
        while (matcher.find()) {
            if (!NOT_A_DESTINATION.contains(matcher.group(matcher.groupCount()))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern REASON_CLAUSE = Pattern.compile("\\b(because|since|so that|to help|to turn|to build|to apply"
            + "|what draws me|what drew me|drawn to|i realized|i realised|i discovered|i found)\\b");
    /** Words that carry no reason of their own: what is left of "i'm really passionate about it and it would be a great opportunity". */
    private static final Set<String> EMPTY_WORDS = Set.of("i", "i'm", "i'd", "i've", "am", "is", "be", "it", "it's",
            "would", "will", "could", "really", "very", "so", "and", "a", "an", "the", "to", "for", "me", "my", "of", "about", "think",
            "believe", "feel", "passionate", "excited", "great", "good", "amazing", "exciting", "opportunity", "chance", "grow", "growth",
            "learn", "learning", "develop", "improve", "new", "skills", "career", "experience", "gain", "challenge", "challenges", "because",
            "since", "that", "this", "here", "want", "like", "love", "just", "also", "more", "further", "myself", "professional", "professionally",
            "personal", "next", "step", "place", "where", "can", "company", "team", "role", "join", "part", "get", "way", "best");

    /**
     * A generic phrase is forgiven only when the reason around it says something of this person
     * or this work: at least three words that are not the stock words of a stock reason.
     * "because" alone is the shape of a reason, not one.
     */
    private static boolean saysSomethingSpecific(String phrase) {
        var reason = REASON_CLAUSE.matcher(phrase);
        if (!reason.find()) {
            return false;
        }
        String rest = GENERIC.matcher(phrase.substring(reason.start())).replaceAll(" ");
        long specific = Arrays.stream(rest.split(" ")).filter(w -> w.length() > 2 && !EMPTY_WORDS.contains(w)).count();
        return specific >= 3;
    }

    private static boolean isCareerChange(Intro intro) {
        boolean template = intro.template().map(t -> t.id().equals("career-changer")).orElse(false);
        var resume = intro.resume();
        return template || intro.has(IntroSection.TRANSITION)
                || CAREER_CHANGE.matcher(resume.headline() + " " + resume.summary()).find();
    }

    static List<int[]> hedges(List<String> tokens) {
        String text = String.join(" ", tokens);
        List<int[]> spans = new ArrayList<>();
        var matcher = HEDGE.matcher(text);
        while (matcher.find()) {
            int from = text.substring(0, matcher.start()).isBlank() ? 0 : text.substring(0, matcher.start()).strip().split(" ").length;
            int to = from + matcher.group().split(" ").length;
            spans.add(new int[] {from, to});
        }
        return spans;
    }
}
