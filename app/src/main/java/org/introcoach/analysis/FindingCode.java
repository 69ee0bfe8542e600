package org.introcoach.analysis;

/** The one vocabulary of findings shared by the app, the command line and the tests. */
public enum FindingCode {
    NAME_MISMATCH(Dimension.CONSISTENCY),
    SCHOOL_MISMATCH(Dimension.CONSISTENCY),
    EMPLOYER_MISMATCH(Dimension.CONSISTENCY),
    ROLE_MISMATCH(Dimension.CONSISTENCY),
    EXPERIENCE_YEARS_MISMATCH(Dimension.CONSISTENCY),
    SKILL_NOT_ON_RESUME(Dimension.CONSISTENCY),
    RESUME_STRENGTH_UNSAID(Dimension.CONSISTENCY),
    MISSING_SECTION(Dimension.STRUCTURE),
    SECTION_ORDER(Dimension.STRUCTURE),
    LIST_RECITAL(Dimension.STRUCTURE),
    NO_CLOSING(Dimension.STRUCTURE),
    TOO_LONG(Dimension.CONCISENESS),
    TOO_SHORT(Dimension.CONCISENESS),
    PACE_TOO_FAST(Dimension.CONCISENESS),
    PACE_TOO_SLOW(Dimension.CONCISENESS),
    FILLER_WORDS(Dimension.CONCISENESS),
    LONG_PAUSES(Dimension.CONCISENESS),
    REPETITION(Dimension.CONCISENESS),
    NO_TARGET(Dimension.MOTIVATION),
    GENERIC_MOTIVATION(Dimension.MOTIVATION),
    NO_TRANSITION_REASON(Dimension.MOTIVATION),
    HEDGING(Dimension.MOTIVATION),
    DRAFT_DEVIATION(Dimension.STRUCTURE),
    QUANTITY_MISMATCH(Dimension.CONSISTENCY),
    UNBACKED_CLAIM(Dimension.CONSISTENCY),
    /** pitch spread below what people speak with, measured from the recording ({@link DeliveryRules}) */
    MONOTONE(Dimension.CONCISENESS),
    /** a phrase run much faster than the speaker's own pace ({@link DeliveryRules}) */
    RUSHED_PASSAGE(Dimension.CONCISENESS);

    private final Dimension dimension;

    FindingCode(Dimension dimension) {
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }
}
