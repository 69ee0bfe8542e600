package org.introcoach.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.draft.Template;
import org.introcoach.draft.TemplateLibrary;

/**
 * How long a take should be, and where that comes from: the one rule the app, the command line,
 * the Progress charts and the feedback's wording share. A take judged against a draft has its
 * template's target; one judged against the resume alone has the target of the template a new
 * user starts from ({@link Workspace#STARTING_TEMPLATE}), so the same 27 s take is "in the
 * band" or not in the same way everywhere.
 *
 * @param band  the seconds to aim for
 * @param from  where the band comes from, in words ("the template 'Standard introduction'")
 */
public record LengthTarget(Template.TargetBand band, String from) {

    /** The target of the template a draft was made from. */
    public static LengthTarget of(Template template) {
        return new LengthTarget(template.target(), "the template '" + template.title() + "'");
    }

    /** The target without a draft: that of the starting template of {@code catalog}. */
    public static LengthTarget withoutDraft(TemplateLibrary.Catalog catalog) {
        return catalog.find(Workspace.STARTING_TEMPLATE).or(() -> catalog.templates().stream().findFirst())
                .map(template -> new LengthTarget(template.target(), "the default template '" + template.title() + "', no draft given"))
                .orElseGet(() -> new LengthTarget(IntroAnalyzer.DEFAULT_TARGET, "the usual length of an intro, no template installed"));
    }

    /** The target without a draft, from the bundled templates (for callers that have no catalog of their own). */
    public static LengthTarget withoutDraft() {
        return Bundled.TARGET;
    }

    /** The template's target when there is one, else the one without a draft. */
    public static LengthTarget forTemplate(Optional<Template> template, TemplateLibrary.Catalog catalog) {
        return template.map(LengthTarget::of).orElseGet(() -> withoutDraft(catalog));
    }

    /** "Target 20–45 s (from the template 'Standard introduction')". */
    public String label() {
        return "Target %s (from %s)".formatted(range(), from);
    }

    /** "20–45 s". */
    public String range() {
        return "%d–%d s".formatted(band.minSeconds(), band.maxSeconds());
    }

    private static final class Bundled {
        static final LengthTarget TARGET = load();

        private static LengthTarget load() {
            try {
                return withoutDraft(new TemplateLibrary().load(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
