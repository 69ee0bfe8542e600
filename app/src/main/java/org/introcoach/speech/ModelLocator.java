package org.introcoach.speech;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which Vosk model directory to use, whatever the working directory, and says where it
 * looked when there is none. In order: the {@code --model} option, the
 * {@value #ENVIRONMENT_VARIABLE} environment variable, the {@value #SYSTEM_PROPERTY} system
 * property, {@code models/} of the project the application jar was built in, {@code models/}
 * beside the jar, and {@code models/} in the working directory.
 */
public final class ModelLocator {
    public static final String ENVIRONMENT_VARIABLE = "INTROCOACH_VOSK_MODEL";
    public static final String SYSTEM_PROPERTY = "introcoach.voskModel";
    public static final String DEFAULT_MODEL = "vosk-model-small-en-us-0.15";

    private final Function<String, String> environment;
    private final Function<String, String> properties;
    private final Optional<Path> codeLocation;
    private final Path workingDirectory;

    public ModelLocator(Function<String, String> environment, Function<String, String> properties,
                        Optional<Path> codeLocation, Path workingDirectory) {
        this.environment = environment;
        this.properties = properties;
        this.codeLocation = codeLocation;
        this.workingDirectory = workingDirectory;
    }

    /** A locator reading this process's environment, system properties and jar location. */
    public static ModelLocator forThisProcess() {
        return new ModelLocator(System::getenv, System::getProperty, codeLocationOf(ModelLocator.class),
                Path.of("").toAbsolutePath());
    }

    /**
     * The model directory to load.
     *
     * @param explicit a directory the user named; when given, it is the only one considered
     */
    public Path locate(Optional<Path> explicit) throws ModelNotFoundException {
        if (explicit.isPresent()) {
            Path dir = explicit.get().toAbsolutePath().normalize();
            String problem = problemWith(dir);
            if (problem != null) {
                throw new ModelNotFoundException("The speech model given with --model cannot be used: "
                        + dir + " " + problem + ".");
            }
            return dir;
        }
        Map<String, Optional<Path>> candidates = candidates();
        List<String> looked = new ArrayList<>();
        for (Map.Entry<String, Optional<Path>> candidate : candidates.entrySet()) {
            if (candidate.getValue().isEmpty()) {
                boolean setting = candidate.getKey().startsWith("$") || candidate.getKey().startsWith("-D");
                looked.add(candidate.getKey() + (setting ? " (not set)" : " (the jar is not in a project's app/target)"));
                continue;
            }
            Path dir = candidate.getValue().get().toAbsolutePath().normalize();
            String problem = problemWith(dir);
            if (problem == null) {
                return dir;
            }
            looked.add(candidate.getKey() + " " + dir + " (" + problem + ")");
        }
        throw new ModelNotFoundException("No Vosk speech model found. Looked in: " + String.join("; ", looked)
                + ". Build with 'mvn package' to fetch it, or pass --model DIR.");
    }

    private Map<String, Optional<Path>> candidates() {
        Map<String, Optional<Path>> candidates = new LinkedHashMap<>();
        candidates.put("$" + ENVIRONMENT_VARIABLE, Optional.ofNullable(environment.apply(ENVIRONMENT_VARIABLE))
                .filter(value -> !value.isBlank()).map(Path::of));
        candidates.put("-D" + SYSTEM_PROPERTY, Optional.ofNullable(properties.apply(SYSTEM_PROPERTY))
                .filter(value -> !value.isBlank()).map(Path::of));
        Optional<Path> codeDirectory = codeLocation.map(Path::getParent);
        candidates.put("project models", codeDirectory.map(Path::getParent).map(Path::getParent)
                .map(project -> project.resolve("models").resolve(DEFAULT_MODEL)));
        candidates.put("models beside the jar", codeDirectory.map(dir -> dir.resolve("models").resolve(DEFAULT_MODEL)));
        candidates.put("working directory", Optional.of(workingDirectory.resolve("models").resolve(DEFAULT_MODEL)));
        return candidates;
    }

    private static String problemWith(Path dir) {
        if (!Files.exists(dir)) {
            return "does not exist";
        }
        if (!Files.isDirectory(dir)) {
            return "is not a folder";
        }
        if (!Files.isRegularFile(dir.resolve("am").resolve("final.mdl"))
                || !Files.isDirectory(dir.resolve("conf"))) {
            return "is not a Vosk model: am/final.mdl or conf/ is missing";
        }
        return null;
    }

    private static Optional<Path> codeLocationOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
