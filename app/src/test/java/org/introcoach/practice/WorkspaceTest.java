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
        Path original = Files.copy(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), folder.resolve("james.md"));
        Workspace.Current opened = first.useResume(original, first.open());
        Files.delete(opened.resumeFile());

        Workspace.Current reopened = workspace().open();
        assertEquals("Maria Chen", reopened.resume().name());
        assertTrue(reopened.notice().orElseThrow().startsWith("Your resume could not be opened"), reopened.notice().toString());
    }

    @Test
    void anOpenedResumeIsCopiedIntoTheDataFolderPrivatelyAndTheSettingsNameTheCopy() throws Exception {
        Workspace workspace = workspace();
        Path original = Files.copy(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), folder.resolve("James Patel CV.md"));
        Workspace.Current current = workspace.useResume(original, workspace.open());
        Path kept = folder.resolve("resumes/james-patel-cv.md");
        assertEquals(kept, current.resumeFile());
        assertEquals(Files.readString(original), Files.readString(kept));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertTrue(workspace.resumeLibrary().list().contains(kept), "listed under Your resumes");

        Files.delete(original);
        assertEquals("James Patel", workspace().open().resume().name(), "the next start reads the copy, not the original");
        assertEquals(current.resumeFile(), workspace.useResume(kept, current).resumeFile(), "the copy itself is used as it is");
        Path again = Files.copy(kept, folder.resolve("elsewhere.md"));
        assertEquals(kept, workspace.useResume(again, current).resumeFile(), "the same resume opened again reuses its copy");
    }

    @Test
    void aDraftForAnotherPersonIsFlaggedAndRefilledFromTheNewResumeKeepingWhatTheUserWrote() throws Exception {
        Workspace workspace = workspace();
        Workspace.Current sample = workspace.open();
        sample = workspace.updateDraft(sample.draft().with("Target Team/Project", "your data team"), sample);
        assertEquals(List.of(), workspace.conflicts(sample), "the sample draft agrees with the sample resume");

        Workspace.Current james = workspace.useResume(ProjectFiles.root().resolve("samples/resumes/james-patel.md"), sample);
        List<String> conflicts = workspace.conflicts(james);
        assertTrue(conflicts.stream().anyMatch(line -> line.contains("Maria Chen") && line.contains("James Patel's resume")), conflicts.toString());
        assertTrue(conflicts.stream().anyMatch(line -> line.contains("Stripe")), conflicts.toString());

        Workspace.Refilled refilled = workspace.refillDrafts(james);
        assertEquals(1, refilled.drafts());
        assertEquals("James Patel", refilled.current().draft().value("Name"));
        assertEquals("your data team", refilled.current().draft().value("Target Team/Project"));
        assertEquals(List.of(), workspace.conflicts(refilled.current()));
        assertEquals("James Patel", new org.introcoach.draft.DraftStore().load(james.draftFile()).value("Name"), "saved");
    }

    @Test
    void aDraftShorteningTheNameOrSayingTheSchoolWithTheAgreesWithTheResume() throws Exception {
        Workspace workspace = workspace();
        Workspace.Current current = workspace.open();
        current = workspace.updateDraft(current.draft().with("Name", "Maria").with("University", "University of Washington"), current);
        assertEquals(List.of(), workspace.conflicts(current));
    }

    @Test
    void onlyTheVeryFirstStartIsAFirstStart() throws Exception {
        Workspace first = workspace();
        assertTrue(first.firstStart());
        first.open();
        org.junit.jupiter.api.Assertions.assertFalse(workspace().firstStart());
    }
}
