package org.introcoach.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version the top-level pom declares, read from the pom itself (not from what the build wrote). */
public final class ProjectVersion {
    private ProjectVersion() {
    }

    public static String inThePom() throws IOException {
        String pom = Files.readString(ProjectFiles.root().resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>introcoach-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        if (!version.find()) {
            throw new IllegalStateException("no version in pom.xml");
        }
        return version.group(1).strip();
    }
}
