package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A take recorded through a real capture device: a PulseAudio null sink whose monitor is the
 * default microphone, with a sample played into the sink while the app records. Needs
 * {@code pulseaudio} and {@code pulseaudio-utils} (.ci/run installs them); no sound card.
 */
class RealMicrophoneTest {
    @TempDir
    Path folder;

    @Test
    void takeRecordedFromTheDefaultMicrophoneHearsWhatWasPlayed() throws Exception {
        withSoundServer(environment -> {
            Path output = folder.resolve("child.txt");
            Process recording = recorder(environment, output, "14");
            waitForLine(output, "recording");
            Process player = start(environment, "/usr/bin/paplay", ProjectFiles.sample("intro-maria-chen.wav").toString());
            assertTrue(recording.waitFor(120, TimeUnit.SECONDS), "the take ends");
            player.destroy();

            String printed = Files.readString(output);
            assertTrue(printed.contains("devices: [System default"), printed);
            double loudest = Double.parseDouble(line(printed, "loudest: "));
            assertTrue(loudest > 0.4, "the level meter saw the speech: " + loudest);
            assertTrue(Double.parseDouble(line(printed, "seconds: ")) >= 13.9, printed);
            String text = line(printed, "text: ");
            assertTrue(text.contains("university of washington"), "heard: " + text);
        });
    }

    @Test
    void playbackFromAWordPlaysTheRecordingFromThere() throws Exception {
        withSoundServer(environment -> {
            Path output = folder.resolve("child.txt");
            Process recording = recorder(environment, output, "10", ProjectFiles.sample("intro-maria-chen.wav").toString(), "31.0");
            assertTrue(recording.waitFor(120, TimeUnit.SECONDS), "the take ends");
            String text = line(Files.readString(output), "text: ");
            assertTrue(text.contains("platform reliability team"), "the words after 31 s were played: " + text);
            assertFalse(text.contains("washington"), "nothing before 31 s was played: " + text);
        });
    }

    private interface WithServer {
        void run(Map<String, String> environment) throws Exception;
    }

    private Process recorder(Map<String, String> environment, Path output, String... arguments) throws IOException {
        List<String> child = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file"),
                RecordThroughDefaultMicrophone.class.getName(), ProjectFiles.voskModel().toString(),
                ProjectFiles.root().resolve("samples/resumes/maria-chen.json").toString(), folder.resolve("data").toString()));
        child.addAll(List.of(arguments));
        ProcessBuilder recorder = new ProcessBuilder(child).redirectErrorStream(true).redirectOutput(output.toFile());
        recorder.environment().putAll(environment);
        return recorder.start();
    }

    private void withSoundServer(WithServer test) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pulseaudio")) && Files.isExecutable(Path.of("/usr/bin/paplay")),
                "needs pulseaudio and pulseaudio-utils");
        Path socket = folder.resolve("pulse.sock");
        Map<String, String> environment = Map.of("PULSE_SERVER", "unix:" + socket, "HOME", folder.toString());
        Process server = start(environment, "/usr/bin/pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
                "--use-pid-file=no", "--load=module-native-protocol-unix auth-anonymous=1 socket=" + socket,
                "--load=module-null-sink sink_name=vsink",
                "--load=module-remap-source master=vsink.monitor source_name=vmic");
        try {
            waitForServer(environment);
            run(environment, "pactl", "set-default-sink", "vsink");
            run(environment, "pactl", "set-default-source", "vmic");

            test.run(environment);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String line(String printed, String prefix) {
        return printed.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' in:\n" + printed)).substring(prefix.length());
    }

    private static Process start(Map<String, String> environment, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Process process = start(environment, command);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command) + " failed");
    }

    private static void waitForServer(Map<String, String> environment) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            Process info = start(environment, "pactl", "info");
            if (info.waitFor(10, TimeUnit.SECONDS) && info.exitValue() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the PulseAudio server did not start");
    }

    private static void waitForLine(Path output, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(output) && Files.readString(output).lines().anyMatch(line::equals)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the recorder did not start: " + (Files.exists(output) ? Files.readString(output) : ""));
    }
}
