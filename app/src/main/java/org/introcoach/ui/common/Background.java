package org.introcoach.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs slow work off the UI thread and hands its outcome back on the UI thread. Tests build it
 * with direct executors so view models can be exercised without JavaFX running.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService workers;
    private final Executor uiThread;

    public Background(ExecutorService workers, Executor uiThread) {
        this.workers = workers;
        this.uiThread = uiThread;
    }

    /** Two named daemon threads: one long job (an import) never blocks a short one (opening an attempt). */
    public static ExecutorService daemonWorkers() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "introcoach-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code work} on a worker, then {@code onSuccess} or {@code onFailure} on the UI thread.
     * Once closed, nothing more is started: work asked for by an outcome that arrives while the app
     * closes (the models loaded just as the window shut) is dropped, not thrown.
     */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (workers.isShutdown()) {
            return;
        }
        workers.execute(() -> {
            try {
                T result = work.call();
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                if (!workers.isShutdown()) {
                    uiThread.execute(() -> onFailure.accept(failure));
                }
            }
        });
    }

    /** Runs {@code update} on the UI thread: for progress and events that arrive from worker threads. */
    public void onUiThread(Runnable update) {
        uiThread.execute(update);
    }

    /** Stops the workers; work cut short by the closing (model loading interrupted on exit) is not reported as a failure. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
