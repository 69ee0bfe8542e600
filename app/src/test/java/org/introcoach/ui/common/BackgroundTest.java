package org.introcoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void workCutShortByClosingIsNotReportedAsAFailure() throws Exception {
        ExecutorService workers = Background.daemonWorkers();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Background background = new Background(workers, Runnable::run);
        background.run(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return "done";
        }, result -> { }, failures::add);
        started.await();
        background.close();

        assertTrue(workers.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(List.of(), failures);
    }

    @Test
    void aFailureWhileRunningIsReported() throws Exception {
        ExecutorService workers = Background.daemonWorkers();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        try (Background background = new Background(workers, Runnable::run)) {
            background.run(() -> {
                throw new IllegalStateException("model missing");
            }, result -> { }, failure -> {
                failures.add(failure);
                reported.countDown();
            });
            assertTrue(reported.await(5, TimeUnit.SECONDS));
        }
        assertEquals("model missing", failures.get(0).getMessage());
    }

    @Test
    void workAskedForAfterClosingIsDroppedNotThrown() throws Exception {
        ExecutorService workers = Background.daemonWorkers();
        List<String> ran = new CopyOnWriteArrayList<>();
        Background background = new Background(workers, Runnable::run);
        background.close();

        background.run(() -> "late", ran::add, failure -> ran.add("failure: " + failure));

        assertTrue(workers.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(List.of(), ran);
    }
}
