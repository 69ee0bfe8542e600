package org.introcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {
    @TempDir
    Path dir;

    @Test
    void findsTheModelTheBuildUnpackedFromTheJarLocation() throws Exception {
        Path jar = ProjectFiles.root().resolve("app/target/introcoach.jar");
        ModelLocator locator = new ModelLocator(name -> null, name -> null, Optional.of(jar), dir);

        assertEquals(ProjectFiles.voskModel().toAbsolutePath().normalize(), locator.locate(Optional.empty()));
    }

    @Test
    void theEnvironmentVariableComesBeforeTheBuiltModel() throws Exception {
        Path custom = fakeModel(dir.resolve("big-model"));
        Path jar = ProjectFiles.root().resolve("app/target/introcoach.jar");
        ModelLocator locator = new ModelLocator(Map.of(ModelLocator.ENVIRONMENT_VARIABLE, custom.toString())::get,
                name -> null, Optional.of(jar), dir);

        assertEquals(custom, locator.locate(Optional.empty()));
    }

    @Test
    void findsModelsInTheWorkingDirectory() throws Exception {
        Path model = fakeModel(dir.resolve("models").resolve(ModelLocator.DEFAULT_MODEL));
        ModelLocator locator = new ModelLocator(name -> null, name -> null, Optional.empty(), dir);

        assertEquals(model, locator.locate(Optional.empty()));
    }

    @Test
    void anExplicitFolderIsTheOnlyOneConsidered() throws IOException {
        Path notAModel = Files.createDirectories(dir.resolve("downloads"));
        ModelLocator locator = new ModelLocator(name -> null, name -> null, Optional.empty(), dir);

        ModelNotFoundException error = assertThrows(ModelNotFoundException.class,
                () -> locator.locate(Optional.of(notAModel)));

        assertTrue(error.getMessage().contains(notAModel + " is not a Vosk model: am/final.mdl or conf/ is missing"),
                error.getMessage());
    }

    @Test
    void saysEveryPlaceItLookedWhenThereIsNoModel() {
        Path jar = dir.resolve("app/target/introcoach.jar");
        ModelLocator locator = new ModelLocator(Map.of(ModelLocator.ENVIRONMENT_VARIABLE, "/nowhere/model")::get,
                name -> null, Optional.of(jar), dir.resolve("work"));

        ModelNotFoundException error = assertThrows(ModelNotFoundException.class, () -> locator.locate(Optional.empty()));

        String message = error.getMessage();
        assertTrue(message.contains("$INTROCOACH_VOSK_MODEL /nowhere/model (does not exist)"), message);
        assertTrue(message.contains("-Dintrocoach.voskModel (not set)"), message);
        assertTrue(message.contains(dir.resolve("models").resolve(ModelLocator.DEFAULT_MODEL).toString()), message);
        assertTrue(message.contains(dir.resolve("work/models").resolve(ModelLocator.DEFAULT_MODEL).toString()), message);
        assertTrue(message.contains("--model DIR"), message);
        assertTrue(!message.contains("\n"), "one line");
    }

    @Test
    void aDamagedModelFailsToLoadWithAClearMessage() throws IOException {
        Path damaged = fakeModel(dir.resolve("damaged"));
        Files.copy(ProjectFiles.voskModel().resolve("conf/mfcc.conf"), damaged.resolve("conf/mfcc.conf"));
        Files.copy(ProjectFiles.voskModel().resolve("conf/model.conf"), damaged.resolve("conf/model.conf"));

        ModelNotFoundException error = assertThrows(ModelNotFoundException.class, () -> SpeechModel.load(damaged));

        assertTrue(error.getMessage().contains(damaged + " could not be loaded"), error.getMessage());
    }

    private static Path fakeModel(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("am"));
        Files.createDirectories(dir.resolve("conf"));
        Files.write(dir.resolve("am/final.mdl"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        return dir;
    }
}
