package org.introcoach.analysis;

/** With a draft, its planned points were said (see {@link DraftComparison}). */
final class DraftRule implements Rule {
    private final Annotator annotator;
    final DraftComparison comparison = new DraftComparison();

    DraftRule(Annotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public void apply(Intro intro, Verdict verdict) {
        intro.draft().ifPresent(draft -> comparison.check(intro, draft, annotator).forEach(verdict::add));
    }
}
