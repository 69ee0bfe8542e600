package org.introcoach.analysis;

import java.util.List;

/** The claims of one intro, in speaking order, found once by {@link ClaimFinder} and read by every consistency rule. */
record Claims(List<Claim> all) {
    /**
     * Words heard with mean confidence below 0.7 cannot support an accusation: on the Vosk small
     * model, misrecognised names in the project's samples averaged 0.4-0.6, clear words 0.9-1.0.
     */
    static final double CONFIDENT = 0.7;

    Claims {
        all = List.copyOf(all);
    }

    List<Claim> of(Claim.Kind kind) {
        return all.stream().filter(claim -> claim.kind() == kind).toList();
    }
}
