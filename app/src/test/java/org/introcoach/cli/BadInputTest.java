package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestWav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of issue 16: each gets exit code 2 and one line on stderr naming the file and the problem. */
class BadInputTest {
    private static final String MARIA = ProjectFiles.root().resolve("samples/resumes/maria-chen.json").toString();
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aResumeThatNeverEndsIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));

        CliRun run = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("resume", "/dev/zero"));

        assertOneLine(run, "introcoach: /dev/zero: this is not a regular file (a device, a pipe or a socket); give a saved resume file");
    }

    @Test
    void aFifoIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = fifo("f.json");

        CliRun resume = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("resume", fifo.toString()));
        CliRun transcript = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("analyze", "--resume", MARIA, "--transcript", fifo.toString()));
        CliRun draft = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("analyze", "--resume", MARIA,
                "--transcript", transcript("hello").toString(), "--draft", fifo.toString()));

        assertOneLine(resume, "introcoach: " + fifo + ": this is not a regular file (a device, a pipe or a socket); give a saved resume file");
        assertOneLine(transcript, "introcoach: " + fifo + ": this is not a regular file (a device, a pipe or a socket); give a saved transcript file");
        assertOneLine(draft, "introcoach: " + fifo + ": this is not a regular file (a device, a pipe or a socket); give a saved draft file");
    }

    @Test
    void aDeviceOrFifoAsAudioIsNotCalledEmpty() throws Exception {
        Path fifo = fifo("take.wav");

        CliRun run = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("transcribe", "/dev/zero", fifo.toString()));

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("introcoach: /dev/zero: this is not a regular file (a device, a pipe or a socket); give a saved recording",
                "introcoach: " + fifo + ": this is not a regular file (a device, a pipe or a socket); give a saved recording"), run.errLines());
    }

    @Test
    void aResumeOverTheLimitSaysTheLimit() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(25L << 20);
        }

        CliRun run = CliRun.of("resume", huge.toString());

        assertOneLine(run, "introcoach: " + huge + ": the file is 25 MB; a resume can be at most 20 MB");
    }

    @Test
    void aTranscriptOverTheLimitSaysTheLimit() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength((20L << 20) + 1);
        }

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", huge.toString());

        assertOneLine(run, "introcoach: " + huge + ": the file is 20.0 MB; a transcript can be at most 20 MB");
    }

    @Test
    void aWavAtOneHertzIsRefusedPromptly() throws Exception {
        Path wav = Files.write(dir.resolve("slow.wav"), TestWav.riff(TestWav.PCM, 1, 1, 16, new byte[32_000], 32_000));

        CliRun run = assertTimeoutPreemptively(PROMPTLY, () -> CliRun.of("transcribe", wav.toString()));

        assertOneLine(run, "introcoach: " + wav + ": the WAV header gives a sample rate of 1 Hz; IntroCoach reads 8000 to 96000 Hz (a corrupt header? or convert the file)");
    }

    @Test
    void aWavAtFourGigahertzIsRefused() throws Exception {
        byte[] riff = TestWav.riff(TestWav.PCM, 1, 16_000, 16, new byte[32_000], 32_000);
        java.nio.ByteBuffer.wrap(riff).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(24, (int) 4_000_000_000L);
        Path wav = Files.write(dir.resolve("fast.wav"), riff);

        CliRun run = CliRun.of("transcribe", wav.toString());

        assertOneLine(run, "introcoach: " + wav + ": the WAV header gives a sample rate of 4000000000 Hz; IntroCoach reads 8000 to 96000 Hz (a corrupt header? or convert the file)");
    }

    @Test
    void negativeWordTimesNameTheFirstBadWord() throws Exception {
        Path transcript = Files.writeString(dir.resolve("t.json"), """
                {"text": "hello maria", "result": [
                  {"word": "hello", "start": 0.1, "end": 0.4, "conf": 1.0},
                  {"word": "maria", "start": -2.0, "end": -1.0, "conf": 1.0}], "durationSeconds": 3.0}
                """);

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString());

        assertOneLine(run, "introcoach: " + transcript + ": word 2 \"maria\" has a negative time (start -2.0 s, end -1.0 s); "
                + "times count from the start of the recording");
    }

    @Test
    void reversedAndDisorderedWordTimesAreRefused() throws Exception {
        Path reversed = Files.writeString(dir.resolve("r.json"), """
                {"result": [{"word": "hello", "start": 0.9, "end": 0.4, "conf": 1.0}], "durationSeconds": 3.0}
                """);
        Path disordered = Files.writeString(dir.resolve("d.json"), """
                {"result": [{"word": "hello", "start": 1.0, "end": 1.4, "conf": 1.0},
                            {"word": "there", "start": 0.2, "end": 0.5, "conf": 1.0}], "durationSeconds": 3.0}
                """);
        Path wrongType = Files.writeString(dir.resolve("w.json"), """
                {"result": [{"word": "hello", "start": "soon", "end": 1.4, "conf": 1.0}]}
                """);

        assertOneLine(CliRun.of("analyze", "--resume", MARIA, "--transcript", reversed.toString()),
                "introcoach: " + reversed + ": word 1 \"hello\" ends (0.4 s) before it starts (0.9 s)");
        assertOneLine(CliRun.of("analyze", "--resume", MARIA, "--transcript", disordered.toString()),
                "introcoach: " + disordered + ": word 2 \"there\" starts at 0.2 s, before the word ahead of it (1.0 s); words must be in the order spoken");
        CliRun typed = CliRun.of("analyze", "--resume", MARIA, "--transcript", wrongType.toString());
        assertEquals(2, typed.exitCode(), typed.err());
        assertTrue(typed.err().startsWith("introcoach: " + wrongType + ": the transcript JSON has a field of the wrong type at result[0].start"), typed.err());
    }

    @Test
    void textThatIsNotUtf8SaysSo() throws Exception {
        Path text = Files.write(dir.resolve("t.txt"), new byte[] {'J', 'o', 's', (byte) 0xe9});

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", text.toString());

        assertOneLine(run, "introcoach: " + text + ": the transcript is not UTF-8 text (byte 0xE9 at offset 3 cannot be read); save it as UTF-8");
    }

    @Test
    void anUnreadableTranscriptSaysPermissionDenied() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may read any file");
        Path transcript = Files.writeString(dir.resolve("noperm.json"), "{}");
        Files.setPosixFilePermissions(transcript, PosixFilePermissions.fromString("---------"));

        CliRun run = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript.toString());

        assertOneLine(run, "introcoach: " + transcript + ": permission denied: you are not allowed to read this file");
    }

    @Test
    void aFileSystemRefusalIsPutInWords() {
        assertEquals("noperm.json: permission denied: you are not allowed to use this file",
                CommandLineApp.inWords(new AccessDeniedException("noperm.json")));
        assertEquals("gone/d.json: no such file or folder", CommandLineApp.inWords(new java.nio.file.NoSuchFileException("gone/d.json")));
    }

    @Test
    void savingADraftIntoAFolderSaysSoWithoutATemporaryPath() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("somedir"));

        CliRun run = CliRun.of("draft", "--template", "standard", "--resume", MARIA, "--save", folder.toString());

        assertOneLine(run, "introcoach: " + folder + ": this is a folder; give a file name to save to");
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "nothing left in the folder");
        }
    }

    @Test
    void savingADraftIntoAMissingFolderMakesNoFolders() throws Exception {
        Path target = dir.resolve("no/such/dir/d.json");

        CliRun run = CliRun.of("draft", "--template", "standard", "--resume", MARIA, "--save", target.toString());

        assertOneLine(run, "introcoach: " + target + ": the folder " + target.getParent() + " does not exist");
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void resumeFieldsOfTheWrongTypeAreRefused() throws Exception {
        Path resume = Files.writeString(dir.resolve("r.json"), """
                {"basics": {"name": "Maria Chen"}, "work": "a string", "skills": [{"name": "Java"}]}
                """);
        Path entry = Files.writeString(dir.resolve("e.json"), """
                {"basics": {"name": "Maria Chen"}, "work": ["Stripe"], "skills": [{"name": "Java"}]}
                """);
        Path name = Files.writeString(dir.resolve("n.json"), """
                {"basics": {"name": {"first": "Maria"}}, "skills": [{"name": "Java"}]}
                """);

        assertOneLine(CliRun.of("resume", resume.toString()),
                "introcoach: " + resume + ": \"work\" should be a list ([...]) but is a string; see jsonresume.org/schema");
        assertOneLine(CliRun.of("resume", entry.toString()),
                "introcoach: " + entry + ": \"work\" entry 1 should be an object ({...}) but is a string; see jsonresume.org/schema");
        assertOneLine(CliRun.of("resume", name.toString()),
                "introcoach: " + name + ": \"name\" should be text but is an object; see jsonresume.org/schema");
    }

    /** Found by the draft fuzz target: "null" followed by a draft was read as no draft and crashed. */
    @Test
    void aDraftThatIsJsonNullIsRefusedInWords() throws Exception {
        Path draft = Files.writeString(dir.resolve("d.json"), "null{\"name\": \"My intro\", \"templateId\": \"standard\"}");
        Path nothing = Files.writeString(dir.resolve("n.json"), "null");

        CliRun trailing = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript("hello").toString(), "--draft", draft.toString());
        CliRun justNull = CliRun.of("analyze", "--resume", MARIA, "--transcript", transcript("hello").toString(), "--draft", nothing.toString());

        assertEquals(2, trailing.exitCode(), trailing.err());
        assertTrue(trailing.err().startsWith("introcoach: " + draft + ": the draft is not valid JSON: something follows it at line 1, column 5"), trailing.err());
        assertOneLine(justNull, "introcoach: " + nothing + ": this is not a draft: the JSON is null, not an object");
    }

    private Path transcript(String text) throws Exception {
        return Files.writeString(dir.resolve("plain.txt"), text, StandardCharsets.UTF_8);
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    private static void assertOneLine(CliRun run, String line) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of(line), run.errLines());
    }
}
