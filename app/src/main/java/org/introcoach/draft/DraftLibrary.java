package org.introcoach.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.introcoach.storage.FileNames;
import org.introcoach.storage.PrivateFiles;

/**
 * The user's drafts, one JSON file each in their drafts folder. Deleting moves a draft to a trash
 * folder so it can be restored until the trash is emptied.
 */
public final class DraftLibrary {
    /** A draft and where it is kept. */
    public record Stored(Path file, Draft draft) {
    }

    /** What the folder holds: the drafts that read, and one line per file that did not. */
    public record Listing(List<Stored> drafts, List<String> problems) {
    }

    /** A draft moved to the trash. */
    public record Deleted(Path original, Path trashed) {
    }

    private static final String TRASH = ".trash";
    private final Path folder;
    private final DraftStore store = new DraftStore();

    public DraftLibrary(Path folder) {
        this.folder = folder;
    }

    public Listing list() throws IOException {
        List<Stored> drafts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".json"))
                        .filter(path -> !path.getFileName().toString().startsWith(".")).toList()) {
                    try {
                        drafts.add(new Stored(file, store.load(file)));
                    } catch (IOException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        drafts.sort(Comparator.comparing((Stored stored) -> stored.draft().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(stored -> stored.file().getFileName().toString()));
        return new Listing(drafts, problems);
    }

    /** Saves a new draft under a file named after it; returns where. */
    public Stored create(Draft draft) throws IOException {
        PrivateFiles.createDirectories(folder);
        Path file = FileNames.unused(folder, FileNames.slug(draft.name(), "draft"), ".json");
        store.save(file, draft);
        return new Stored(file, draft);
    }

    public void save(Path file, Draft draft) throws IOException {
        store.save(file, draft);
    }

    public Stored duplicate(Stored original) throws IOException {
        Draft draft = original.draft();
        return create(draft.named(draft.name() + " (copy)"));
    }

    public Deleted delete(Path file) throws IOException {
        Path trash = PrivateFiles.createDirectories(folder.resolve(TRASH));
        Path trashed = trash.resolve(file.getFileName());
        Files.move(file, trashed, StandardCopyOption.REPLACE_EXISTING);
        return new Deleted(file, trashed);
    }

    public void restore(Deleted deleted) throws IOException {
        if (Files.exists(deleted.original())) {
            throw new IOException("Cannot restore " + deleted.original().getFileName() + ": a draft of that name exists again.");
        }
        Files.move(deleted.trashed(), deleted.original());
    }

    public void emptyTrash() throws IOException {
        Path trash = folder.resolve(TRASH);
        if (!Files.isDirectory(trash)) {
            return;
        }
        try (Stream<Path> files = Files.list(trash)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(trash);
    }
}
