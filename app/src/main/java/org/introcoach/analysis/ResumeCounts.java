package org.introcoach.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;

/** What the resume counts: the lines that state results, and the words its numbers count with. */
final class ResumeCounts {
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");
    private static final Set<String> NOT_COUNTED = Lexicon.words("not-counted");

    private ResumeCounts() {
    }

    /** The resume's lines that state results: every job's highlights and summary, the projects, the summary. */
    static List<String> resultLines(Resume resume) {
        List<String> lines = new java.util.ArrayList<>();
        for (Job job : resume.work()) {
            lines.addAll(job.highlights());
            lines.add(job.summary());
        }
        resume.projects().forEach(p -> lines.add(p.description()));
        lines.add(resume.summary());
        return lines.stream().filter(line -> line != null && !line.isBlank()).toList();
    }

    /** Words after a number the resume counts things by, at most this many ("5 oncology trials"). */
    static final int COUNTED_WORDS = 2;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d[\\d,.]*");

    /**
     * The words the resume counts with, right after a number: "Coordinate 5 oncology trials" counts
     * "oncology" and "trials", "Mentored four surveyors" "surveyors". A number said with one of them is a quantity
     * of that, whatever the unit lexicon knows ("twelve oncology trials", "fifteen field adjusters").
     */
    static Set<String> countedWords(Resume resume) {
        Set<String> counted = new java.util.HashSet<>();
        for (String line : resultLines(resume)) {
            List<String> words = List.of(line.toLowerCase(Locale.ROOT).replace("&", "").replaceAll("[^\\p{L}\\d,. ]", " ").trim().split("\\s+"));
            java.util.Set<Integer> numberEnds = new java.util.HashSet<>();
            SpokenNumbers.find(words).stream().filter(n -> !n.year()).forEach(n -> numberEnds.add(n.to() - 1));
            for (int i = 0; i < words.size(); i++) {
                if (!DIGITS.matcher(words.get(i)).matches() && !numberEnds.contains(i)) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(words.size(), i + 1 + COUNTED_WORDS); j++) {
                    String word = words.get(j).replaceAll("[,.]+$", "");
                    if (word.length() < 3 && word.chars().allMatch(Character::isLetter) && !ResumeWords.STOP.contains(word) && !FUNCTION_WORDS.contains(word)) {
                        continue; // "11 M&A transactions" counts transactions
                    }
                    if (word.length() < 3 || ResumeWords.STOP.contains(word) || FUNCTION_WORDS.contains(word) || NOT_COUNTED.contains(word)
                            || DIGITS.matcher(word).matches()) {
                        break;
                    }
                    counted.add(word);
                }
            }
        }
        return counted;
    }

}
