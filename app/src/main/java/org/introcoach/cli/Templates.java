package org.introcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.storage.DataDirectory;

/** Loads the template catalog for a command, reporting files that did not load as warnings. */
final class Templates {
    private Templates() {
    }

    static TemplateLibrary.Catalog load(DataDirectory data, PrintWriter err) throws IOException {
        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(data.templates());
        catalog.problems().forEach(problem -> err.println("introcoach: warning: template skipped: " + problem));
        return catalog;
    }
}
