package org.introcoach.analysis;

/** Analysis classes that break its purity, each one way; only ArchitectureTest reads them. */
final class ImpureFixtures {
    private ImpureFixtures() {
    }

    static final class ReadsTheClock {
        Object now() {
            return java.time.Instant.now();
        }
    }

    static final class ReadsMillis {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static final class ReadsAFile {
        String read() throws java.io.IOException {
            return java.nio.file.Files.readString(java.nio.file.Path.of("x"));
        }
    }

    static final class StartsAThread {
        void start() {
            new Thread(() -> { }).start();
        }
    }

    static final class UsesAnExecutor {
        void run() {
            java.util.concurrent.Executors.newSingleThreadExecutor().shutdown();
        }
    }
}
