package org.introcoach.audio;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a child JVM with a small heap: decodes a file to its end and prints the sample count. */
public final class DecodeToEnd {
    private DecodeToEnd() {
    }

    public static void main(String[] args) throws IOException {
        long total = 0;
        try (DecodedAudio audio = new AudioDecoder().open(Path.of(args[0]))) {
            short[] buffer = new short[4000];
            int count;
            while ((count = audio.read(buffer)) > 0) {
                total += count;
            }
        }
        System.out.println(total);
    }
}
