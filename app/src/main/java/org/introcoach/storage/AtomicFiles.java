package org.introcoach.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a crash or a full disk leaves either the old file or the new one, never
 * half of one: write a temporary file beside the target, flush it to disk, then rename it over the
 * target. {@link #write} is for the data folder: missing folders are made, readable by the user
 * alone, and the file is too. {@link #writeExport} is for a file the user asked for by name: its
 * folder must exist, and the file gets the user's usual permissions (their umask).
 */
public final class AtomicFiles {
    /** Temporary files of an interrupted write: {@code .NAME<random>.tmp}; {@link #removeLeftovers} deletes them. */
    static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of the user's data, private to the user (0600 in folders of 0700). */
    public static void write(Path target, byte[] content) throws IOException {
        refuseFolder(target);
        Path directory = target.toAbsolutePath().getParent();
        PrivateFiles.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), TEMPORARY_SUFFIX);
        replace(temporary, target, content);
    }

    /** Writes a file the user named (an export, a draft saved with --save), with the user's own permissions. */
    public static void writeExport(Path target, String content) throws IOException {
        refuseFolder(target);
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new IOException(target + ": " + (Files.exists(directory)
                    ? directory + " is not a folder" : "the folder " + directory + " does not exist"));
        }
        Path temporary = directory.resolve("." + target.getFileName() + UUID.randomUUID() + TEMPORARY_SUFFIX);
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        replace(temporary, target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuseFolder(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": this is a folder; give a file name to save to");
        }
    }

    private static void replace(Path temporary, Path target, byte[] content) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether {@code file} is the temporary file of an interrupted write. */
    static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX) && Files.isRegularFile(file);
    }
}
