package org.introcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftFiller;
import org.introcoach.draft.DraftRenderer;
import org.introcoach.draft.DraftStore;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.resume.ResumeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft an intro from a template, filled from a resume and your own values.")
final class DraftCommand implements Callable<Integer> {
    enum Format { text, json }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    DraftCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--template", required = true, paramLabel = "ID", description = "template id (see 'introcoach templates')")
    String templateId;

    @Option(names = "--resume", paramLabel = "FILE", description = "fill what the resume can answer")
    Path resume;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "a field's value, e.g. --set \"Target Team/Project=your data team\"")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--save", paramLabel = "FILE", description = "also save the draft as JSON")
    Path save;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var catalog = Templates.load(context.data(), spec.commandLine().getErr());
        Template template = catalog.find(templateId).orElseThrow(() -> new CommandLineApp.UserError("there is no template '"
                + templateId + "'; choose one of " + catalog.templates().stream().map(Template::id).collect(Collectors.joining(", "))));
        for (String field : values.keySet()) {
            if (template.field(field).isEmpty()) {
                throw new CommandLineApp.UserError("the template '" + templateId + "' has no field [" + field + "]; its fields are "
                        + template.fields().stream().map(Template.Field::name).collect(Collectors.joining(", ")));
            }
        }
        Draft draft = new Draft("", template.id(), Map.of());
        if (resume != null) {
            draft = new DraftFiller().fillDraft(draft, template, new ResumeReader().read(resume), context.thisMonth());
        }
        draft = draft.withAll(values);
        if (save != null) {
            new DraftStore().export(save, draft);
        }
        RenderedDraft rendered = new DraftRenderer().render(template, draft);
        if (format == Format.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("template", template.id());
            document.put("fields", draft.values());
            document.put("text", rendered.text());
            document.put("missingFields", rendered.missingFields());
            document.put("words", rendered.wordCount());
            document.put("estimatedSeconds", rendered.estimatedSeconds());
            document.put("targetSeconds", Map.of("min", template.target().minSeconds(), "max", template.target().maxSeconds()));
            document.put("timingWarning", rendered.timingWarning().orElse(null));
            out.println(Json.pretty(document));
        } else {
            out.println(rendered.text());
            out.println();
            out.printf("%d words, about %.0f s at a natural pace (target %s)%n", rendered.wordCount(),
                    rendered.estimatedSeconds(), template.target());
            if (!rendered.isComplete()) {
                out.println("Still to fill: " + String.join(", ", rendered.missingFields()));
            }
            rendered.timingWarning().ifPresent(out::println);
        }
        out.flush();
        return 0;
    }
}
