package org.introcoach.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the user's own data lives: recordings, attempts, drafts, resumes and their own templates.
 * In order: {@value #ENVIRONMENT_VARIABLE}; on Linux {@code $XDG_DATA_HOME/introcoach} or
 * {@code ~/.local/share/introcoach}; on macOS {@code ~/Library/Application Support/IntroCoach};
 * on Windows {@code %APPDATA%\IntroCoach}.
 */
public record DataDirectory(Path root) {
    public static final String ENVIRONMENT_VARIABLE = "INTROCOACH_DATA_DIR";

    public static DataDirectory forThisUser() {
        return resolve(System::getenv, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static DataDirectory resolve(Function<String, String> environment, String osName, Path home) {
        String explicit = environment.apply(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return new DataDirectory(Path.of(explicit));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new DataDirectory(home.resolve("Library/Application Support/IntroCoach"));
        }
        if (os.contains("win")) {
            String appData = environment.apply("APPDATA");
            return new DataDirectory((appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("IntroCoach"));
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg);
        return new DataDirectory(base.resolve("introcoach"));
    }

    /**
     * Readies the folder for the app, which must hold its {@link DataFolderLock}: makes it if it is
     * missing, makes it and everything in it readable by the user alone (folders 0700, files
     * 0600, as older versions left them world-readable), and deletes the temporary files of writes
     * a crash interrupted.
     *
     * @return how many temporary files were removed
     */
    public int prepare() throws IOException {
        PrivateFiles.createDirectories(root);
        int removed = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (AtomicFiles.isLeftover(path)) {
                    Files.deleteIfExists(path);
                    removed++;
                } else {
                    PrivateFiles.restrict(path);
                }
            }
        }
        return removed;
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path drafts() {
        return root.resolve("drafts");
    }

    public Path resumes() {
        return root.resolve("resumes");
    }

    public Path attempts() {
        return root.resolve("attempts");
    }
}
