package org.introcoach.job;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.DataDirectory;
import org.introcoach.storage.InputFiles;

/**
 * The job posting takes are judged for, remembered in the data folder as {@code job-posting.json}
 * (where it came from and its text; the requirements are extracted again on reading, so a better
 * extractor improves a remembered posting too). Written atomically; a damaged file counts as no
 * posting and is logged, never stops the app.
 */
public final class PostingStore {
    static final String FILE = "job-posting.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final System.Logger LOG = System.getLogger(PostingStore.class.getName());
    private final Path file;
    private final PostingReader reader = new PostingReader();

    public PostingStore(DataDirectory data) {
        this.file = data.root().resolve(FILE);
    }

    @JsonPropertyOrder({"source", "text"})
    record Saved(String source, String text) {
    }

    /** The remembered posting, if there is one and it can still be read. */
    public Optional<JobPosting> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Saved saved = JSON.readValue(InputFiles.readText(file, InputFiles.Kind.JOB_POSTING), Saved.class);
            return saved == null || saved.text() == null ? Optional.empty() : Optional.of(reader.again(saved.source(), saved.text()));
        } catch (IOException damaged) {
            LOG.log(System.Logger.Level.WARNING, file + " cannot be read and is ignored: " + damaged.getMessage());
            return Optional.empty();
        }
    }

    public void save(JobPosting posting) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(new Saved(posting.source(), posting.text())) + "\n");
    }

    /** Takes are judged without a posting from now on. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
