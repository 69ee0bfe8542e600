package org.introcoach.job;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What IntroCoach understood from a job posting.
 *
 * @param source       the file name it was read from, or "pasted text"
 * @param text         the posting as text (HTML and PDF already turned into text), kept so it can be read again
 * @param title        the job's title, or null when none was found
 * @param company      the hiring company, or null
 * @param team         the team, group or product the job is in, or null
 * @param seniority    the level the title or the requirements ask for ("senior", "manager"), or null
 * @param yearsAsked   the years of experience asked for, or null
 * @param requirements skills, seniority, domain words and the team, in the posting's order within a kind
 */
public record JobPosting(String source, String text, String title, String company, String team, String seniority,
                         Integer yearsAsked, List<Requirement> requirements) {
    /** "on" of "on-call", "e" of "e-commerce": words that stress nothing on their own. */
    private static final Set<String> FUNCTION_WORDS = org.introcoach.analysis.Lexicon.words("function-words");

    public JobPosting {
        requirements = List.copyOf(requirements);
    }

    public List<Requirement> of(Requirement.Kind kind) {
        return requirements.stream().filter(requirement -> requirement.kind() == kind).toList();
    }

    /**
     * The lowercase terms the posting stresses: its skills, domain words and the team or product,
     * whole ("platform reliability team") and word by word ("reliability"; not "on" or "e"). The
     * follow-up questions weigh what an interviewer for this job is likely to ask by them.
     */
    public Set<String> emphasis() {
        Set<String> terms = new LinkedHashSet<>();
        for (Requirement requirement : requirements) {
            if (requirement.kind() != Requirement.Kind.SENIORITY) {
                terms.add(requirement.text().toLowerCase(java.util.Locale.ROOT));
                requirement.terms().stream().filter(term -> term.length() > 2 && !FUNCTION_WORDS.contains(term)).forEach(terms::add);
            }
        }
        return Set.copyOf(terms);
    }
}
