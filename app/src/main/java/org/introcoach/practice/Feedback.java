package org.introcoach.practice;

import java.nio.file.Path;
import java.util.List;
import org.introcoach.analysis.Report;
import org.introcoach.history.Attempt;

/**
 * A judged and saved take.
 *
 * @param warnings what the user should know about the audio (silence, a cut-short take)
 */
public record Feedback(Attempt attempt, Report report, Path recording, List<String> warnings) {
    public Feedback {
        warnings = List.copyOf(warnings);
    }
}
