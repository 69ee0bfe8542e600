package org.introcoach.ui.look;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks applications for a dark look, where that can be told cheaply: GNOME's
 * colour scheme or GTK theme name on Linux (and the GTK_THEME variable), the Dark appearance on
 * macOS, "apps use light theme" off on Windows. Anything unknown counts as light.
 */
public final class SystemTheme {
    /** Runs a command and returns what it printed, or empty when it cannot be run or fails. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private final String osName;
    private final Map<String, String> environment;
    private final Commands commands;

    public SystemTheme(String osName, Map<String, String> environment, Commands commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    public static SystemTheme ofThisComputer() {
        return new SystemTheme(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
    }

    public boolean prefersDark() {
        if (osName.contains("mac")) {
            return commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(style -> style.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        if (osName.contains("windows")) {
            return commands.output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*")).orElse(false);
        }
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return isDarkName(gtkTheme);
        }
        Optional<String> scheme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(SystemTheme::isDarkName).orElse(false);
    }

    private static boolean isDarkName(String theme) {
        return theme.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** A command that is missing, fails or takes longer than a second tells nothing. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
