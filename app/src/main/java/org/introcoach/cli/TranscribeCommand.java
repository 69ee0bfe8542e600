package org.introcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.speech.BatchTranscription;
import org.introcoach.speech.BatchTranscription.Outcome;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.VoskTranscriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Transcribe audio files offline (WAV, AIFF, AU, FLAC, MP3) with word timings.")
final class TranscribeCommand implements Callable<Integer> {
    enum Format { json, jsonl, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "audio files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (default for one file), jsonl (default for several) or text")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "files transcribed at once (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ModelOption model;

    @Override
    public Integer call() throws Exception {
        Format chosen = format != null ? format : files.size() == 1 ? Format.json : Format.jsonl;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SpeechModel speech = model.load()) {
            var transcriber = new VoskTranscriber(speech, new AudioDecoder());
            List<Outcome> outcomes = new BatchTranscription(transcriber, threads).run(files);
            boolean failed = false;
            for (Outcome outcome : outcomes) {
                if (!outcome.succeeded()) {
                    failed = true;
                    err.println("introcoach: " + outcome.error().getMessage());
                    continue;
                }
                for (String warning : outcome.result().warnings()) {
                    err.println("introcoach: " + outcome.file() + ": warning: " + warning);
                }
                var document = outcome.result().transcript().inFile(outcome.file().toString());
                switch (chosen) {
                    case json -> out.println(Json.pretty(document));
                    case jsonl -> out.println(Json.line(document));
                    case text -> out.println(files.size() == 1 ? document.text() : outcome.file() + ": " + document.text());
                }
            }
            out.flush();
            return failed ? CommandLineApp.USER_ERROR : 0;
        }
    }
}
