package org.introcoach.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * A loaded Vosk model, shared by every recognizer; load it once and close it on exit.
 */
public final class SpeechModel implements AutoCloseable {
    /** Kaldi log verbosity below its error level (-2): Vosk prints nothing; failures reach the user as our own messages. */
    private static final int SILENT = -3;

    private final Model model;
    private final Path directory;
    private final double loadSeconds;
    private Set<String> vocabulary;

    private SpeechModel(Model model, Path directory, double loadSeconds) {
        this.model = model;
        this.directory = directory;
        this.loadSeconds = loadSeconds;
    }

    public static SpeechModel load(Path directory) throws IOException {
        LibVosk.vosk_set_log_level(SILENT);
        long started = System.nanoTime();
        try {
            Model model = new Model(directory.toString());
            return new SpeechModel(model, directory, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new ModelNotFoundException("The speech model in " + directory
                    + " could not be loaded; it may be incomplete or damaged. Rebuild with 'mvn package' or pass another --model.");
        }
    }

    public Path directory() {
        return directory;
    }

    public double loadSeconds() {
        return loadSeconds;
    }

    /** A recognizer with word timings over this model; the caller closes it. Public for the benchmark's bare Vosk loop. */
    public Recognizer newRecognizer(float sampleRate) throws IOException {
        Recognizer recognizer = new Recognizer(model, sampleRate);
        recognizer.setWords(true);
        return recognizer;
    }

    /**
     * The words the model can recognise, read once from its graph's symbol table: the text
     * {@code graph/words.txt} of a big model, or the table the small model's {@code graph/Gr.fst}
     * carries in its header (OpenFst's binary layout). Empty when neither can be read.
     */
    synchronized Set<String> vocabulary() {
        if (vocabulary == null) {
            vocabulary = ModelVocabulary.read(directory);
        }
        return vocabulary;
    }

    /** A recognizer restricted to a Vosk runtime grammar: a JSON list of phrases, "[unk]" for anything else. */
    Recognizer newRecognizer(float sampleRate, String grammar) throws IOException {
        Recognizer recognizer = new Recognizer(model, sampleRate, grammar);
        recognizer.setWords(true);
        return recognizer;
    }

    @Override
    public void close() {
        model.close();
    }
}
