package org.introcoach.analysis;

import java.util.Set;
import java.util.TreeSet;

/** Counts, over evaluation cases, expected findings recalled and findings raised that must not be. */
final class EvaluationTally {
    int expected;
    int recalled;
    int mustNotSee;
    int falseFindings;
    final StringBuilder details = new StringBuilder();

    /** One case: what it expects, what is fair either way, what was found, among the codes under judgement. */
    Outcome add(EvaluationSet.Case c, Set<FindingCode> judged, Set<FindingCode> found) {
        Set<FindingCode> forbidden = new TreeSet<>(judged);
        forbidden.removeAll(c.expected());
        forbidden.removeAll(c.allowed());
        Set<FindingCode> missed = new TreeSet<>(c.expected());
        missed.removeAll(found);
        Set<FindingCode> wrong = new TreeSet<>(found);
        wrong.retainAll(forbidden);
        expected += c.expected().size();
        recalled += c.expected().size() - missed.size();
        mustNotSee += forbidden.size();
        falseFindings += wrong.size();
        if (!missed.isEmpty() || !wrong.isEmpty()) {
            details.append("%-26s missed %s, wrongly found %s%n".formatted(c.id(), missed, wrong));
        }
        return new Outcome(missed, wrong);
    }

    record Outcome(Set<FindingCode> missed, Set<FindingCode> wrong) {
    }

    double recall() {
        return recalled / (double) expected;
    }

    double falseRate() {
        return falseFindings / (double) mustNotSee;
    }
}
