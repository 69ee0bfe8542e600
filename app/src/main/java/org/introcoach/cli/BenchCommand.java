package org.introcoach.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.speech.SpeechBenchmark;
import org.introcoach.speech.SpeechModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model loading, transcription speed, live latency and memory; prints JSON.")
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_AUDIO = "samples/audio/intro-maria-chen.wav";

    @Spec
    CommandSpec spec;

    @Option(names = "--audio", paramLabel = "FILE", description = "speech to measure with (default: " + DEFAULT_AUDIO + ")")
    Path audio;

    @Option(names = "--rounds", paramLabel = "N", description = "timed rounds, best kept (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Mixin
    ModelOption model;

    @Override
    public Integer call() throws Exception {
        Path input = Optional.ofNullable(audio).orElseGet(BenchCommand::bundledSample);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audio", input.toString());
        try (SpeechModel speech = model.load()) {
            figures.put("modelLoadSeconds", speech.loadSeconds());
            int threads = Runtime.getRuntime().availableProcessors();
            var measured = new SpeechBenchmark(speech, new AudioDecoder()).run(input, rounds, threads);
            figures.put("speech", measured);
        }
        figures.put("peakHeapMegabytes", peakHeapMegabytes());
        peakResidentMegabytes().ifPresent(peak -> figures.put("peakResidentMegabytes", peak));
        spec.commandLine().getOut().println(Json.pretty(figures));
        return 0;
    }

    private static Path bundledSample() {
        Path here = Path.of(DEFAULT_AUDIO);
        if (Files.exists(here)) {
            return here;
        }
        throw new CommandLineApp.UserError("no --audio given and " + DEFAULT_AUDIO
                + " is not in the working directory; run from the project folder or pass --audio FILE");
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum() / (1024 * 1024);
    }

    /** The process's high-water resident memory, native Vosk memory included (Linux only). */
    private static Optional<Long> peakResidentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (java.io.IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
