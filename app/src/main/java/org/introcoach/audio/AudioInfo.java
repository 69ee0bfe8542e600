package org.introcoach.audio;

import java.util.List;

/**
 * What an audio file holds before conversion.
 *
 * @param container   WAV, AIFF, AU, FLAC or MP3
 * @param encoding    the sample encoding, such as "16-bit PCM" or "32-bit float"
 * @param frames      frames in the file, or -1 when the container does not say (MP3)
 * @param warnings    problems that did not stop reading, such as a truncated recording
 */
public record AudioInfo(String container, String encoding, float sampleRate, int channels,
                        long frames, List<String> warnings) {
    public AudioInfo {
        warnings = List.copyOf(warnings);
    }

    /** Length in seconds, or -1 when unknown. */
    public double durationSeconds() {
        return frames < 0 ? -1 : frames / (double) sampleRate;
    }

    public String describe() {
        return "%s, %s, %s Hz, %s".formatted(container, encoding, formatRate(sampleRate),
                channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels");
    }

    private static String formatRate(float rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Float.toString(rate);
    }
}
