package org.introcoach.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.introcoach.followup.AnswerFeedback;
import org.introcoach.speech.Transcript;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.DataDirectory;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.JsonFormat;
import org.introcoach.storage.PrivateFiles;

/**
 * Practised answers on disk, beside the intro takes and in the same shape: one folder each in the
 * data folder's {@value #FOLDER} folder, holding {@value AttemptStore#RECORDING} (when it was
 * recorded or imported), {@value AttemptStore#TRANSCRIPT} and {@value #ANSWER}, every file written
 * atomically and the answer last, so a folder with an answer is complete. A data folder from before
 * answers existed simply has no such folder.
 */
public final class AnswerStore {
    public static final String FOLDER = "answers";
    static final String ANSWER = "answer.json";
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonFormat.pretty();

    private final Path folder;
    private final Clock clock;

    public AnswerStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public static AnswerStore in(DataDirectory data, Clock clock) {
        return new AnswerStore(data.root().resolve(FOLDER), clock);
    }

    public Path folder() {
        return folder;
    }

    /** Makes the folder for a new answer; its recording goes to {@link PendingAttempt#recording()}. */
    public synchronized PendingAttempt begin(String source) throws IOException {
        Instant now = clock.instant();
        String id = FOLDER_NAME.format(now);
        Path answerFolder = folder.resolve(id);
        for (int suffix = 2; Files.exists(answerFolder); suffix++) {
            answerFolder = folder.resolve(id + "-" + suffix);
        }
        PrivateFiles.createDirectories(answerFolder);
        return new PendingAttempt(answerFolder.getFileName().toString(), answerFolder, now, source);
    }

    public SavedAnswer complete(PendingAttempt pending, Transcript transcript, AnswerFeedback feedback) throws IOException {
        AtomicFiles.writeString(pending.folder().resolve(AttemptStore.TRANSCRIPT), write(transcript));
        SavedAnswer saved = new SavedAnswer(SavedAnswer.KIND, pending.id(), pending.startedAt(), pending.source(), feedback.questionId(),
                feedback.question(), feedback);
        AtomicFiles.writeString(pending.folder().resolve(ANSWER), write(saved));
        return saved;
    }

    /** Gives up on an answer that was begun and removes its folder. */
    public void abandon(PendingAttempt pending) throws IOException {
        if (!Files.exists(pending.folder())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(pending.folder())) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A listing of the saved answers, newest first, and the folders that could not be read (never deleted). */
    public record Listing(List<SavedAnswer> answers, List<StoredAttempt.Damaged> damaged) {
        public Listing {
            answers = List.copyOf(answers);
            damaged = List.copyOf(damaged);
        }
    }

    public Listing list() throws IOException {
        List<SavedAnswer> answers = new ArrayList<>();
        List<StoredAttempt.Damaged> damaged = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Listing(answers, damaged);
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(folder)) {
            folders = children.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed()).toList();
        }
        for (Path answerFolder : folders) {
            String id = answerFolder.getFileName().toString();
            Path answer = answerFolder.resolve(ANSWER);
            if (!Files.exists(answer)) {
                continue;
            }
            try {
                answers.add(JSON.readValue(InputFiles.readText(answer, InputFiles.Kind.SAVED_TAKE), SavedAnswer.class));
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                damaged.add(new StoredAttempt.Damaged(id, answerFolder, ANSWER + " cannot be read: " + message.lines().findFirst().orElse("")));
            }
        }
        return new Listing(answers, damaged);
    }

    /** The recording of a saved answer, when it has one. */
    public Path recording(SavedAnswer answer) {
        return folder.resolve(answer.id()).resolve(AttemptStore.RECORDING);
    }

    private static String write(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value) + "\n";
    }
}
