package org.introcoach.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.introcoach.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingStoreTest {
    @TempDir
    Path dir;

    @Test
    void remembersThePostingBetweenRuns() throws IOException {
        JobPosting posting = JobPostingSamplesTest.read("engineering-manager-infrastructure-harbourline.html");
        new PostingStore(new DataDirectory(dir)).save(posting);

        JobPosting again = new PostingStore(new DataDirectory(dir)).load().orElseThrow();

        assertEquals(posting.requirements(), again.requirements());
        assertEquals("engineering-manager-infrastructure-harbourline.html", again.source());
        assertEquals("Harbourline Commerce", again.company());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve(PostingStore.FILE)), files.toList(), "one file, no temporary left behind");
        }
    }

    @Test
    void aDamagedFileIsNoPosting() throws IOException {
        Files.writeString(dir.resolve(PostingStore.FILE), "{\"source\": \"job.md\", \"text\": ");

        assertTrue(new PostingStore(new DataDirectory(dir)).load().isEmpty());
    }

    @Test
    void forgettingMeansTakesAreJudgedWithoutOne() throws IOException {
        PostingStore store = new PostingStore(new DataDirectory(dir));
        store.save(JobPostingSamplesTest.read("senior-backend-engineer-ledgerline.md"));
        store.forget();

        assertTrue(store.load().isEmpty());
    }
}
