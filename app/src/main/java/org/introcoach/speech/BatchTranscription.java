package org.introcoach.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Transcribes many files at once on several threads; the recognizers share one model. */
public final class BatchTranscription {

    /** The outcome for one file: a result, or the reason it failed. */
    public record Outcome(Path file, TranscriptionResult result, IOException error) {
        public boolean succeeded() {
            return result != null;
        }
    }

    private final Transcriber transcriber;
    private final int threads;

    public BatchTranscription(Transcriber transcriber, int threads) {
        this.transcriber = transcriber;
        this.threads = Math.max(1, threads);
    }

    /** Transcribes every file; returns their outcomes in the order given. */
    public List<Outcome> run(List<Path> files) throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), task -> {
            Thread thread = new Thread(task, "transcribe-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> transcribeOne(file)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(resultOf(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome transcribeOne(Path file) {
        try {
            return new Outcome(file, transcriber.transcribe(file), null);
        } catch (IOException e) {
            return new Outcome(file, null, e);
        }
    }

    private static Outcome resultOf(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
