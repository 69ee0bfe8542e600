package org.introcoach.draft;

import java.util.List;
import java.util.Optional;

/**
 * A draft as it will be spoken.
 *
 * @param text             the intro, with unfilled placeholders left as [Name]
 * @param sentences        each sentence with its section, in order
 * @param missingFields    fields still empty, in form order
 * @param estimatedSeconds the speaking time at {@link DraftRenderer#WORDS_PER_MINUTE}
 * @param timingWarning    what to do when the estimate falls outside the template's target
 */
public record RenderedDraft(String text, List<Template.Sentence> sentences, List<String> missingFields, int wordCount,
                            double estimatedSeconds, Template.TargetBand target, Optional<String> timingWarning) {
    public RenderedDraft {
        sentences = List.copyOf(sentences);
        missingFields = List.copyOf(missingFields);
    }

    public boolean isComplete() {
        return missingFields.isEmpty();
    }
}
