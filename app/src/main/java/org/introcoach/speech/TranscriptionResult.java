package org.introcoach.speech;

import java.nio.file.Path;
import java.util.List;
import org.introcoach.audio.AudioInfo;

/** The transcript of one audio file, what the file was, and anything the user should know. */
public record TranscriptionResult(Path file, AudioInfo audio, Transcript transcript, List<String> warnings) {
    public TranscriptionResult {
        warnings = List.copyOf(warnings);
    }
}
