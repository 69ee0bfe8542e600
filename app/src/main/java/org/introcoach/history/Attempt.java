package org.introcoach.history;

import java.time.Instant;
import java.util.Map;

/**
 * One saved take at a glance: what the history list shows without opening the report.
 *
 * @param source   "microphone" or the name of the imported file
 * @param scores   dimension id to score
 * @param draft    the draft's name, or empty when judged against the resume only
 */
public record Attempt(String id, Instant recordedAt, String source, double durationSeconds, String resumeName,
                      String draft, String templateId, int overall, Map<String, Integer> scores,
                      Double wordsPerMinute, Double fillersPerMinute) {
    public Attempt {
        scores = Map.copyOf(scores);
        draft = draft == null ? "" : draft;
        templateId = templateId == null ? "" : templateId;
    }
}
