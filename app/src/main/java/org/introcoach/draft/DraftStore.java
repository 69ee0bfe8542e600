package org.introcoach.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Path;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.InputFiles;

/** Drafts as JSON files, written atomically. */
public final class DraftStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public void save(Path file, Draft draft) throws IOException {
        AtomicFiles.writeString(file, MAPPER.writeValueAsString(draft) + "\n");
    }

    /** Saves a draft where the user asked (draft --save): the folder must exist, the file follows their umask. */
    public void export(Path file, Draft draft) throws IOException {
        AtomicFiles.writeExport(file, MAPPER.writeValueAsString(draft) + "\n");
    }

    public Draft load(Path file) throws IOException {
        try {
            Draft draft = MAPPER.readValue(InputFiles.readText(file, InputFiles.Kind.DRAFT), Draft.class);
            if (draft == null) {
                throw new IOException(file + ": this is not a draft: the JSON is null, not an object");
            }
            if (draft.templateId() == null || draft.templateId().isBlank()) {
                throw new IOException(file + ": this draft names no template");
            }
            return draft;
        } catch (MismatchedInputException e) {
            var where = e.getLocation();
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                throw new IOException(file + ": the draft is not valid JSON: something follows it"
                        + (where == null ? "" : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr())), e);
            }
            throw new IOException(file + ": the draft has a field of the wrong type: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new IOException(file + ": the draft is not valid JSON"
                    + (where == null ? "" : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr())), e);
        }
    }
}
