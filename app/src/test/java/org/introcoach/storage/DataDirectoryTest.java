package org.introcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void followsTheXdgBaseDirectoriesOnLinux() {
        assertEquals(Path.of("/home/ana/.local/share/introcoach"), DataDirectory.resolve(name -> null, "Linux", HOME).root());
        assertEquals(Path.of("/data/introcoach"), DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data")::get, "Linux", HOME).root());
    }

    @Test
    void usesThePlatformPlaceElsewhere() {
        assertEquals(HOME.resolve("Library/Application Support/IntroCoach"), DataDirectory.resolve(name -> null, "Mac OS X", HOME).root());
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming/IntroCoach"),
                DataDirectory.resolve(Map.of("APPDATA", "C:/Users/ana/AppData/Roaming")::get, "Windows 11", HOME).root());
    }

    @Test
    void theEnvironmentVariableOverridesEverything() {
        DataDirectory data = DataDirectory.resolve(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "/tmp/coach", "XDG_DATA_HOME", "/data")::get,
                "Linux", HOME);

        assertEquals(Path.of("/tmp/coach/templates"), data.templates());
    }
}
