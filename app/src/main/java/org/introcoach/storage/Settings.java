package org.introcoach.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the app remembers between runs. Unknown fields are ignored and a damaged file counts as
 * no settings, so a newer or broken settings file never stops the app from opening.
 *
 * @param resume     the current resume file, or null
 * @param draft      the current draft file, or null
 * @param microphone the chosen microphone's name; empty for the system default
 * @param theme      the look chosen in the View menu: "system", "light" or "dark"; "system" when unset
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String resume, String draft, String microphone, String theme) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final Settings NONE = new Settings(null, null, "", "system");

    @com.fasterxml.jackson.annotation.JsonCreator
    public Settings {
        microphone = microphone == null ? "" : microphone;
        theme = theme == null || theme.isBlank() ? "system" : theme;
    }

    public Settings(String resume, String draft, String microphone) {
        this(resume, draft, microphone, null);
    }

    public static Settings load(DataDirectory data) {
        Path file = file(data);
        try {
            Settings read = Files.exists(file) ? JSON.readValue(InputFiles.readText(file, InputFiles.Kind.SETTINGS), Settings.class) : NONE;
            return read == null ? NONE : read;
        } catch (IOException damaged) {
            System.getLogger(Settings.class.getName()).log(System.Logger.Level.WARNING,
                    file + " cannot be read and is ignored: " + damaged.getMessage());
            return NONE;
        }
    }

    /** Whether settings were ever saved in this data folder (false on the first start). */
    public static boolean exists(DataDirectory data) {
        return Files.exists(file(data));
    }

    public void save(DataDirectory data) throws IOException {
        AtomicFiles.writeString(file(data), JSON.writeValueAsString(this) + "\n");
    }

    public Settings withResume(Path file) {
        return new Settings(file.toString(), draft, microphone, theme);
    }

    public Settings withDraft(Path file) {
        return new Settings(resume, file.toString(), microphone, theme);
    }

    public Settings withMicrophone(String name) {
        return new Settings(resume, draft, name, theme);
    }

    public Settings withTheme(String chosen) {
        return new Settings(resume, draft, microphone, chosen);
    }

    private static Path file(DataDirectory data) {
        return data.root().resolve("settings.json");
    }
}
