package org.introcoach.analysis;

/** With a draft, its planned points were said (see {@link DraftComparison}). */
final class DraftRule implements Rule {
    private final LanguageModels language;
    final DraftComparison comparison = new DraftComparison();

    DraftRule(LanguageModels language) {
        this.language = language;
    }

    /** OpenNLP's tools are made per analysis (they are not thread-safe), and only when there is a draft to compare. */
    @Override
    public void apply(Intro intro, Verdict verdict) {
        intro.draft().ifPresent(draft -> comparison.check(intro, draft, language.newAnnotator(), verdict.claims.all()).forEach(verdict::add));
    }
}
