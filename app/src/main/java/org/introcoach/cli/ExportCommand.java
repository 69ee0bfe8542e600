package org.introcoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.introcoach.history.AttemptContents;
import org.introcoach.history.AttemptStore;
import org.introcoach.history.History;
import org.introcoach.history.HtmlExport;
import org.introcoach.history.StoredAttempt;
import org.introcoach.storage.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a take, or all of them, as a self-contained HTML report and/or JSON.")
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ATTEMPT", description = "a take's id as 'introcoach history' lists it, 'latest', or 'all'")
    String attempt;

    @Option(names = "--html", paramLabel = "FILE", description = "write an HTML report here")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", description = "write JSON here")
    Path json;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (html == null && json == null) {
            throw new CommandLineApp.UserError("say where to write: --html FILE and/or --json FILE");
        }
        AttemptStore store = new AttemptStore(context.data().attempts(), context.clock());
        org.introcoach.draft.TemplateLibrary.Catalog templates = Templates.load(context.data(), spec.commandLine().getErr());
        HtmlExport export = new HtmlExport(context.clock().getZone(), templateId -> org.introcoach.practice.LengthTarget
                .forTemplate(templates.find(templateId), templates).band());
        if (attempt.equals("all")) {
            History history = History.read(store);
            write(html, () -> export.history(history.attempts(), history.damaged()));
            write(json, () -> Json.pretty(history.asJson()));
        } else {
            AttemptContents contents = store.load(resolve(store));
            write(html, () -> export.attempt(contents));
            write(json, () -> Json.pretty(History.attemptJson(contents)));
        }
        return 0;
    }

    private String resolve(AttemptStore store) throws java.io.IOException {
        List<StoredAttempt> stored = store.list();
        if (attempt.equals("latest")) {
            return stored.stream().filter(StoredAttempt.Complete.class::isInstance).findFirst()
                    .orElseThrow(() -> new CommandLineApp.UserError("there are no takes yet in " + store.folder())).id();
        }
        return stored.stream().filter(candidate -> candidate.id().equals(attempt)).findFirst()
                .map(found -> {
                    if (found instanceof StoredAttempt.Damaged broken) {
                        throw new CommandLineApp.UserError("the take " + attempt + " is damaged: " + broken.reason());
                    }
                    return found.id();
                })
                .orElseThrow(() -> new CommandLineApp.UserError("there is no take '" + attempt + "' in " + store.folder()
                        + "; 'introcoach history' lists them"));
    }

    private interface Content {
        String make() throws java.io.IOException;
    }

    private static void write(Path target, Content content) throws java.io.IOException {
        if (target == null) {
            return;
        }
        AtomicFiles.writeExport(target, content.make());
    }
}
