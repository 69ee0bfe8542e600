package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
        current = first.newDraft(first.templates().find("career-changer").orElseThrow(), current);
        first.rememberMicrophone("Headset");

        Workspace next = workspace();
        Workspace.Current reopened = next.open();
        assertEquals(current.resumeFile(), reopened.resumeFile());
        assertEquals("career-changer", reopened.template().id());
        assertEquals(current.draft(), reopened.draft());
        assertEquals("Headset", next.microphone());
    }

    @Test
    void correctedResumeIsSavedAsJsonResumeBesideTheOriginalAndBecomesCurrent() throws Exception {
        Workspace workspace = workspace();
        Workspace.Current current = workspace.useResume(ProjectFiles.root().resolve("samples/resumes/priya-raman.pdf"), workspace.open());
        org.introcoach.resume.Resume corrected = new org.introcoach.resume.Resume("Priya Raman", "Staff Engineer", current.resume().summary(),
                current.resume().education(), current.resume().work(), current.resume().skills(), List.of(), List.of(), List.of());
        Workspace.Current saved = workspace.saveResume(corrected, current);
        assertEquals(folder.resolve("resumes/priya-raman.json"), saved.resumeFile());
        assertEquals(corrected, new org.introcoach.resume.ResumeReader().read(saved.resumeFile()));
        assertEquals(saved.resumeFile(), workspace().open().resumeFile());
    }

    @Test
    void draftsCanBeNamedDuplicatedAndDeletedWithUndo() throws Exception {
        Workspace workspace = workspace();
        Workspace.Current current = workspace.open();
        current = workspace.updateDraft(current.draft().with("Target Team/Project", "your payments team"), current);
        var library = workspace.draftLibrary();
        var copy = library.duplicate(new org.introcoach.draft.DraftLibrary.Stored(current.draftFile(), current.draft()));
        assertEquals("Standard introduction (copy)", copy.draft().name());
        assertEquals("your payments team", copy.draft().value("Target Team/Project"));
        assertEquals(2, library.list().drafts().size());
        var deleted = library.delete(copy.file());
        assertEquals(1, library.list().drafts().size());
        library.restore(deleted);
        assertEquals(2, library.list().drafts().size());
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
