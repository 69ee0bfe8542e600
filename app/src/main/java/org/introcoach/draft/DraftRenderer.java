package org.introcoach.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/** Turns a template and a draft's values into the intro text, with its length and timing. */
public final class DraftRenderer {
    /**
     * A natural speaking pace for a prepared intro: the middle of the 120-165 words a minute the
     * analysis treats as comfortable, and close to the 130-150 usually quoted for presentations.
     */
    public static final int WORDS_PER_MINUTE = 140;

    public RenderedDraft render(Template template, Draft draft) {
        Set<String> missing = new LinkedHashSet<>();
        List<Template.Sentence> sentences = new ArrayList<>();
        for (Template.Sentence sentence : template.sentences()) {
            Matcher matcher = Template.PLACEHOLDER.matcher(sentence.text());
            StringBuilder text = new StringBuilder();
            while (matcher.find()) {
                String field = matcher.group(1);
                String value = draft.value(field);
                if (value.isEmpty()) {
                    missing.add(field);
                    value = "[" + field + "]";
                }
                matcher.appendReplacement(text, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(text);
            sentences.add(new Template.Sentence(sentence.section(), text.toString()));
        }
        List<String> missingInFormOrder = template.fields().stream().map(Template.Field::name).filter(missing::contains).toList();
        String text = String.join(" ", sentences.stream().map(Template.Sentence::text).toList());
        int words = countWords(text);
        double seconds = Math.round(words * 60.0 / WORDS_PER_MINUTE * 10) / 10.0;
        return new RenderedDraft(text, sentences, missingInFormOrder, words, seconds, template.target(),
                timingWarning(seconds, template.target(), !missingInFormOrder.isEmpty()));
    }

    static int countWords(String text) {
        String spoken = text.replaceAll("[\\[\\]/]", " ").strip();
        return spoken.isEmpty() ? 0 : spoken.split("\\s+").length;
    }

    private static Optional<String> timingWarning(double seconds, Template.TargetBand target, boolean incomplete) {
        if (seconds < target.minSeconds()) {
            return Optional.of("At a natural pace this takes about %.0f s, under the %s this template aims for: %s"
                    .formatted(seconds, target, incomplete ? "fill the missing fields, then add a concrete result if it is still short."
                            : "add a concrete result or a reason you want this role."));
        }
        if (seconds > target.maxSeconds()) {
            return Optional.of("At a natural pace this takes about %.0f s, over the %s this template aims for: cut detail that the resume already shows."
                    .formatted(seconds, target));
        }
        return Optional.empty();
    }
}
