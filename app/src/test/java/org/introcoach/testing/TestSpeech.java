package org.introcoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.VoskTranscriber;

/** The real Vosk model, loaded once for the whole test run. */
public final class TestSpeech {
    private static SpeechModel model;

    private TestSpeech() {
    }

    public static synchronized SpeechModel model() {
        if (model == null) {
            try {
                model = SpeechModel.load(ProjectFiles.voskModel());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    public static VoskTranscriber transcriber() {
        return new VoskTranscriber(model(), new AudioDecoder());
    }
}
