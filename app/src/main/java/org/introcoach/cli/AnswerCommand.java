package org.introcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.SpokenText;
import org.introcoach.followup.AnswerFeedback;
import org.introcoach.followup.AnswerJudge;
import org.introcoach.followup.Question;
import org.introcoach.followup.QuestionBank;
import org.introcoach.history.AnswerStore;
import org.introcoach.history.SavedAnswer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "answer", mixinStandardHelpOptions = true,
        description = {"Judge a spoken answer to one question of the bank: length against the target for its kind, fillers,",
            "pace, the key points made and missed, and for a behavioural question its situation/task/action/result shape.",
            "With --list, the answers practised in the app."})
final class AnswerCommand implements Callable<Integer> {
    enum Format { json, text }

    static final class Speech {
        @Option(names = "--audio", required = true, paramLabel = "FILE", description = "a recording of the answer")
        Path audio;

        @Option(names = "--transcript", required = true, paramLabel = "FILE",
                description = "a transcript: the JSON 'introcoach transcribe' prints, or plain text (then timing is unavailable)")
        Path transcript;
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--question", paramLabel = "ID", description = "the question's id (see 'introcoach questions --list')")
    String question;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Speech speech;

    @Option(names = "--list", description = "list the saved answers instead")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text")
    Format format = Format.json;

    @Mixin
    ModelOption model;

    AnswerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            printSaved(out, AnswerStore.in(context.data(), context.clock()).list());
            return 0;
        }
        if (question == null || speech == null) {
            throw new CommandLineApp.UserError("answer needs --question ID and one of --audio FILE or --transcript FILE (or --list)");
        }
        QuestionBank bank = Questions.load(context.data(), err);
        Question asked = bank.find(question).orElseThrow(() -> new CommandLineApp.UserError(
                "no question has the id '" + question + "' (see 'introcoach questions --list')"));
        SpokenText spoken = SpokenText.of(speech.audio != null ? Questions.transcribe(model, speech.audio, List.of(), err)
                : AnalyzeCommand.readTranscript(speech.transcript));
        AnswerFeedback feedback = new AnswerJudge(LanguageModels.loadBundled().newAnnotator()).judge(asked, spoken.words(), spoken.timed());
        if (format == Format.json) {
            out.println(Json.pretty(feedback));
        } else {
            printText(out, feedback);
        }
        out.flush();
        return 0;
    }

    static void printText(PrintWriter out, AnswerFeedback feedback) {
        out.println(feedback.question());
        String kind = switch (feedback.kind()) {
            case "opener" -> "an opener follow-up";
            case "behavioural" -> "a behavioural";
            default -> "a " + feedback.kind();
        };
        String target = "%d-%d s target for %s question".formatted(feedback.targetMinSeconds(), feedback.targetMaxSeconds(), kind);
        out.println(feedback.durationSeconds() == null ? "  length   unknown without timings (the " + target + ")"
                : String.format(java.util.Locale.ROOT, "  length   %.0f s, %s the %s", feedback.durationSeconds(), feedback.duration(), target));
        out.printf(java.util.Locale.ROOT, "  pace     %s%s%n", feedback.pace(),
                feedback.wordsPerMinute() == null ? "" : " (%.0f words a minute)".formatted(feedback.wordsPerMinute()));
        out.printf("  fillers  %d%n", feedback.fillerCount());
        out.printf("  key points %d of %d:%n", feedback.pointsCovered(), feedback.keyPoints().size());
        for (AnswerFeedback.PointCheck point : feedback.keyPoints()) {
            out.printf("    [%s] %s%s%n", point.covered() ? "made" : "missed", point.point(),
                    point.covered() ? " (heard: " + String.join(", ", point.heard()) + ")" : "");
        }
        if (!feedback.shape().isEmpty()) {
            out.println("  shape:");
            for (AnswerFeedback.ShapePart part : feedback.shape()) {
                out.printf("    %-9s %s%n", part.part(), part.present() ? "\"" + part.quote() + "\"" : "not heard");
            }
        }
        if (!feedback.advice().isEmpty()) {
            out.println("  advice:");
            feedback.advice().forEach(line -> out.println("    - " + line));
        }
    }

    private void printSaved(PrintWriter out, AnswerStore.Listing listing) {
        if (format == Format.json) {
            out.println(Json.pretty(java.util.Map.of("answers", listing.answers(),
                    "damaged", listing.damaged().stream().map(d -> java.util.Map.of("id", d.id(), "reason", d.reason())).toList())));
        } else {
            for (SavedAnswer saved : listing.answers()) {
                AnswerFeedback feedback = saved.feedback();
                out.printf("%-26s %-26s %d/%d points  %s%n", saved.id(), saved.questionId(), feedback.pointsCovered(),
                        feedback.keyPoints().size(), saved.question());
            }
            listing.damaged().forEach(damaged -> out.printf("%-26s damaged: %s%n", damaged.id(), damaged.reason()));
        }
        out.flush();
    }
}
