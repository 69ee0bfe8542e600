package org.introcoach.draft;

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
import java.util.Optional;
import java.util.stream.Stream;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.UnreadableInputException;

/**
 * The templates a user can draft from: those bundled with the application (the project's
 * templates/ folder, packed into the jar) and any the user drops into their own templates folder,
 * which replace a bundled one of the same id. A bad file is reported and the others still load.
 */
public final class TemplateLibrary {
    /** The templates that loaded, bundled first, and one line per file that did not. */
    public record Catalog(List<Template> templates, List<String> problems) {
        public Optional<Template> find(String id) {
            return templates.stream().filter(template -> template.id().equals(id)).findFirst();
        }
    }

    private static final String BUNDLED_FOLDER = "/templates";
    private final TemplateReader reader = new TemplateReader();

    public Catalog load(Path userTemplates) throws IOException {
        Map<String, Template> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : bundled().entrySet()) {
            addTo(byId, problems, "bundled template " + file.getKey(), file.getValue());
        }
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            try (Stream<Path> files = Files.list(userTemplates)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        addTo(byId, problems, file.toString(), InputFiles.readText(file, InputFiles.Kind.TEMPLATE));
                    } catch (UnreadableInputException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        List<Template> templates = byId.values().stream()
                .sorted(Comparator.comparingInt(Template::order).thenComparing(Template::id)).toList();
        return new Catalog(templates, problems);
    }

    private void addTo(Map<String, Template> byId, List<String> problems, String source, String json) {
        try {
            Template template = reader.read(source, json);
            byId.put(template.id(), template);
        } catch (InvalidTemplateException e) {
            problems.add(e.getMessage());
        }
    }

    /** The bundled template files by name, read from the classpath whether it is a folder or a jar. */
    private static Map<String, String> bundled() throws IOException {
        URL url = TemplateLibrary.class.getResource(BUNDLED_FOLDER);
        if (url == null) {
            throw new IOException("The bundled templates are missing from the application; rebuild it with 'mvn package'.");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar = jarFileSystem(uri);
                return readAll(jar.getPath(BUNDLED_FOLDER));
            }
            return readAll(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("The bundled templates cannot be listed: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
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
