package org.introcoach.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The analysis's word lists, one file a list under {@code lexicon/} beside this class (see its
 * README for each list's purpose and source). A line is one entry; {@code #} starts a comment.
 * Cue lists are phrases where {@code *} stands for any one word and {@code (a|b)}, {@code x?}
 * work as in regular expressions. Lists are read once from the application's own resources and
 * never change, so the analysis stays a function of its inputs.
 */
public final class Lexicon {
    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> SETS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Lexicon() {
    }

    /** The entries of list {@code name}, lowercase. */
    public static Set<String> words(String name) {
        return SETS.computeIfAbsent(name, key -> Set.copyOf(lines(key)));
    }

    /** Entries in file order (for lists where order matters, such as ranks). */
    public static List<String> entries(String name) {
        return lines(name);
    }

    /**
     * Entries written {@code key: value, value}: a canonical form and its variants, or a word and
     * its rank. Keys and values are lowercase.
     */
    public static Map<String, List<String>> mapping(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                map.put(line.strip(), List.of());
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String value : line.substring(colon + 1).split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            map.put(line.substring(0, colon).strip(), List.copyOf(values));
        }
        return map;
    }

    /** A cue anywhere, as whole words: {@code \b(cue|cue)\b}. */
    static Pattern anywhere(String name) {
        return PATTERNS.computeIfAbsent("any:" + name, key -> Pattern.compile("\\b(" + alternation(name) + ")\\b"));
    }

    /** A cue followed by the words it introduces: {@code \b(cue|cue)\s+}. */
    static Pattern before(String name) {
        return PATTERNS.computeIfAbsent("before:" + name, key -> Pattern.compile("\\b(" + alternation(name) + ")\\s+"));
    }

    /** A cue at the start of the text: {@code ^(cue|cue)\b}. */
    static Pattern atStart(String name) {
        return PATTERNS.computeIfAbsent("start:" + name, key -> Pattern.compile("^(?:" + alternation(name) + ")\\b"));
    }

    private static String alternation(String name) {
        return lines(name).stream().map(Lexicon::phrasePattern).collect(Collectors.joining("|"));
    }

    private static String phrasePattern(String phrase) {
        return phrase.replaceAll("(?<![\\w)])\\*(?![\\w(])", "[^ ]+");
    }

    private static List<String> lines(String name) {
        return LINES.computeIfAbsent(name, Lexicon::read);
    }

    private static List<String> read(String name) {
        String resource = "lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + resource + " is missing from the application");
            }
            Set<String> entries = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
