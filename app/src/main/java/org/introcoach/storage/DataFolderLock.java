package org.introcoach.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One app per data folder: the app holds an operating-system lock on {@value #FILE_NAME} in the
 * data folder for as long as it runs, so a second start on the same folder is refused before it
 * reads or writes anything (a live take, a draft being edited). The lock goes with the process,
 * however it ends, so a crash never leaves a folder locked. The file holds the owner's process id
 * for the message; it is never deleted, which would let two processes lock two different files.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = "app.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says who holds it. */
    public sealed interface Outcome {
    }

    /** This process now owns the folder. */
    public record Acquired(DataFolderLock lock) implements Outcome {
    }

    /** Another process owns it; {@code holder} is its process id when known. */
    public record Held(Path folder, Optional<Long> holder) implements Outcome {
        /** One sentence for the user. */
        public String message() {
            return "IntroCoach is already open on the data folder " + folder
                    + holder.map(pid -> " (process " + pid + ")").orElse("")
                    + "; use that window, or close it and start again";
        }
    }

    public static Outcome acquire(DataDirectory data) throws IOException {
        PrivateFiles.createDirectories(data.root());
        Path file = data.root().resolve(FILE_NAME);
        FileChannel channel = Files.exists(file)
                ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                        PrivateFiles.fileAttributes());
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
            // This process holds it already. The channel is left open on purpose: closing a file
            // descriptor drops every lock the process has on the file, the real one included.
            return new Held(data.root(), Optional.of(ProcessHandle.current().pid()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            Optional<Long> holder = readHolder(channel);
            channel.close();
            return new Held(data.root(), holder);
        }
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        return new Acquired(new DataFolderLock(channel, lock));
    }

    private static Optional<Long> readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return Optional.of(Long.parseLong(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
