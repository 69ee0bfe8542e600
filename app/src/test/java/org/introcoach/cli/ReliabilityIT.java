package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.introcoach.storage.DataFolderLock;
import org.introcoach.testing.NoNetworkSecurityManager;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar under bad input, with no network, and twice on one data folder (issue 16). */
class ReliabilityIT {
    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void aTruncatedPdfGivesOneLineAndNoLibraryLogging() throws Exception {
        byte[] pdf = Files.readAllBytes(ProjectFiles.root().resolve("samples/resumes/priya-raman.pdf"));
        for (int length : new int[] {1000, 3000, 6000}) {
            Path truncated = Files.write(dir.resolve("cut" + length + ".pdf"), java.util.Arrays.copyOf(pdf, length));

            Result result = run(List.of(), Map.of(), "resume", truncated.toString());

            // Cut at 3000 or 6000 bytes, PDFBox still reads the text but logs its font fallbacks as warnings.
            assertTrue(result.err().lines().allMatch(line -> line.startsWith("introcoach: " + truncated + ": ")),
                    "only IntroCoach's own line, no PDFBox log lines: " + result.err());
            assertTrue(result.exitCode() == 0 || result.err().lines().count() == 1, result.err());
        }
    }

    @Test
    void noNetworkSocketIsOpenedByAnyCommand() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        List<String> noNetwork = List.of("-Djava.security.manager=" + NoNetworkSecurityManager.class.getName());
        Map<String, String> env = Map.of("INTROCOACH_DATA_DIR", data.toString());
        List<List<String>> commands = List.of(
                List.of("transcribe", "samples/audio/short-hello.wav"),
                List.of("analyze", "--resume", "samples/resumes/maria-chen.json", "--audio", "samples/audio/short-hello.wav"),
                List.of("resume", "samples/resumes/priya-raman.pdf"),
                List.of("draft", "--template", "standard", "--resume", "samples/resumes/james-patel.md", "--save", dir.resolve("d.json").toString()),
                List.of("templates"),
                List.of("history"));
        for (List<String> command : commands) {
            Result result = run(noNetwork, env, command.toArray(String[]::new));

            assertEquals(0, result.exitCode(), command + ": " + result.err());
            assertFalse(result.err().contains(NoNetworkSecurityManager.MARK), command + " opened a socket: " + result.err());
        }
    }

    @Test
    void theNoNetworkCheckCatchesASocket() throws Exception {
        List<String> command = List.of(javaBinary(), "-Djava.security.manager=" + NoNetworkSecurityManager.class.getName(),
                "-cp", System.getProperty("java.class.path"), org.introcoach.testing.SocketOpener.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertTrue(out.contains(NoNetworkSecurityManager.MARK), "a socket opened on purpose is reported: " + out);
    }


    @Test
    void aSecondAppOnTheSameDataFolderIsRefusedAndTouchesNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "needs xvfb-run (apt-get install xvfb)");
        Path data = Files.createDirectory(dir.resolve("data"));
        Path take = Files.createDirectories(data.resolve("attempts/2026-12-01T10-00-00-000"));
        Path recording = Files.write(take.resolve("recording.wav"), new byte[44 + 32_000]);
        // The first app also shows that the desktop app opens no network socket while it starts,
        // loads its models and lists the takes.
        Process first = app(data, dir.resolve("first.txt"), List.of("-Djava.security.manager=" + NoNetworkSecurityManager.class.getName(),
                "-D" + org.introcoach.ui.IntroCoachApp.REPORT_STARTUP + "=true"));
        Process second = null;
        try {
            waitUntil(() -> lockedByAnotherProcess(data.resolve(DataFolderLock.FILE_NAME)), 60, "the first app takes the data folder");
            waitUntil(() -> Files.exists(data.resolve("settings.json")), 60, "the first app opens its workspace");
            List<Path> before = listing(data);

            second = app(data, dir.resolve("second.txt"), List.of());
            Path secondOut = dir.resolve("second.txt");
            waitUntil(() -> Files.readString(secondOut).contains("already open"), 60, "the second app says the folder is taken");

            String said = Files.readString(secondOut);
            assertTrue(said.contains("introcoach: IntroCoach is already open on the data folder " + data + " (process "), said);
            assertTrue(first.isAlive(), "the first app goes on");
            assertEquals(before, listing(data), "the second app wrote nothing into the folder");
            assertEquals(44 + 32_000, Files.size(recording), "the take is left alone");
            assertFalse(Files.exists(take.resolve("attempt.json")), "nobody analysed the take behind its writer's back");
            waitUntil(() -> Files.readString(dir.resolve("first.txt")).contains("window shown"), 60, "the first window is shown");
            Thread.sleep(5000);
            String firstSaid = Files.readString(dir.resolve("first.txt"));
            assertFalse(firstSaid.contains(NoNetworkSecurityManager.MARK), "the app opened a socket: " + firstSaid);
        } finally {
            for (Process process : new Process[] {second, first}) {
                if (process != null) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    private static boolean lockedByAnotherProcess(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            return paths.filter(path -> !path.getFileName().toString().endsWith(".tmp")).sorted().toList();
        }
    }

    private static Process app(Path data, Path output, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1440x900x24",
                javaBinary(), "-Dprism.order=sw"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("introcoach.jar") + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), "org.introcoach.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("INTROCOACH_DATA_DIR", data.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Result run(List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("introcoach.jar") + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), "org.introcoach.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("introcoach-out", ".txt");
        Path err = Files.createTempFile("introcoach-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("introcoach " + String.join(" ", args) + " did not finish");
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
