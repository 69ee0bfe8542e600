package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.ProjectVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained app image jpackage made (target/dist/introcoach, built before the integration
 * tests), run as on a computer without Java: an empty environment (no PATH with a JDK, no
 * JAVA_HOME), from a folder outside the project.
 */
class AppImageIT {
    private static Path image;

    @TempDir
    Path folder;

    @BeforeAll
    static void findImage() {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"), "the app image is built on Linux");
        image = Path.of(System.getProperty("introcoach.appImage"));
        assertTrue(Files.isExecutable(image.resolve("bin/introcoach")), "no launcher in " + image);
        assertTrue(Files.isRegularFile(image.resolve("lib/runtime/release")), "the image carries its own Java runtime");
        assertTrue(Files.isRegularFile(image.resolve("lib/app/models/vosk-model-small-en-us-0.15/am/final.mdl")), "and the speech model");
    }

    private Map<String, String> withoutJava() throws IOException {
        return Map.of("HOME", Files.createDirectories(folder.resolve("home")).toString(), "PATH", "/nonexistent",
                "INTROCOACH_DATA_DIR", folder.resolve("data").toString());
    }

    private ProcessBuilder launcher(Map<String, String> environment, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(image.resolve("bin/introcoach").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    private String run(String... args) throws Exception {
        Process process = launcher(withoutJava(), args).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "introcoach " + String.join(" ", args) + " finished");
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    @Test
    void theLauncherPrintsTheVersion() throws Exception {
        assertEquals(List.of("IntroCoach " + ProjectVersion.inThePom()), run("--version").lines().toList());
    }

    @Test
    void theBundledModelTranscribesASample() throws Exception {
        Path sample = Files.copy(ProjectFiles.sample("short-hello.wav"), folder.resolve("hello.wav"));
        assertEquals("hello my name is sarah and i am a nurse", run("transcribe", "--format", "text", sample.toString()).strip());
    }

    @Test
    void theWindowOpensUnderXvfb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "needs Xvfb (apt-get install xvfb)");
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectError(folder.resolve("xvfb.log").toFile()).start();
        Process app = null;
        try {
            String display = new String(readLine(xvfb), StandardCharsets.US_ASCII).strip();
            assertTrue(display.matches("\\d+"), "Xvfb says its display: " + display);
            Map<String, String> environment = new java.util.HashMap<>(withoutJava());
            environment.put("DISPLAY", ":" + display);
            // read by the JVM itself: the app prints when its window is up (a benchmark figure as well)
            environment.put("JAVA_TOOL_OPTIONS", "-Dintrocoach.reportStartup=true -Dprism.order=sw");
            Path log = folder.resolve("app.txt");
            app = launcher(environment).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            app.getOutputStream().close();
            Path settings = folder.resolve("data/settings.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && app.isAlive()
                    && !(Files.readString(log).contains("window shown") && Files.exists(settings))) {
                Thread.sleep(100);
            }
            String out = Files.readString(log);
            System.out.println("AppImageIT: " + out.strip());
            assertTrue(out.contains("window shown"), out);
            assertTrue(Files.readString(settings).contains("maria-chen.json"), "the sample resume is current");
            Thread.sleep(3000);
            assertTrue(app.isAlive(), "the app is still running: " + Files.readString(log));
            Path appLog = folder.resolve("data/introcoach.log");
            String warnings = Files.exists(appLog) ? Files.readString(appLog) : "";
            assertFalse(warnings.contains("SEVERE") || warnings.contains("Exception"), warnings);
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static byte[] readLine(Process process) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int next = process.getInputStream().read(); next >= 0 && next != '\n'; next = process.getInputStream().read()) {
            line.write(next);
        }
        return line.toByteArray();
    }
}
