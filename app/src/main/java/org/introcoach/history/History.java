package org.introcoach.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole history read at once, for exports and the command line: every complete attempt with
 * its report, and the folders that could not be read.
 */
public record History(List<AttemptContents> attempts, List<StoredAttempt.Damaged> damaged) {
    public History {
        attempts = List.copyOf(attempts);
        damaged = List.copyOf(damaged);
    }

    /** Reads every attempt; one whose report cannot be read joins the damaged ones. */
    public static History read(AttemptStore store) throws IOException {
        List<AttemptContents> attempts = new ArrayList<>();
        List<StoredAttempt.Damaged> damaged = new ArrayList<>();
        for (StoredAttempt stored : store.list()) {
            if (stored instanceof StoredAttempt.Damaged broken) {
                damaged.add(broken);
                continue;
            }
            try {
                attempts.add(store.load(stored.id()));
            } catch (IOException e) {
                damaged.add(new StoredAttempt.Damaged(stored.id(), stored.folder(), e.getMessage()));
            }
        }
        return new History(attempts, damaged);
    }

    /** The JSON export: summaries, reports and damaged folders. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attempts", attempts.stream().map(History::attemptJson).toList());
        json.put("damaged", damaged.stream().map(broken -> Map.of("id", broken.id(), "reason", broken.reason())).toList());
        return json;
    }

    public static Map<String, Object> attemptJson(AttemptContents contents) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attempt", contents.attempt());
        json.put("report", contents.report());
        return json;
    }
}
