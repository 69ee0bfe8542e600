package org.introcoach.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.introcoach.analysis.Timestamps;
import org.introcoach.history.Attempt;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.StoredAttempt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List your saved takes, newest first, with their scores.")
final class HistoryCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredAttempt> stored = new AttemptStore(context.data().attempts(), context.clock()).list();
        List<Attempt> attempts = stored.stream().filter(StoredAttempt.Complete.class::isInstance)
                .map(complete -> ((StoredAttempt.Complete) complete).attempt()).toList();
        List<StoredAttempt.Damaged> damaged = stored.stream().filter(StoredAttempt.Damaged.class::isInstance)
                .map(StoredAttempt.Damaged.class::cast).toList();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("attempts", attempts);
            json.put("damaged", damaged.stream().map(broken -> Map.of("id", broken.id(), "reason", broken.reason())).toList());
            out.println(Json.pretty(json));
        } else if (stored.isEmpty()) {
            out.println("No takes yet in " + context.data().attempts() + ".");
        } else {
            out.printf("%-26s %-16s %-24s %5s %5s %5s %5s %5s %7s%n", "ATTEMPT", "WHEN", "DRAFT", "TIME", "CONS", "STRU",
                    "CONC", "MOTI", "OVERALL");
            ZoneId zone = context.clock().getZone();
            for (Attempt attempt : attempts) {
                out.printf("%-26s %-16s %-24s %5s %5d %5d %5d %5d %7d%n", attempt.id(),
                        WHEN.format(attempt.recordedAt().atZone(zone)), clip(attempt.draft().isEmpty() ? "-" : attempt.draft()),
                        Timestamps.duration(attempt.durationSeconds()), attempt.scores().getOrDefault("consistency", 0),
                        attempt.scores().getOrDefault("structure", 0), attempt.scores().getOrDefault("conciseness", 0),
                        attempt.scores().getOrDefault("motivation", 0), attempt.overall());
            }
            for (StoredAttempt.Damaged broken : damaged) {
                out.printf("%-26s damaged: %s%n", broken.id(), broken.reason());
            }
        }
        out.flush();
        return 0;
    }

    private static String clip(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }
}
