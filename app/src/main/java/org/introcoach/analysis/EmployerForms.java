package org.introcoach.analysis;

import java.util.List;
import org.introcoach.resume.Job;

/** How a resume employer is said beyond its name: a branch or property of it, a department before it, an acronym said in full after a place-of-work word. */
final class EmployerForms {
    private EmployerForms() {
    }

    /**
     * "the azure coast marina dubai hotel" for Azure Coast Hotels &amp; Resorts: a name that opens with
     * every distinctive word of a resume employer's name is that employer, a property or branch of it;
     * and so is its short form ("riverside vet hospital" for Riverside Veterinary Hospital).
     */
    static String opensWithAResumeEmployer(Intro intro, int[] span) {
        List<String> said = intro.tokens().subList(span[0], span[1]);
        for (Job job : intro.resume().work()) {
            List<String> own = ResumeWords.distinctive(job.employer()).stream().filter(w -> !ResumeWords.STOP.contains(w)).toList();
            if (!own.isEmpty() && own.size() < said.size() && String.join("", own).length() >= DISTINCTIVE_LETTERS && said.subList(0, own.size()).equals(own)
                    || ShortForms.of(said, job.employer()) && !ResumeWords.GENERIC_NAME_WORDS.containsAll(said)) { // "riverside vet hospital"
                return job.employer();
            }
        }
        return null;
    }

    /** "for womenswear at harlow": "at" a word or two on, before a name (not "at the time"). */
    static boolean departmentThenEmployer(List<String> tokens, int name) {
        for (int at = name + 1; at < Math.min(tokens.size() - 1, name + 3); at++) {
            if (tokens.get(at).equals("at") && !ResumeWords.STOP.contains(tokens.get(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /** An employer preposition ("at", "for", "with") within three words before, in the same phrase: "at the un economic and social ...". */
    static boolean placeOfWorkBefore(Intro intro, int start) {
        int from = Math.max(intro.phraseAt(start).from(), start - 3);
        return intro.tokens().subList(from, start).stream().anyMatch(ClaimFinder.EMPLOYER_PREPOSITIONS::contains);
    }

    /** Letters, at least, of a resume employer's own words for a longer name opening with them to be it: "azure coast" (10), not "abc" (holdout-13). */
    private static final int DISTINCTIVE_LETTERS = 5;
}
