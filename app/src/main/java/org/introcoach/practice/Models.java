package org.introcoach.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.introcoach.delivery.ProsodyMeter;
import org.introcoach.speech.SpeechModel;

/** The models a practice session needs, loaded once at start-up; close on exit. */
public record Models(SpeechModel speech, Judge judge) implements AutoCloseable {
    /**
     * Loads the speech model from {@code voskModel} and the bundled language models.
     *
     * @param step told what is being loaded, before each step
     */
    public static Models load(Path voskModel, Consumer<String> step) throws IOException {
        step.accept("Loading the speech model");
        SpeechModel speech = SpeechModel.load(voskModel);
        try {
            step.accept("Loading the language models and preparing the coach");
            Judge judge = Judge.load();
            ProsodyMeter.warmUp();
            return new Models(speech, judge);
        } catch (IOException | RuntimeException e) {
            speech.close();
            throw e;
        }
    }

    @Override
    public void close() {
        speech.close();
    }
}
