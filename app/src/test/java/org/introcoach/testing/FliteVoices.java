package org.introcoach.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text spoken by flite's CMU voices (Debian package {@code flite}) at a chosen pace, as 16 kHz mono
 * 16-bit WAV: the natural-sounding test speech of shared/RECIPES.md, which the Vosk small model hears
 * with 10-15% word errors, close to what people get.
 */
public final class FliteVoices {
    /** The three voices the spoken figures are measured with, taken in turn. */
    public static final List<String> VOICES = List.of("slt", "rms", "awb");
    /** Natural rates measured here on a 120-word intro (shared/RECIPES.md): a pace asked for is reached by stretching. */
    private static final Map<String, Double> NATURAL_WPM = Map.of("slt", 192.0, "rms", 161.0, "awb", 193.0, "kal16", 170.0);

    private FliteVoices() {
    }

    /** {@code text} said by flite's {@code voice} at {@code wpm} words a minute, written to {@code dir/name.wav}. */
    public static Path speak(Path dir, String name, String text, String voice, double wpm) throws Exception {
        Path raw = dir.resolve(name + ".raw.wav");
        Path wav = dir.resolve(name + ".wav");
        Path textFile = dir.resolve(name + ".txt");
        Files.writeString(textFile, text);
        double stretch = NATURAL_WPM.getOrDefault(voice, 180.0) / wpm;
        ExternalTool.run("flite", "-voice", voice, "--setf", "duration_stretch=" + String.format(Locale.ROOT, "%.3f", stretch),
                "-f", textFile.toString(), "-o", raw.toString());
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        Files.delete(raw);
        return wav;
    }
}
