package org.introcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.introcoach.audio.WavRecordingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void preparingTheFolderMakesOldTakesPrivateAndRemovesLeftoverTemporaryFiles() throws Exception {
        Path root = dir.resolve("data");
        Path take = Files.createDirectories(root.resolve("attempts/2026-11-25T09-43-06-319"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(take, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path recording = Files.write(take.resolve("recording.wav"), new byte[44]);
        Files.setPosixFilePermissions(recording, PosixFilePermissions.fromString("rw-r--r--"));
        Path leftover = Files.writeString(take.resolve(".report.json4471286152.tmp"), "{\"overall\":");
        Path userNamed = Files.writeString(root.resolve("notes.tmp"), "mine");

        int removed = new DataDirectory(root).prepare();

        assertEquals(1, removed);
        assertFalse(Files.exists(leftover), "the temporary file of an interrupted write is gone");
        assertTrue(Files.exists(userNamed), "only IntroCoach's own temporary files are removed");
        assertEquals("rwx------", permissions(root));
        assertEquals("rwx------", permissions(take));
        assertEquals("rw-------", permissions(recording));
    }

    @Test
    void dataFilesAndTheirFoldersAreReadableByTheUserAlone() throws Exception {
        Path file = dir.resolve("data/drafts/standard.json");

        AtomicFiles.writeString(file, "{}");
        try (WavRecordingWriter writer = WavRecordingWriter.create(dir.resolve("data/attempts/one/recording.wav"))) {
            writer.write(new short[1600], 1600);
        }

        assertEquals("rw-------", permissions(file));
        assertEquals("rwx------", permissions(dir.resolve("data/drafts")));
        assertEquals("rwx------", permissions(dir.resolve("data")));
        assertEquals("rw-------", permissions(dir.resolve("data/attempts/one/recording.wav")));
        assertEquals("rwx------", permissions(dir.resolve("data/attempts/one")));
    }

    @Test
    void anExportGetsTheUsersUsualPermissions() throws Exception {
        String usual = permissions(Files.createFile(dir.resolve("plain.txt")));
        Path export = dir.resolve("take.html");

        AtomicFiles.writeExport(export, "<html></html>");

        assertEquals(usual, permissions(export), "the export follows the umask, as any file the user makes");
        assertEquals("<html></html>", Files.readString(export));
    }

    @Test
    void anExportIntoAMissingFolderSaysSoAndMakesNoFolder() {
        Path export = dir.resolve("gone/take.html");

        var thrown = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicFiles.writeExport(export, "x"));

        assertEquals(export + ": the folder " + dir.resolve("gone") + " does not exist", thrown.getMessage());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    @Test
    void aSecondLockOnTheFolderIsRefusedWhileTheFirstIsHeld() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        DataFolderLock.Outcome first = DataFolderLock.acquire(data);
        assertTrue(first instanceof DataFolderLock.Acquired, first.toString());
        try {
            DataFolderLock.Outcome second = DataFolderLock.acquire(data);
            assertTrue(second instanceof DataFolderLock.Held, second.toString());
            assertEquals("IntroCoach is already open on the data folder " + data.root() + " (process "
                    + ProcessHandle.current().pid() + "); use that window, or close it and start again",
                    ((DataFolderLock.Held) second).message());
        } finally {
            ((DataFolderLock.Acquired) first).lock().close();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
