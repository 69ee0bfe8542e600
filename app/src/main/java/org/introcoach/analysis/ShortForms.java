package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Short forms of a resume name as people say them: its words cut short, its initials spelt out. */
final class ShortForms {
    private ShortForms() {
    }

    /**
     * How people shorten an institution's name: its words cut short ("georgia tech" for Georgia
     * Institute of Technology) or its initials, spelt out ("u c l a", "m i t"), or the short form
     * the name itself gives ("e n a" for École Nationale d'Architecture de Rabat (ENA Rabat)).
     */
    static boolean of(List<String> spoken, String name) {
        List<String> heard = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) {
            boolean between = i > 0 && i + 1 < spoken.size() && spoken.get(i - 1).length() == 1 && spoken.get(i + 1).length() == 1;
            if (!(between && (spoken.get(i).equals("of") || spoken.get(i).equals("and")))) {
                heard.add(spoken.get(i));
            }
        }
        while (heard.size() > 1 && heard.get(heard.size() - 1).length() > 1 && ResumeWords.STOP.contains(heard.get(heard.size() - 1))) {
            heard.remove(heard.size() - 1); // "r i t and ..."
        }
        List<String> words = ResumeWords.tokens(name);
        String spelt = heard.stream().allMatch(w -> w.length() == 1) ? String.join("", heard) : "";
        if (spelt.length() >= 2 && words.contains(spelt)) {
            return true;
        }
        // initials of the words that are not stop words, and of those that are not particles either ("u s p": Universidade de Sao Paulo)
        Set<String> initials = new LinkedHashSet<>(List.of(initials(words, w -> false), initials(words, w -> w.length() <= 3 && ResumeWords.GENERIC_NAME_WORDS.contains(w))));
        // and of the parts of a word written in camel case ("u k z n": University of KwaZulu-Natal)
        initials.add(initials(ResumeWords.tokens(name.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2")), w -> false));
        for (String initial : initials) {
            if (heard.size() == 1 && heard.get(0).length() >= 3 && heard.get(0).equals(initial)) {
                return true;
            }
            if (heard.size() > 1 && !spelt.isEmpty() && initial.startsWith(spelt) && heard.size() >= Math.min(3, initial.length())) {
                return true;
            }
            int letters = 0;
            while (letters < heard.size() && heard.get(letters).length() == 1) {
                letters++;
            }
            if (letters >= 2 && letters < heard.size() && initial.startsWith(String.join("", heard.subList(0, letters)))) {
                return of(heard.subList(letters, heard.size()), name);
            }
        }
        return !ResumeWords.GENERIC_NAME_WORDS.containsAll(heard) && heard.stream().allMatch(w -> words.stream()
                .anyMatch(part -> SoundsAlike.words(w, part) || w.length() >= 3 && part.startsWith(w)));
    }

    private static String initials(List<String> words, java.util.function.Predicate<String> particle) {
        return words.stream().filter(w -> !ResumeWords.STOP.contains(w) && !particle.test(w)).map(w -> w.substring(0, 1)).collect(Collectors.joining());
    }

    /**
     * "the economic and social commission for western asia" for United Nations ESCWA: the words
     * of an acronym the resume writes, said in full, their initials spelling it (stop words aside).
     */
    static java.util.Optional<int[]> spokenInFull(List<String> tokens, String name) {
        for (String acronym : name.split("[^\\p{L}]+")) {
            if (acronym.length() < MIN_ACRONYM || !acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            String letters = acronym.toLowerCase(java.util.Locale.ROOT);
            for (int start = 0; start < tokens.size(); start++) {
                StringBuilder initials = new StringBuilder();
                int end = start;
                while (end < tokens.size() && initials.length() < letters.length() && !ResumeWords.STOP.contains(tokens.get(start))) {
                    String word = tokens.get(end++);
                    if (!ResumeWords.STOP.contains(word)) {
                        initials.append(word.charAt(0));
                    }
                    if (!letters.startsWith(initials.toString())) {
                        break;
                    }
                }
                if (initials.toString().equals(letters)) {
                    return java.util.Optional.of(new int[] {start, end});
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Letters, at least, of an acronym looked for in full: two-letter ones ("UN") match too much by chance; three (NHS) only after a place-of-work word. */
    private static final int MIN_ACRONYM = 3;
}
