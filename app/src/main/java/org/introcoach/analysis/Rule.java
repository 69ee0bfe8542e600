package org.introcoach.analysis;

/**
 * One check an interviewer makes. {@link IntroAnalyzer} runs the rules in order over the same
 * intro and verdict; a rule may read what earlier rules recorded (a contradicted employer is not
 * also an employer left unsaid).
 */
interface Rule {
    void apply(Intro intro, Verdict verdict);
}
