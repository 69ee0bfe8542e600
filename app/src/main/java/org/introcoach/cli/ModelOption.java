package org.introcoach.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.introcoach.speech.ModelLocator;
import org.introcoach.speech.SpeechModel;
import picocli.CommandLine.Option;

/** The {@code --model} option shared by the commands that recognise speech. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "Vosk model folder (default: $" + ModelLocator.ENVIRONMENT_VARIABLE
                    + ", then the models/ folder the build filled)")
    Path directory;

    SpeechModel load() throws IOException {
        return SpeechModel.load(ModelLocator.forThisProcess().locate(Optional.ofNullable(directory)));
    }
}
