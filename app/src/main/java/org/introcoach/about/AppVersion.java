package org.introcoach.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version, which Maven writes into a resource at build time (the pom's project version). */
public final class AppVersion {
    private AppVersion() {
    }

    /** The version, such as "0.1.0-SNAPSHOT". */
    public static String number() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("version.properties was not filled in by the build: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code introcoach --version} prints and the About box shows: "IntroCoach 0.1.0-SNAPSHOT". */
    public static String line() {
        return "IntroCoach " + number();
    }
}
