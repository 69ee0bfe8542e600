package org.introcoach.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** File names made from what the user calls things. */
public final class FileNames {
    private FileNames() {
    }

    /** "Maria Chen (Acme)" becomes "maria-chen-acme"; never empty. */
    public static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code folder/stem.extension}, or with -2, -3... when that is taken. */
    public static Path unused(Path folder, String stem, String extension) {
        Path candidate = folder.resolve(stem + extension);
        for (int suffix = 2; Files.exists(candidate); suffix++) {
            candidate = folder.resolve(stem + "-" + suffix + extension);
        }
        return candidate;
    }
}
