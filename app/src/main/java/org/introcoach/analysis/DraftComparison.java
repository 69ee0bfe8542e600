package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;

/**
 * Which drafted sentences were delivered: a sentence is "said" when 60% of its content words were
 * heard in order, "changed" from 30%, and "skipped" below. Recognition errors cost a few words a
 * sentence, so said-as-planned rarely reaches 100%.
 */
final class DraftComparison {
    static final double SAID = 0.6;
    static final double CHANGED = 0.3;
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "for", "to",
            "with", "as", "i", "i'm", "am", "is", "was", "my", "me", "we", "it", "that", "this", "be", "have", "i've", "from", "your");

    final List<Report.DraftPoint> points = new ArrayList<>();

    List<Finding> check(Intro intro, RenderedDraft draft) {
        List<Finding> findings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int changed = 0;
        for (Template.Sentence sentence : draft.sentences()) {
            List<String> words = ConsistencyRules.tokens(sentence.text().replaceAll("\\[[^]]*]", " ")).stream()
                    .filter(word -> !FUNCTION_WORDS.contains(word)).toList();
            if (words.isEmpty()) {
                continue;
            }
            double coverage = SoundsAlike.coverage(intro.tokens(), words);
            String status = coverage >= SAID ? "said" : coverage >= CHANGED ? "changed" : "skipped";
            points.add(new Report.DraftPoint(sentence.section().id(), sentence.text(), status, Math.round(coverage * 100) / 100.0));
            if (status.equals("skipped")) {
                skipped.add(sentence.text());
            } else if (status.equals("changed")) {
                changed++;
            }
        }
        if (!skipped.isEmpty()) {
            findings.add(Finding.of(FindingCode.DRAFT_DEVIATION, Severity.WARNING,
                    "%d planned point%s not said: \"%s\". Decide whether to drop %s from the draft or rehearse until it stays in."
                            .formatted(skipped.size(), skipped.size() == 1 ? " was" : "s were", skipped.get(0), skipped.size() == 1 ? "it" : "them")));
        } else if (changed > 0) {
            findings.add(Finding.of(FindingCode.DRAFT_DEVIATION, Severity.INFO,
                    "%d planned point%s came out in other words; that is fine if it still says what you meant.".formatted(changed, changed == 1 ? "" : "s")));
        }
        return findings;
    }
}
