package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures a resume states (in its highlights and summaries), read for {@link QuantityRule} to compare figures said with. */
final class ResumeFigures {
    private ResumeFigures() {
    }

    /** A number the resume states, what it counts, and the text it sits in. */
    record Stated(double value, String unit, String context, double inHours) {
        Stated(double value, String unit, String context) {
            this(value, unit, context, value);
        }
    }

    /**
     * The factor a change from one figure to another makes: it backs a factor said ("halved" for 90
     * to 45 minutes, "doubled") but never contradicts one, since the speaker may mean another measure.
     */
    static final String CHANGE_FACTOR = "factor of a change";
    private static final Pattern CHANGE = Pattern.compile("\\bfrom\\s+(\\d[\\d,]*(?:\\.\\d+)?)\\s*%?\\s+to\\s+(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern RESUME_NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(%|k\\b(?!&)|m\\b(?!&)|bn\\b|b\\b(?!&)|x\\b|million|thousand|billion)?\\s*([\\p{L}]+)?");
    /** Signs that make a resume number an amount of money ("$1.4M"). */
    private static final String CURRENCY = "$€£¥₹";
    static final Pattern TEAM_OF = Pattern.compile("\\b(" + String.join("|", Lexicon.words("team-words")) + ") of\\s*$");
    /** How many hours one of the time unit named first in the words is ("two days" is 48 hours). */
    static double hours(List<String> words) {
        return words.stream().filter(TIME_UNITS::containsKey).findFirst()
                .map(word -> Double.parseDouble(TIME_UNITS.get(word).get(0))).orElse(1.0);
    }

    /** How many hours each time unit is ({@code time-units.txt}). */
    private static final java.util.Map<String, List<String>> TIME_UNITS = Lexicon.mapping("time-units");

    /** Every number in the resume's highlights and summaries, with what it counts. */
    /** @param counted the words the resume counts with ({@link ResumeCounts#countedWords}), read once an intro */
    static List<Stated> stated(Intro intro, Set<String> counted) {
        List<Stated> stated = new ArrayList<>();
        for (String line : ResumeCounts.resultLines(intro.resume())) {
            String lower = " " + String.join(" ", ResumeWords.tokens(line)) + " ";
            // "cut reporting time by half": a fraction in words is a share
            QuantityClaims.FRACTIONS.forEach((fraction, percent) -> {
                if (lower.contains(" " + fraction + " ")) {
                    stated.add(new Stated(Double.parseDouble(percent.get(0)), "percent", line.strip()));
                }
            });
            // "turnaround down from 90 to 45 minutes": a change from one figure to another is also a factor ("halved")
            Matcher change = CHANGE.matcher(line.toLowerCase(Locale.ROOT));
            while (change.find()) {
                double before = Double.parseDouble(change.group(1).replace(",", ""));
                double after = Double.parseDouble(change.group(2).replace(",", ""));
                if (before > 0 && after > 0 && before != after) {
                    stated.add(new Stated(Math.max(before, after) / Math.min(before, after), CHANGE_FACTOR, line.strip()));
                }
            }
            Matcher matcher = RESUME_NUMBER.matcher(line.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                double value = Double.parseDouble(matcher.group(1).replace(",", ""));
                List<String> following = ResumeWords.tokens(line.toLowerCase(Locale.ROOT).substring(matcher.end(1)));
                double written = value;
                following.stream().limit(ResumeCounts.COUNTED_WORDS).filter(counted::contains)
                        .forEach(word -> stated.add(new Stated(written, QuantityClaims.COUNT + word, line.strip())));
                String scale = matcher.group(2);
                if (scale != null) {
                    value *= switch (scale) {
                        case "k", "thousand" -> 1_000;
                        case "m", "million" -> 1_000_000;
                        case "b", "bn", "billion" -> 1_000_000_000;
                        default -> 1;
                    };
                }
                String unit = scale != null && scale.equals("%") ? "percent" : scale != null && scale.equals("x") ? "times"
                        : matcher.start() > 0 && CURRENCY.indexOf(line.charAt(matcher.start() - 1)) >= 0 ? "money"
                        : matcher.group(3) == null ? null : QuantityClaims.resumeUnitOf(matcher.group(3)).orElse(null);
                if (unit == null) {
                    List<String> after = ResumeWords.tokens(line.toLowerCase(Locale.ROOT).substring(matcher.end(1)));
                    for (int i = 0; i < Math.min(after.size(), QuantityClaims.UNIT_WITHIN) && unit == null; i++) {
                        unit = QuantityClaims.resumeUnitOf(after.get(i)).orElse(null);
                    }
                }
                if (unit == null && TEAM_OF.matcher(line.toLowerCase(Locale.ROOT).substring(0, matcher.start())).find()) {
                    unit = "people";
                }
                double inHours = "hours".equals(unit)
                        ? value * hours(ResumeWords.tokens(line.toLowerCase(Locale.ROOT).substring(matcher.end(1))).stream().limit(3).toList()) : value;
                stated.add(new Stated(value, unit, line.strip(), inHours));
            }
            List<String> words = ResumeWords.tokens(line);
            for (SpokenNumbers.Spoken number : SpokenNumbers.find(words)) {
                if (!number.year() && !words.get(number.from()).matches("\\d+")) {
                    boolean found = false;
                    for (int i = number.to(); i < Math.min(words.size(), number.to() + 2) && !found; i++) {
                        var unit = QuantityClaims.resumeUnitOf(words.get(i));
                        if (unit.isPresent()) {
                            stated.add(new Stated(number.value(), unit.get(), line.strip(),
                                    unit.get().equals("hours") ? number.value() * hours(List.of(words.get(i))) : number.value()));
                            found = true;
                        }
                    }
                    for (int i = number.to(); !found && i < Math.min(words.size(), number.to() + ResumeCounts.COUNTED_WORDS); i++) {
                        if (counted.contains(words.get(i))) { // "Mentored four surveyors", "three Fiordland fiords"
                            stated.add(new Stated(number.value(), QuantityClaims.COUNT + words.get(i), line.strip()));
                        }
                    }
                    if (!found && TEAM_OF.matcher(String.join(" ", words.subList(0, number.from()))).find()) {
                        stated.add(new Stated(number.value(), "people", line.strip())); // "Lead a curatorial team of five"
                    }
                }
            }
        }
        return stated;
    }
}
