package org.introcoach.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.FileNames;
import org.introcoach.storage.PrivateFiles;

/** The resumes kept in the user's data folder; corrected ones are saved there as JSON Resume. */
public final class ResumeLibrary {
    private static final List<String> EXTENSIONS = List.of(".json", ".pdf", ".md", ".markdown", ".txt");

    private final Path folder;

    public ResumeLibrary(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The resume files in the folder, by name. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(ResumeLibrary::looksLikeResume)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        }
    }

    /**
     * Saves a resume as JSON Resume. A JSON file already in the folder is replaced; anything else
     * (a PDF, a file elsewhere) gets a new file named after the person, so the original is kept.
     */
    public Path save(Resume resume, Path from) throws IOException {
        Path target;
        if (from != null && from.toAbsolutePath().getParent().equals(folder.toAbsolutePath())
                && from.getFileName().toString().endsWith(".json")) {
            target = from;
        } else {
            PrivateFiles.createDirectories(folder);
            target = FileNames.unused(folder, FileNames.slug(resume.name(), "resume"), ".json");
        }
        AtomicFiles.writeString(target, new JsonResumeWriter().write(resume));
        return target;
    }

    /**
     * Keeps an opened resume in the folder: a file already there is used as it is; any other is
     * copied in (atomically, private to the user) under its own name, or a free variant of it, so
     * moving or editing the original later changes nothing. Opening the same file again reuses
     * the copy made of it.
     */
    public Path keep(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null && absolute.getParent().equals(folder.toAbsolutePath())) {
            return file;
        }
        byte[] content = Files.readAllBytes(file);
        for (Path kept : list()) {
            if (Files.size(kept) == content.length && java.util.Arrays.equals(Files.readAllBytes(kept), content)) {
                return kept;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : ".txt";
        if (!EXTENSIONS.contains(extension)) {
            extension = ".txt";
        }
        PrivateFiles.createDirectories(folder);
        Path target = FileNames.unused(folder, FileNames.slug(dot > 0 ? name.substring(0, dot) : name, "resume"), extension);
        AtomicFiles.write(target, content);
        return target;
    }

    private static boolean looksLikeResume(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
