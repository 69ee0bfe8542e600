package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;

/** What the rules found about one intro, gathered as they run: findings, resume checks and metrics. */
final class Verdict {
    final Claims claims;
    final List<Finding> findings = new ArrayList<>();
    final List<ResumeMatch> matches = new ArrayList<>();
    /** Fillers heard in the sound that the recogniser did not write as fillers ({@link DeliveryRules}); empty without a recording. */
    final List<Report.SoundFiller> soundFillers = new ArrayList<>();
    Metrics metrics;

    Verdict(Claims claims) {
        this.claims = claims;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    void match(ResumeMatch match) {
        matches.add(match);
    }

    boolean contradicted(String field) {
        return matches.stream().anyMatch(m -> m.field().equals(field) && m.status() == ResumeMatch.Status.CONTRADICTED);
    }

    boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
