package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.resume.UnreadableResumeException;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace() throws Exception {
        DataDirectory data = new DataDirectory(folder);
        return new Workspace(data, new TemplateLibrary().load(data.templates()), CLOCK);
    }

    @Test
    void firstRunStartsFromTheSampleResumeAndTheStandardTemplateFilledFromIt() throws Exception {
        Workspace.Current current = workspace().open();
        assertEquals("Maria Chen", current.resume().name());
        assertEquals(folder.resolve("resumes/maria-chen.json"), current.resumeFile());
        assertEquals("standard", current.template().id());
        assertEquals("Maria Chen", current.draft().value("Name"));
        assertTrue(Files.exists(current.draftFile()));
        assertTrue(current.notice().isEmpty());
    }

    @Test
    void resumeAndTemplateChosenAreRememberedForTheNextRun() throws Exception {
        Workspace first = workspace();
        Workspace.Current current = first.open();
        current = first.useResume(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), current);
        current = first.useTemplate(first.templates().find("career-changer").orElseThrow(), current);
        first.rememberMicrophone("Headset");

        Workspace next = workspace();
        Workspace.Current reopened = next.open();
        assertEquals(current.resumeFile(), reopened.resumeFile());
        assertEquals("career-changer", reopened.template().id());
        assertEquals(current.draft(), reopened.draft());
        assertEquals("Headset", next.microphone());
    }

    @Test
    void aFileThatIsNotAResumeChangesNothing() throws Exception {
        Workspace workspace = workspace();
        Workspace.Current current = workspace.open();
        Path broken = Files.writeString(folder.resolve("broken.json"), "{ \"basics\": ");
        assertThrows(UnreadableResumeException.class, () -> workspace.useResume(broken, current));
        assertEquals("Maria Chen", workspace().open().resume().name());
    }

    @Test
    void resumeThatHasGoneMissingFallsBackToTheSampleAndSaysSo() throws Exception {
        Workspace first = workspace();
        Path copy = Files.copy(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), folder.resolve("james.md"));
        first.useResume(copy, first.open());
        Files.delete(copy);

        Workspace.Current reopened = workspace().open();
        assertEquals("Maria Chen", reopened.resume().name());
        assertTrue(reopened.notice().orElseThrow().startsWith("Your resume could not be opened"), reopened.notice().toString());
    }
}
