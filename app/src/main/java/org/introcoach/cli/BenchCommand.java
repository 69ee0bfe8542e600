package org.introcoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.introcoach.bench.Benchmark;
import org.introcoach.speech.SpeechModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code introcoach bench}: the options and the output; the measuring is {@link Benchmark}'s. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model loading, transcription speed, live latency and memory; prints JSON.")
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_AUDIO = "samples/audio/intro-maria-chen.wav";
    static final String DEFAULT_RESUME = "samples/resumes/maria-chen.json";

    private final CliContext context;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--audio", paramLabel = "FILE", description = "speech to measure with (default: " + DEFAULT_AUDIO + ")")
    Path audio;

    @Option(names = "--resume", paramLabel = "FILE", description = "resume the analysis is judged against (default: " + DEFAULT_RESUME + ")")
    Path resume;

    @Option(names = "--rounds", paramLabel = "N", description = "timed rounds, best kept (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Mixin
    ModelOption model;

    @Override
    public Integer call() throws Exception {
        Path input = Optional.ofNullable(audio).orElseGet(() -> bundled(DEFAULT_AUDIO, "--audio"));
        Path resumeFile = Optional.ofNullable(resume).orElseGet(() -> bundled(DEFAULT_RESUME, "--resume"));
        Benchmark benchmark = new Benchmark(context.clock(), rounds, this::progress);
        Map<String, Object> figures = new LinkedHashMap<>();
        progress("loading the speech model");
        try (SpeechModel speech = model.load()) {
            figures.putAll(benchmark.run(speech, input, resumeFile));
        }
        figures.putAll(benchmark.memoryFigures());
        spec.commandLine().getOut().println(Json.pretty(figures));
        return 0;
    }

    /** One line on stderr per stage, so that a minute of measuring is not a minute of silence; stdout stays pure JSON. */
    private void progress(String stage) {
        spec.commandLine().getErr().println("bench: " + stage + (stage.equals("done") ? "" : "..."));
        spec.commandLine().getErr().flush();
    }

    private static Path bundled(String path, String option) {
        Path here = Path.of(path);
        if (Files.exists(here)) {
            return here;
        }
        throw new CommandLineApp.UserError("no " + option + " given and " + path
                + " is not in the working directory; run from the project folder or pass " + option + " FILE");
    }
}
