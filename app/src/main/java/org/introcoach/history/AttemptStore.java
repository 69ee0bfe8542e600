package org.introcoach.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.introcoach.analysis.Dimension;
import org.introcoach.analysis.Report;
import org.introcoach.draft.Draft;
import org.introcoach.resume.Resume;
import org.introcoach.speech.Transcript;
import org.introcoach.storage.AtomicFiles;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.PrivateFiles;
import org.introcoach.storage.JsonFormat;

/**
 * Attempts on disk, one folder each: {@value #RECORDING} (streamed while recording),
 * {@value #TRANSCRIPT}, {@value #REPORT}, {@value #RESUME}, {@value #DRAFT} when there was one,
 * and {@value #SUMMARY}. Every JSON file is written atomically and the summary last, so a folder
 * with a summary is complete; one with only a recording is an {@linkplain UnfinishedTake unfinished take}.
 * Deleting moves the folder to a trash folder until the trash is emptied, so it can be undone.
 *
 * <p>The transcript is stored once, in {@value #TRANSCRIPT} (the shape {@code introcoach transcribe}
 * writes); {@value #REPORT} holds every other field of the report, and reading the take puts the
 * transcript back into the report. Takes saved before that hold the transcript in both files; their
 * report's own copy (the words as they were judged) is the one read, and nothing is rewritten.
 */
public final class AttemptStore {
    public static final String RECORDING = "recording.wav";
    static final String TRANSCRIPT = "transcript.json";
    static final String REPORT = "report.json";
    static final String RESUME = "resume.json";
    static final String DRAFT = "draft.json";
    static final String SUMMARY = "attempt.json";
    private static final String TRASH = ".trash";
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonFormat.pretty();

    private final Path folder;
    private final Clock clock;
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();

    public AttemptStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Makes the folder for a new attempt; its recording goes to {@link PendingAttempt#recording()}. */
    public synchronized PendingAttempt begin(String source) throws IOException {
        Instant now = clock.instant();
        String id = FOLDER_NAME.format(now);
        Path attemptFolder = folder.resolve(id);
        for (int suffix = 2; Files.exists(attemptFolder); suffix++) {
            attemptFolder = folder.resolve(id + "-" + suffix);
        }
        PrivateFiles.createDirectories(attemptFolder);
        inProgress.add(attemptFolder.getFileName().toString());
        return new PendingAttempt(attemptFolder.getFileName().toString(), attemptFolder, now, source);
    }

    /** Saves what the take came to; the attempt then appears in {@link #list()}. */
    public Attempt complete(PendingAttempt pending, Report report, Resume resume, Optional<Draft> draft) throws IOException {
        Path attemptFolder = pending.folder();
        Transcript transcript = report.transcript() == null ? Transcript.empty(0) : report.transcript();
        AtomicFiles.writeString(attemptFolder.resolve(TRANSCRIPT), write(transcript.inFile(RECORDING)));
        AtomicFiles.writeString(attemptFolder.resolve(REPORT), writeWithoutTranscript(report));
        AtomicFiles.writeString(attemptFolder.resolve(RESUME), write(resume));
        if (draft.isPresent()) {
            AtomicFiles.writeString(attemptFolder.resolve(DRAFT), write(draft.get()));
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            scores.put(dimension.id(), report.score(dimension));
        }
        Attempt attempt = new Attempt(pending.id(), pending.startedAt(), pending.source(), transcript.durationSeconds(),
                resume.name(), draft.map(Draft::name).orElse(""), draft.map(Draft::templateId).orElse(""), report.overall(),
                scores, report.metrics().wordsPerMinute(), report.metrics().fillersPerMinute());
        AtomicFiles.writeString(attemptFolder.resolve(SUMMARY), write(attempt));
        inProgress.remove(pending.id());
        return attempt;
    }

    /** Gives up on an attempt that was begun and removes its folder (an import that was cancelled, say). */
    public void abandon(PendingAttempt pending) throws IOException {
        inProgress.remove(pending.id());
        deleteTree(pending.folder());
    }

    /** Lets go of an attempt whose recording should be kept for later, such as a take the microphone cut short. */
    public void release(PendingAttempt pending) {
        inProgress.remove(pending.id());
    }

    /** Every attempt folder, newest first; damaged ones are listed with the reason and never hide the others. */
    public List<StoredAttempt> list() throws IOException {
        List<StoredAttempt> attempts = new ArrayList<>();
        for (Path attemptFolder : attemptFolders()) {
            String id = attemptFolder.getFileName().toString();
            Path summary = attemptFolder.resolve(SUMMARY);
            if (!Files.exists(summary)) {
                if (!Files.exists(attemptFolder.resolve(RECORDING))) {
                    attempts.add(new StoredAttempt.Damaged(id, attemptFolder, "the folder holds no recording and no results"));
                }
                continue;
            }
            try {
                Attempt attempt = JSON.readValue(read(summary), Attempt.class);
                Optional<String> damage = damage(attemptFolder);
                if (damage.isPresent()) {
                    attempts.add(new StoredAttempt.Damaged(id, attemptFolder, damage.get()));
                } else {
                    attempts.add(new StoredAttempt.Complete(attempt, attemptFolder));
                }
            } catch (IOException e) {
                attempts.add(new StoredAttempt.Damaged(id, attemptFolder, SUMMARY + " cannot be read: " + firstLine(e)));
            }
        }
        return attempts;
    }

    /**
     * What is wrong with a folder whose summary reads, found cheaply enough for the list: the
     * recording, report and resume must be there, and the report must be a whole JSON object
     * (it starts with '{' and ends with '}', which a write cut short or a truncated copy breaks).
     * Damage inside an otherwise whole report is found when the take is opened.
     */
    private static Optional<String> damage(Path attemptFolder) {
        for (String needed : List.of(RECORDING, REPORT, RESUME)) {
            if (!Files.isRegularFile(attemptFolder.resolve(needed))) {
                return Optional.of(needed + " is missing");
            }
        }
        Path report = attemptFolder.resolve(REPORT);
        try (var channel = Files.newByteChannel(report)) {
            long size = channel.size();
            if (size < 2) {
                return Optional.of(REPORT + " is empty");
            }
            if (size > InputFiles.Kind.SAVED_TAKE.maxBytes()) {
                return Optional.of(REPORT + " is too large to be a report");
            }
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate((int) Math.min(64, size));
            channel.read(head);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(64, size));
            channel.position(size - tail.capacity());
            channel.read(tail);
            if (firstNonBlank(head.array(), head.position(), true) != '{' || firstNonBlank(tail.array(), tail.position(), false) != '}') {
                return Optional.of(REPORT + " is damaged: it is not a whole JSON document (cut short?)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(REPORT + " cannot be read: " + firstLine(e));
        }
    }

    private static int firstNonBlank(byte[] bytes, int length, boolean fromStart) {
        for (int i = 0; i < length; i++) {
            int b = bytes[fromStart ? i : length - 1 - i] & 0xff;
            if (!Character.isWhitespace(b) && !(fromStart && (b == 0xEF || b == 0xBB || b == 0xBF))) {
                return b;
            }
        }
        return -1;
    }

    /** Takes whose recording was kept but whose results were never saved, oldest first. */
    public List<UnfinishedTake> unfinished() throws IOException {
        List<UnfinishedTake> takes = new ArrayList<>();
        for (Path attemptFolder : attemptFolders()) {
            String id = attemptFolder.getFileName().toString();
            Path recording = attemptFolder.resolve(RECORDING);
            if (inProgress.contains(id) || Files.exists(attemptFolder.resolve(SUMMARY)) || !Files.exists(recording)) {
                continue;
            }
            long dataBytes = Math.max(0, Files.size(recording) - 44);
            Instant started = Files.getLastModifiedTime(attemptFolder).toInstant();
            try {
                started = FOLDER_NAME.parse(id.length() > 23 ? id.substring(0, 23) : id, Instant::from);
            } catch (RuntimeException notOurName) {
                // keep the folder's time
            }
            takes.add(new UnfinishedTake(id, recording, started, dataBytes / 2.0 / 16_000));
        }
        takes.sort(Comparator.comparing(UnfinishedTake::startedAt));
        return takes;
    }

    /** Picks an unfinished take up again, to be completed with {@link #complete}. */
    public PendingAttempt resume(UnfinishedTake take) {
        inProgress.add(take.id());
        return new PendingAttempt(take.id(), take.recording().getParent(), take.startedAt(), "microphone (recovered)");
    }

    public AttemptContents load(String id) throws IOException {
        Path attemptFolder = folder.resolve(id);
        try {
            Attempt attempt = JSON.readValue(read(attemptFolder.resolve(SUMMARY)), Attempt.class);
            Report report = readReport(attemptFolder);
            Resume resume = JSON.readValue(read(attemptFolder.resolve(RESUME)), Resume.class);
            Path draftFile = attemptFolder.resolve(DRAFT);
            Optional<Draft> draft = Files.exists(draftFile)
                    ? Optional.of(JSON.readValue(read(draftFile), Draft.class)) : Optional.empty();
            return new AttemptContents(attempt, attemptFolder.resolve(RECORDING), report, resume, draft);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("The attempt " + id + " is incomplete: " + Path.of(e.getFile()).getFileName() + " is missing.", e);
        } catch (JsonProcessingException e) {
            throw new IOException("The attempt " + id + " is damaged: " + firstLine(e), e);
        }
    }

    /** Moves an attempt to the trash; {@link #restore} brings it back until the trash is emptied. */
    public DeletedAttempt delete(String id) throws IOException {
        Path source = folder.resolve(id);
        Path trash = folder.resolve(TRASH);
        PrivateFiles.createDirectories(trash);
        Path target = trash.resolve(id);
        if (Files.exists(target)) {
            deleteTree(target);
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        return new DeletedAttempt(id, target);
    }

    public void restore(DeletedAttempt deleted) throws IOException {
        Path target = folder.resolve(deleted.id());
        if (Files.exists(target)) {
            throw new IOException("Cannot restore " + deleted.id() + ": an attempt of that name exists again.");
        }
        Files.move(deleted.trashed(), target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes for good what was moved to the trash; called when undo is no longer offered. */
    public void emptyTrash() throws IOException {
        deleteTree(folder.resolve(TRASH));
    }

    /** A deleted attempt, still in the trash. */
    public record DeletedAttempt(String id, Path trashed) {
    }

    private List<Path> attemptFolders() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed()).toList();
        }
    }

    /**
     * The report of a take with its transcript: from {@value #TRANSCRIPT} when the report does not
     * hold one (a take saved since the transcript is stored once), else the report's own copy.
     */
    private static Report readReport(Path attemptFolder) throws IOException {
        Report report = JSON.readValue(read(attemptFolder.resolve(REPORT)), Report.class);
        if (report.transcript() != null) {
            return report;
        }
        return report.withTranscript(JSON.readValue(read(attemptFolder.resolve(TRANSCRIPT)), Transcript.class).withoutFile());
    }

    /** The report's JSON with every field but {@code transcript}, which {@value #TRANSCRIPT} holds. */
    private static String writeWithoutTranscript(Report report) throws JsonProcessingException {
        com.fasterxml.jackson.databind.node.ObjectNode json = JSON.valueToTree(report);
        json.remove("transcript");
        return JSON.writeValueAsString(json) + "\n";
    }

    private static String read(Path file) throws IOException {
        return InputFiles.readText(file, InputFiles.Kind.SAVED_TAKE);
    }

    private static String write(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value) + "\n";
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
