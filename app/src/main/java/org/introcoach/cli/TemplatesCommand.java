package org.introcoach.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.introcoach.draft.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the intro templates.")
final class TemplatesCommand implements Callable<Integer> {
    enum Format { text, json }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    TemplatesCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Template> templates = Templates.load(context.data(), spec.commandLine().getErr()).templates();
        if (format == Format.json) {
            out.println(Json.pretty(templates.stream().map(TemplatesCommand::summary).toList()));
        } else {
            for (Template template : templates) {
                out.printf("%-18s %-34s %s%n", template.id(), template.title(), template.target());
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> summary(Template template) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", template.id());
        summary.put("title", template.title());
        summary.put("for", template.audience());
        summary.put("targetSeconds", Map.of("min", template.target().minSeconds(), "max", template.target().maxSeconds()));
        summary.put("fields", template.fields().stream().map(Template.Field::name).toList());
        return summary;
    }
}
