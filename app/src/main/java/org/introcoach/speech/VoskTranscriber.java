package org.introcoach.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;

/** {@link Transcriber} over one shared Vosk model; each transcription has its own recognizer. */
public final class VoskTranscriber implements Transcriber {
    public static final String NO_SPEECH_WARNING = "no speech was heard: the recording is silent or too quiet";

    private final SpeechModel model;
    private final AudioDecoder decoder;

    public VoskTranscriber(SpeechModel model, AudioDecoder decoder) {
        this.model = model;
        this.decoder = decoder;
    }

    @Override
    public TranscriptionResult transcribe(Path audio, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        return transcribe(audio, List.of(), progress, cancelled);
    }

    /**
     * Transcribes a file with the resume-aware second pass: the stretches that may hold a resume
     * fact are re-decoded against {@code phrases} (see {@link ResumeAwarePass}).
     */
    public TranscriptionResult transcribe(Path audio, List<String> phrases, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        try (DecodedAudio decoded = decoder.open(audio);
             LiveTranscription live = LiveTranscription.withoutPartials(model).recheckAgainst(phrases)) {
            Transcript transcript;
            try {
                transcript = live.feedAll(decoded, LiveTranscription.Copy.NONE, progress, cancelled);
            } catch (CancellationException e) {
                throw new CancellationException("transcription of " + audio.getFileName() + " was cancelled");
            }
            List<String> warnings = new ArrayList<>(decoded.info().warnings());
            if (transcript.isEmpty()) {
                warnings.add(NO_SPEECH_WARNING);
            }
            return new TranscriptionResult(audio, decoded.info(), transcript, warnings);
        }
    }

    @Override
    public LiveTranscription startLive(Consumer<String> onText) throws IOException {
        return new LiveTranscription(model, onText);
    }

    @Override
    public LiveTranscription startQuiet() throws IOException {
        return LiveTranscription.withoutPartials(model);
    }
}
