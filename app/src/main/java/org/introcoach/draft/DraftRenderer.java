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
            String wording = sentence.text(draft.roleEnded());
            Matcher matcher = Template.PLACEHOLDER.matcher(wording);
            StringBuilder text = new StringBuilder();
            int end = 0;
            while (matcher.find()) {
                text.append(wording, end, matcher.start());
                end = matcher.end();
                String field = matcher.group(1);
                String value = draft.value(field);
                if (value.isEmpty()) {
                    missing.add(field);
                    value = "[" + field + "]";
                } else {
                    fixArticle(text, value);
                }
                text.append(value);
            }
            text.append(wording, end, wording.length());
            sentences.add(new Template.Sentence(sentence.section(), text.toString()));
        }
        List<String> missingInFormOrder = template.fields().stream().map(Template.Field::name).filter(missing::contains).toList();
        String text = String.join(" ", sentences.stream().map(Template.Sentence::text).toList());
        int words = countWords(text);
        double seconds = Math.round(words * 60.0 / WORDS_PER_MINUTE * 10) / 10.0;
        return new RenderedDraft(text, sentences, missingInFormOrder, words, seconds, template.target(),
                timingWarning(seconds, template.target(), !missingInFormOrder.isEmpty()));
    }

    private static final java.util.regex.Pattern ARTICLE_BEFORE = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(an?) $");
    /** Words spelt with a vowel that start with a consonant sound ("a university", "a one-year"). */
    private static final java.util.regex.Pattern CONSONANT_SOUND = java.util.regex.Pattern.compile(
            "(?i)(uni|use|usu|uti|ure|eu|ewe|one|once|ubiq).*");
    /** Words spelt with a consonant that start with a vowel sound ("an hour", "an honest"). */
    private static final java.util.regex.Pattern VOWEL_SOUND = java.util.regex.Pattern.compile("(?i)(hour|honest|honou?r|heir).*");
    /** Letters whose names start with a vowel sound, for initialisms said letter by letter ("an MBA", "an SQL report"). */
    private static final String VOWEL_LETTERS = "AEFHILMNORSX";

    /** "a" or "an" as said before {@code next}: "an Engineering Manager", "a Backend Engineer", "a university", "an MBA". */
    static String article(String next) {
        String word = next.strip().split("[\\s,;:.()]+", 2)[0].replaceAll("^[^\\p{L}\\p{N}]+", "");
        if (word.isEmpty()) {
            return "a";
        }
        if (word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && word.chars().allMatch(Character::isLetter)) {
            return VOWEL_LETTERS.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        if (Character.isDigit(word.charAt(0))) {
            return word.startsWith("8") || word.matches("(11|18)(\\D.*)?") ? "an" : "a";
        }
        boolean vowel = "aeiouAEIOU".indexOf(word.charAt(0)) >= 0;
        if (vowel && CONSONANT_SOUND.matcher(word).matches()) {
            return "a";
        }
        if (!vowel && VOWEL_SOUND.matcher(word).matches()) {
            return "an";
        }
        return vowel ? "an" : "a";
    }

    /** The template's "a [Role]" agrees with the value filled in: "an Engineering Manager". */
    private static void fixArticle(StringBuilder before, String value) {
        Matcher article = ARTICLE_BEFORE.matcher(before);
        if (article.find()) {
            String wanted = article(value);
            String written = article.group(1);
            if (!written.equalsIgnoreCase(wanted)) {
                String cased = Character.isUpperCase(written.charAt(0))
                        ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1) : wanted;
                before.replace(article.start(1), article.end(1), cased);
            }
        }
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
