package org.introcoach.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rank ladders of professions whose titles are ranks ({@code rank-ladders.txt}): police,
 * armed forces, merchant navy, flight crew, kitchen brigade, fire service, academia. They sit beside
 * the general seniority ladder, which does not know that an inspector outranks a sergeant.
 */
final class RankLadders {
    private static final List<List<List<String>>> LADDERS = Lexicon.words("rank-ladders").stream()
            .map(line -> Arrays.stream(line.split("<")).map(rung -> List.of(rung.strip().split(" "))).toList()).toList();

    private RankLadders() {
    }

    /** Whether the claimed title stands on a higher rung than every resume title on a ladder they share. */
    static boolean above(List<String> claimed, List<String> resumeTitles) {
        for (List<List<String>> ladder : LADDERS) {
            OptionalInt said = rung(ladder, claimed);
            if (said.isEmpty()) {
                continue;
            }
            OptionalInt held = resumeTitles.stream().map(ResumeWords::tokens).map(title -> rung(ladder, title))
                    .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max();
            if (held.isPresent() && said.getAsInt() > held.getAsInt()) {
                return true;
            }
        }
        return false;
    }

    /** The highest rung of the ladder the words hold (a longer rung holding a shorter one is above it). */
    private static OptionalInt rung(List<List<String>> ladder, List<String> words) {
        for (int rung = ladder.size() - 1; rung >= 0; rung--) {
            if (Collections.indexOfSubList(words, ladder.get(rung)) >= 0) {
                return OptionalInt.of(rung);
            }
        }
        return OptionalInt.empty();
    }
}
