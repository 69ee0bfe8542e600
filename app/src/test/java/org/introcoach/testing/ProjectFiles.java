package org.introcoach.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths into the checkout; tests run with app/ as working directory. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isDirectory(root.resolve("samples")), "project root not found from " + Path.of("").toAbsolutePath());
        return root;
    }

    public static Path sample(String name) {
        return root().resolve("samples").resolve("audio").resolve(name);
    }

    public static String sampleText(String name) throws java.io.IOException {
        return Files.readString(sample(name.replaceAll("\\.wav$", ".txt")));
    }

    /** LibriVox sentences read by a person, from Debian's pocketsphinx-testdata package. */
    public static Path librivox() {
        Path dir = Path.of("/usr/share/pocketsphinx/test/data/librivox");
        assertTrue(Files.isDirectory(dir), "real speech is missing: apt-get install pocketsphinx-testdata");
        return dir;
    }

    public static Path voskModel() {
        String configured = System.getProperty("introcoach.voskModel");
        Path model = configured != null ? Path.of(configured) : root().resolve("models/vosk-model-small-en-us-0.15");
        assertTrue(Files.isDirectory(model), "the Vosk model is missing at " + model + ": run mvn package first");
        return model;
    }
}
