package org.introcoach.analysis;

/** How a claim that disagrees with the resume is recorded: a mismatch when heard clearly, otherwise "unsure". */
final class Contradictions {
    private Contradictions() {
    }

    static void record(Intro intro, Verdict verdict, Claim claim, String field, String resumeValue, FindingCode code, String template) {
        String heard = claim.heard();
        if (!claim.confident()) {
            verdict.match(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.UNSURE, intro.start(claim.from())));
            return;
        }
        verdict.match(new ResumeMatch(field, resumeValue, heard, ResumeMatch.Status.CONTRADICTED, intro.start(claim.from())));
        verdict.add(Finding.of(code, Severity.PROBLEM, template.formatted(heard, resumeValue))
                .quoting(heard, intro.start(claim.from()), intro.end(claim.to() - 1)).about(field));
    }
}
