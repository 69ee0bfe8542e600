package org.introcoach.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.speech.BatchTranscription;
import org.introcoach.speech.LiveTranscription;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.Transcriber;
import org.introcoach.speech.VoskTranscriber;
import org.vosk.Recognizer;

/**
 * Measures the speech pipeline against a bare Vosk decoding loop on the same audio, the latency
 * from the end of a live take to its final transcript, and the gain from transcribing in parallel.
 */
public final class SpeechBenchmark {
    /** The take length the stop-to-final target is set for. */
    public static final double LIVE_TAKE_SECONDS = 90;
    private static final int LIVE_CHUNK = AudioDecoder.TARGET_RATE / 10;

    /** Figures, in seconds unless named otherwise; a real-time factor is processing time over audio time. */
    public record Figures(double audioSeconds, double pipelineRealTimeFactor, double bareVoskRealTimeFactor,
                          double pipelineOverBare, double liveTakeSeconds, double liveStopToFinalMillis,
                          double parallelSpeedup, int threads) {
    }

    private final SpeechModel model;
    private final AudioDecoder decoder;

    public SpeechBenchmark(SpeechModel model, AudioDecoder decoder) {
        this.model = model;
        this.decoder = decoder;
    }

    public Figures run(Path audio, int rounds, int threads) throws IOException, InterruptedException {
        short[] samples = decodeAll(audio);
        double audioSeconds = samples.length / (double) AudioDecoder.TARGET_RATE;
        VoskTranscriber transcriber = new VoskTranscriber(model, decoder);
        double pipeline = Double.MAX_VALUE;
        double bare = Double.MAX_VALUE;
        for (int round = 0; round < Math.max(1, rounds); round++) {
            bare = Math.min(bare, timeBareLoop(samples));
            long started = System.nanoTime();
            transcriber.transcribe(audio);
            pipeline = Math.min(pipeline, seconds(started));
        }
        double stopToFinal = timeLiveStopToFinal(transcriber, samples);
        double parallelSpeedup = threads > 1 ? timeParallel(transcriber, audio, threads, pipeline) : 1;
        return new Figures(audioSeconds, pipeline / audioSeconds, bare / audioSeconds, pipeline / bare,
                LIVE_TAKE_SECONDS, stopToFinal * 1000, parallelSpeedup, threads);
    }

    private short[] decodeAll(Path audio) throws IOException {
        try (DecodedAudio decoded = decoder.open(audio)) {
            return decoded.readAll();
        }
    }

    /**
     * Vosk's own example loop: a recognizer with word timings fed quarter-second chunks, taking each
     * utterance's result as it ends (without that, every utterance but the last would be lost).
     */
    private double timeBareLoop(short[] samples) throws IOException {
        long started = System.nanoTime();
        try (Recognizer recognizer = model.newRecognizer(AudioDecoder.TARGET_RATE)) {
            short[] chunk = new short[LiveTranscription.BLOCK_SAMPLES];
            for (int offset = 0; offset < samples.length; offset += chunk.length) {
                int count = Math.min(chunk.length, samples.length - offset);
                System.arraycopy(samples, offset, chunk, 0, count);
                if (recognizer.acceptWaveForm(chunk, count)) {
                    recognizer.getResult();
                }
            }
            recognizer.getFinalResult();
        }
        return seconds(started);
    }

    private double timeLiveStopToFinal(Transcriber transcriber, short[] samples) throws IOException {
        int takeLength = (int) (LIVE_TAKE_SECONDS * AudioDecoder.TARGET_RATE);
        short[] chunk = new short[LIVE_CHUNK];
        try (LiveTranscription live = transcriber.startLive(text -> { })) {
            for (int offset = 0; offset < takeLength; offset += LIVE_CHUNK) {
                for (int i = 0; i < LIVE_CHUNK; i++) {
                    chunk[i] = samples[(offset + i) % samples.length];
                }
                live.accept(chunk, LIVE_CHUNK);
            }
            long stopped = System.nanoTime();
            live.finish();
            return seconds(stopped);
        }
    }

    private double timeParallel(Transcriber transcriber, Path audio, int threads, double oneFileSeconds)
            throws InterruptedException {
        List<Path> files = java.util.Collections.nCopies(threads, audio);
        long started = System.nanoTime();
        new BatchTranscription(transcriber, threads).run(files);
        return oneFileSeconds * threads / seconds(started);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
