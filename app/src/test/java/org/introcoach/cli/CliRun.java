package org.introcoach.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.introcoach.storage.DataDirectory;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {
    /** November 2026: the month the sample resumes' figures were checked in. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        return in(new DataDirectory(Path.of("target/no-user-data")), args);
    }

    static CliRun in(DataDirectory data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new CliContext(data, CLOCK));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
