package org.introcoach.followup;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.introcoach.storage.DataDirectory;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.UnreadableInputException;

/**
 * The question banks: those bundled with the application (the project's templates/questions/
 * folder, packed into the jar) and any the user drops into the {@value #USER_FOLDER} folder of
 * their data folder. A user's question replaces the bundled question of the same id, as a user's
 * template replaces a bundled one; a bad file is reported and the others still load.
 */
public final class QuestionBanks {
    /** The folder of the data folder that holds the user's own banks. */
    public static final String USER_FOLDER = "questions";
    private static final String BUNDLED_FOLDER = "/templates/questions";
    private final BankReader reader = new BankReader();

    public static Path userFolder(DataDirectory data) {
        return data.root().resolve(USER_FOLDER);
    }

    /** The bundled banks and the user's, from their data folder. */
    public QuestionBank load(DataDirectory data) throws IOException {
        return load(userFolder(data));
    }

    public QuestionBank load(Path userBanks) throws IOException {
        Map<String, Question> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : bundled().entrySet()) {
            addTo(byId, problems, "bundled question bank " + file.getKey(), file.getValue());
        }
        if (userBanks != null && Files.isDirectory(userBanks)) {
            try (Stream<Path> files = Files.list(userBanks)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        addTo(byId, problems, file.toString(), InputFiles.readText(file, InputFiles.Kind.TEMPLATE));
                    } catch (UnreadableInputException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        return new QuestionBank(new ArrayList<>(byId.values()), problems);
    }

    private void addTo(Map<String, Question> byId, List<String> problems, String source, String json) {
        try {
            for (Question question : reader.read(source, json)) {
                byId.put(question.id(), question);
            }
        } catch (InvalidBankException e) {
            problems.add(e.getMessage());
        }
    }

    /** The bundled bank files by name, read from the classpath whether it is a folder or a jar. */
    private static Map<String, String> bundled() throws IOException {
        URL url = QuestionBanks.class.getResource(BUNDLED_FOLDER);
        if (url == null) {
            throw new IOException("The bundled question banks are missing from the application; rebuild it with 'mvn package'.");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return readAll(jarFileSystem(uri).getPath(BUNDLED_FOLDER));
            }
            return readAll(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("The bundled question banks cannot be listed: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }

    private static Map<String, String> readAll(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".json"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
