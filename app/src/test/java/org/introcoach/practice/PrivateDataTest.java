package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.FileSoundSource;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.history.AttemptStore;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the practice loop keeps in the data folder is readable by the user alone. */
class PrivateDataTest {
    @TempDir
    Path home;

    @Test
    void aRecordedTakeItsResultsAndTheWorkspaceAreReadableByTheUserAlone() throws Exception {
        DataDirectory data = new DataDirectory(home.resolve("introcoach"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        Workspace workspace = new Workspace(data, new TemplateLibrary().load(data.templates()), clock);
        Workspace.Current current = workspace.open();
        try (SpeechModel model = SpeechModel.load(ProjectFiles.voskModel())) {
            Coach coach = new Coach(new VoskTranscriber(model, new AudioDecoder()),
                    Judge.load(),
                    new AttemptStore(data.attempts(), clock), new AudioDecoder(), clock);
            CountDownLatch ended = new CountDownLatch(1);
            Take take = coach.startTake(new FileSoundSource(new AudioDecoder().open(ProjectFiles.sample("short-hello.wav")), false),
                    current.judging(), TakeListener.whenSourceEnds(ended::countDown));
            assertTrue(ended.await(60, TimeUnit.SECONDS));
            take.stop();
        }

        List<Path> everything;
        try (var paths = Files.walk(data.root())) {
            everything = paths.toList();
        }
        assertTrue(everything.stream().anyMatch(path -> path.endsWith("recording.wav")), everything.toString());
        assertTrue(everything.stream().anyMatch(path -> path.endsWith("settings.json")), everything.toString());
        for (Path path : everything) {
            String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
            assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
    }
}
