package org.introcoach.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.introcoach.job.PostingReader;
import org.introcoach.testing.ProjectFiles;

/** The job posting reader on mutated copies of the bundled Markdown and HTML postings: it reads them or refuses them in one line. */
class PostingFuzzTest {
    private static Path folder;
    private static final Map<String, byte[]> SEEDS = new LinkedHashMap<>();
    private static final Map<String, FuzzHarness> HARNESSES = new LinkedHashMap<>();

    @BeforeContainer
    static void seeds() throws IOException {
        folder = Files.createTempDirectory("introcoach-posting-fuzz");
        Path jobs = ProjectFiles.root().resolve("samples/jobs");
        SEEDS.put("markdown-posting", Files.readAllBytes(jobs.resolve("senior-backend-engineer-ledgerline.md")));
        SEEDS.put("html-posting", Files.readAllBytes(jobs.resolve("engineering-manager-infrastructure-harbourline.html")));
    }

    @AfterContainer
    static void report() throws IOException {
        HARNESSES.values().forEach(harness -> {
            System.out.println("fuzz " + harness.summary());
            harness.close();
        });
        FuzzHarness.deleteFolder(folder);
    }

    @Property
    void markdownPosting(@ForAll("markdown-posting") byte[] input) throws Exception {
        harness("markdown-posting").check(input, "posting.md", file -> new PostingReader().read(file));
    }

    @Property
    void htmlPosting(@ForAll("html-posting") byte[] input) throws Exception {
        harness("html-posting").check(input, "posting.html", file -> new PostingReader().read(file));
    }

    @Provide("markdown-posting")
    Arbitrary<byte[]> markdownPostings() {
        return FuzzHarness.mutationsOf(SEEDS.get("markdown-posting"), true);
    }

    @Provide("html-posting")
    Arbitrary<byte[]> htmlPostings() {
        return FuzzHarness.mutationsOf(SEEDS.get("html-posting"), true);
    }

    private static synchronized FuzzHarness harness(String target) {
        return HARNESSES.computeIfAbsent(target, name -> new FuzzHarness(name, folder));
    }
}
