package org.introcoach.draft;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An intro template: sentences with named placeholders such as {@code [Name]}, each sentence
 * tagged with the part of the intro it plays, and the length the spoken intro should have.
 * {@code order} places it in lists (lowest first).
 */
public record Template(String id, String title, String audience, int order, TargetBand target, List<Field> fields,
                       List<Sentence> sentences, String source) {
    static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\[\\]]+)]");

    /** A placeholder the user fills. */
    public record Field(String name, String label, String hint, FillSource fill) {
    }

    /**
     * One sentence of the template; {@code ifEnded}, when given, is the same sentence for a role
     * the user has left ("At [Company] I led...", not "I lead..."), with the same placeholders.
     */
    public record Sentence(IntroSection section, String text, String ifEnded) {
        public Sentence(IntroSection section, String text) {
            this(section, text, null);
        }

        /** The wording for a draft whose role is held ({@code ended} false) or has ended. */
        public String text(boolean ended) {
            return ended && ifEnded != null ? ifEnded : text;
        }

        public List<String> placeholders() {
            Matcher matcher = PLACEHOLDER.matcher(text);
            return matcher.results().map(result -> result.group(1)).toList();
        }
    }

    /** The spoken length to aim for, in seconds. */
    public record TargetBand(int minSeconds, int maxSeconds) {
        @Override
        public String toString() {
            return minSeconds + "-" + maxSeconds + " s";
        }
    }

    public Template {
        fields = List.copyOf(fields);
        sentences = List.copyOf(sentences);
    }

    /** Whether {@code text} still holds a placeholder: a field left empty. */
    public static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
