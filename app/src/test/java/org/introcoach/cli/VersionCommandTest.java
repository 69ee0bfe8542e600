package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.introcoach.testing.ProjectVersion;
import org.junit.jupiter.api.Test;

class VersionCommandTest {
    @Test
    void versionPrintsTheVersionThePomDeclares() throws Exception {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("IntroCoach " + ProjectVersion.inThePom()), run.out().lines().toList());
        assertEquals("", run.err());
    }
}
