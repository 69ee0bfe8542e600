package org.introcoach.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files of the user's data, readable by the user alone: folders 0700, files 0600 on
 * systems with POSIX permissions (elsewhere the user's profile folder already keeps others out).
 */
public final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Like {@link Files#createDirectories}, but every folder it makes is 0700. */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (POSIX) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(absolute, FOLDER);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
        return folder;
    }

    /** The attributes for a new private file (0600), for {@link Files#newByteChannel} and friends. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Makes an existing file or folder private; a no-op without POSIX permissions. */
    public static void restrict(Path path) throws IOException {
        if (POSIX && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }
}
