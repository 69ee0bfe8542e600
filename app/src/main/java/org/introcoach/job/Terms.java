package org.introcoach.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.introcoach.analysis.Lexicon;
import java.util.List;
import java.util.Locale;

/**
 * Words as the job check compares them: lowercase, split on anything but letters, digits, "+" and
 * "#" (so "C++", "C#" and "CI/CD" keep their shape), each reduced to a lemma by the regular English
 * endings ("payments" → "payment", "dashboards" → "dashboard", "studies" → "study"). The
 * recogniser writes words lowercase and unpunctuated, so the posting's words are brought to the
 * same form before anything is compared.
 */
public final class Terms {
    /** Words shorter than this keep their ending: "bus", "ops", "aws" are not plurals. */
    private static final int SHORTEST_PLURAL = 5;
    private static final Set<String> NAMES = names();

    private Terms() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String list : List.of("technologies", "products", "job-skills", "certificates")) {
            Lexicon.words(list).stream().filter(name -> !name.contains(" ")).forEach(names::add);
        }
        Lexicon.mapping("skill-variants").forEach((name, variants) -> {
            names.add(name);
            names.addAll(variants);
        });
        return Set.copyOf(names);
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace("’", "'").split("[^\\p{L}\\p{N}+#']+")) {
            String bare = word.replaceAll("^'+|'+$", "");
            if (bare.endsWith("'s")) {
                bare = bare.substring(0, bare.length() - 2);
            }
            if (!bare.isEmpty()) {
                words.add(lemma(bare));
            }
        }
        return words;
    }

    /** The singular of a regular English plural; other words, and names of tools ("kubernetes", "pandas"), unchanged. */
    public static String lemma(String word) {
        if (NAMES.contains(word) || word.length() < SHORTEST_PLURAL || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
