package org.introcoach.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Runs one reader on one fuzzed file and says whether it behaved: it either reads the file or
 * refuses it with an {@link IOException} whose message is one line naming the file, within
 * {@value #SECONDS_PER_INPUT} s. Anything else (a runtime exception, an error such as running out
 * of memory, a hang) is a crash: the input is kept under {@code target/fuzz-findings/} and the
 * property fails, so jqwik prints the seed that reproduces it.
 */
public final class FuzzHarness {
    static final int SECONDS_PER_INPUT = 10;
    private static final Path FINDINGS = Path.of("target/fuzz-findings");

    /** What a target does with a file; returning normally means it read it. */
    public interface Reader {
        void read(Path file) throws Exception;
    }

    private final String target;
    private final Path folder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong executions = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong crashes = new AtomicLong();

    public FuzzHarness(String target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    /** Inputs for a target: the seed now and then, mostly mutations of it. */
    public static Arbitrary<byte[]> mutationsOf(byte[] seed, boolean text) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(seed)),
                net.jqwik.api.Tuple.of(30, Arbitraries.randomValue((Random random) -> Mutator.mutate(seed, random, text))));
    }

    public void check(byte[] input, String fileName, Reader reader) throws Exception {
        Path file = folder.resolve(fileName);
        Files.write(file, input);
        executions.incrementAndGet();
        Future<?> run = worker.submit(() -> {
            reader.read(file);
            return null;
        });
        try {
            run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            crashes.incrementAndGet();
            run.cancel(true);
            throw new AssertionError(target + " did not finish within " + SECONDS_PER_INPUT + " s on " + keep(input));
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException refusal) {
                String message = String.valueOf(refusal.getMessage());
                if (!message.contains(file.toString()) || message.contains("\n") || message.contains("\r")) {
                    crashes.incrementAndGet();
                    throw new AssertionError(target + " refused " + keep(input) + " without one line naming the file: " + message, refusal);
                }
                refused.incrementAndGet();
                return;
            }
            crashes.incrementAndGet();
            throw new AssertionError(target + " crashed on " + keep(input) + ": " + cause, cause);
        }
    }

    public String summary() {
        long failed = crashes.get();
        return "%s: %d executions, %d read, %d refused with a message, %s"
                .formatted(target, executions.get(), executions.get() - refused.get() - failed, refused.get(),
                        failed == 0 ? "no crash" : failed + " CRASHED (see target/fuzz-findings)");
    }

    public void close() {
        worker.shutdownNow();
    }

    /** Deletes a fuzz target's scratch folder. */
    public static void deleteFolder(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private String keep(byte[] input) {
        try {
            Files.createDirectories(FINDINGS);
            String name = target + "-" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(input), 0, 6);
            Path kept = Files.write(FINDINGS.resolve(name), input);
            return kept.toAbsolutePath().toString();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "an input that could not be kept (" + e.getMessage() + ")";
        }
    }
}
