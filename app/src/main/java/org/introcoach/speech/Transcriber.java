package org.introcoach.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Offline speech recognition with word timings and confidences.
 */
public interface Transcriber {

    /**
     * Transcribes a whole audio file of any supported format.
     *
     * @param progress  told the fraction of the file read so far, from 0 to 1
     * @param cancelled polled between chunks; when it answers true the work stops
     * @throws org.introcoach.audio.UnreadableAudioException when the file cannot be read as audio
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    TranscriptionResult transcribe(Path audio, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException;

    /** Transcribes a whole audio file without progress or cancellation. */
    default TranscriptionResult transcribe(Path audio) throws IOException {
        return transcribe(audio, fraction -> { }, () -> false);
    }

    /**
     * Starts recognising a stream of 16 kHz mono audio.
     *
     * @param onText told the whole text heard so far each time it changes, on the feeding thread
     */
    LiveTranscription startLive(Consumer<String> onText) throws IOException;

    /** Starts recognising a stream whose text nobody watches (an import): no partial results are computed. */
    LiveTranscription startQuiet() throws IOException;
}
