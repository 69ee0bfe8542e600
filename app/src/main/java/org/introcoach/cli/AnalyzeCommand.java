package org.introcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.introcoach.analysis.Finding;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.ResumeMatch;
import org.introcoach.analysis.Metrics;
import org.introcoach.analysis.Timestamps;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.delivery.Prosody;
import org.introcoach.delivery.ProsodyMeter;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftStore;
import org.introcoach.draft.Template;
import org.introcoach.job.JobPosting;
import org.introcoach.job.PostingReader;
import org.introcoach.practice.Judge;
import org.introcoach.practice.LengthTarget;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.practice.Judging;
import org.introcoach.followup.FollowUpFinder;
import org.introcoach.practice.ResumeVocabulary;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.TranscriptionResult;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.UnreadableInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = "Score a spoken intro on consistency, structure, conciseness and motivation.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    static final class Speech {
        @Option(names = "--audio", required = true, paramLabel = "FILE", description = "a recording of the intro")
        Path audio;

        @Option(names = "--transcript", required = true, paramLabel = "FILE",
                description = "a transcript: the JSON 'introcoach transcribe' prints, or plain text (then timing is unavailable)")
        Path transcript;
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--resume", required = true, paramLabel = "FILE", description = "the resume it is judged against")
    Path resume;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Speech speech;

    @Option(names = "--draft", paramLabel = "FILE", description = "the draft it was planned from (see 'introcoach draft --save')")
    Path draft;

    @Option(names = "--job", paramLabel = "FILE",
            description = "the job posting it is for (text, Markdown, HTML or PDF): adds the job check")
    Path job;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text")
    Format format = Format.json;

    @Mixin
    ModelOption model;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Resume judgedAgainst = new ResumeReader().read(resume);
        Optional<JobPosting> posting = job == null ? Optional.empty() : Optional.of(new PostingReader().read(job));
        TemplateLibrary.Catalog templates = Templates.load(context.data(), err);
        Judging judging = Judging.resumeOnly(judgedAgainst).withJob(posting).withTarget(LengthTarget.withoutDraft(templates));
        if (draft != null) {
            Draft planned = new DraftStore().load(draft);
            Template found = templates.find(planned.templateId()).orElseThrow(() ->
                    new CommandLineApp.UserError(draft + ": the draft's template '" + planned.templateId() + "' is not installed"));
            judging = new Judging(judgedAgainst, Optional.of(found), Optional.of(planned)).withJob(posting);
        }
        Transcript heard = speech.audio != null ? transcribe(err, judgedAgainst) : readTranscript(speech.transcript);
        Optional<Prosody> prosody = speech.audio != null ? Optional.of(measure(speech.audio)) : Optional.empty();
        Report judged = Judge.load().judge(heard, judging, context.thisMonth(), prosody);
        Report report = judged.withFollowUps(new FollowUpFinder(Questions.load(context.data(), err))
                .find(judged, judgedAgainst, posting.map(JobPosting::emphasis).orElse(java.util.Set.of())));
        if (format == Format.json) {
            out.println(Json.pretty(Json.withField(report, "lengthTarget", lengthTarget(judging.target()))));
        } else {
            printText(out, report, judging.target());
        }
        out.flush();
        return 0;
    }

    private Transcript transcribe(PrintWriter err, Resume judgedAgainst) throws IOException {
        try (SpeechModel speechModel = model.load()) {
            TranscriptionResult result = new VoskTranscriber(speechModel, new AudioDecoder())
                    .transcribe(speech.audio, ResumeVocabulary.of(judgedAgainst), fraction -> { }, () -> false);
            result.warnings().forEach(warning -> err.println("introcoach: " + speech.audio + ": warning: " + warning));
            return result.transcript();
        }
    }

    private static Prosody measure(Path audio) throws IOException {
        try (DecodedAudio decoded = new AudioDecoder().open(audio)) {
            return new ProsodyMeter().measure(decoded.readAll());
        }
    }

    static Transcript readTranscript(Path file) throws IOException {
        byte[] bytes = InputFiles.read(file, InputFiles.Kind.TRANSCRIPT);
        Optional<String> format = InputFiles.binaryFormat(bytes);
        if (format.isPresent()) {
            throw new UnreadableInputException(file, "this is " + format.get() + ", not a transcript: --transcript takes the JSON "
                    + "'introcoach transcribe' prints or plain UTF-8 text" + (format.get().endsWith("recording") ? "; give a recording with --audio" : ""));
        }
        String content = InputFiles.utf8(file, InputFiles.Kind.TRANSCRIPT, bytes);
        if (content.isBlank()) {
            throw new IOException(file + ": the transcript is empty");
        }
        if (content.stripLeading().startsWith("{")) {
            try {
                Transcript document = new ObjectMapper().readValue(content, Transcript.class);
                Optional<String> problem = document.firstProblem();
                if (problem.isPresent()) {
                    throw new UnreadableInputException(file, problem.get());
                }
                return document;
            } catch (MismatchedInputException e) {
                throw new UnreadableInputException(file, "the transcript JSON has a field of the wrong type at "
                        + fieldPath(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
            } catch (JsonProcessingException e) {
                var where = e.getLocation();
                throw new IOException(file + ": the transcript JSON is malformed"
                        + (where == null ? "" : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr())));
            }
        }
        return Transcript.typed(content);
    }

    static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return path.length() == 0 ? "the top level" : path.substring(path.charAt(0) == '.' ? 1 : 0);
    }

    /** The length the take was judged against and where it comes from: added to the report JSON, whose fields stay as they are. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"minSeconds", "maxSeconds", "from"})
    record LengthTargetJson(int minSeconds, int maxSeconds, String from) {
    }

    static LengthTargetJson lengthTarget(LengthTarget target) {
        return new LengthTargetJson(target.band().minSeconds(), target.band().maxSeconds(), target.from());
    }

    private static void printText(PrintWriter out, Report report, LengthTarget target) {
        if (report.nothingToJudge()) {
            out.println("No score: nothing to judge.");
        } else {
            out.printf("Overall %d/100%n", report.overall());
        }
        out.println(target.label());
        report.dimensions().forEach((name, score) -> out.printf("  %-12s %3d  %s%n", name, score.score(), score.summary()));
        out.println();
        out.println(report.findings().isEmpty() ? "No findings." : "Findings:");
        for (Finding finding : report.findings()) {
            String when = finding.start() == null ? "" : " at " + Timestamps.format(finding.start());
            out.printf("  [%s] %s%s: %s%n", finding.severity().id(), finding.code(), when, finding.message());
            if (finding.quote() != null) {
                out.printf("      heard: \"%s\"%n", finding.quote());
            }
        }
        out.println();
        out.println("Resume check:");
        for (ResumeMatch match : report.resumeMatches()) {
            out.printf("  %-9s %-32s %-28s %s%n", match.field(), match.resume() == null ? "-" : match.resume(),
                    match.heard() == null ? "-" : "\"" + match.heard() + "\"", match.status().label());
        }
        printDelivery(out, report);
        JobCheckText.print(out, report.job());
        if (!report.draft().isEmpty()) {
            out.println();
            out.println("Against your draft:");
            report.draft().forEach(point -> out.printf("  %-8s %s%n", point.status(), point.text()));
        }
    }

    /** The figures measured from the sound, when there was a recording. */
    private static void printDelivery(PrintWriter out, Report report) {
        Metrics metrics = report.metrics();
        if (metrics.pitchMedianHz() == null) {
            return;
        }
        out.println();
        out.printf(java.util.Locale.ROOT, "Delivery: pitch %.0f Hz median, %.1f semitones of spread; loudness varies %.1f dB; %.1f s voiced; "
                        + "%d filler%s heard in the sound%n", metrics.pitchMedianHz(), metrics.pitchVariationSemitones(),
                metrics.loudnessVariationDb(), metrics.voicedSeconds(), metrics.soundFillerCount(), metrics.soundFillerCount() == 1 ? "" : "s");
        for (Report.SoundFiller heard : report.soundFillers()) {
            out.printf(java.util.Locale.ROOT, "  filler at %s (%.1f s)%s%n", Timestamps.format(heard.start()), heard.end() - heard.start(),
                    heard.heardAs() == null ? ", not written" : ", written as \"" + heard.heardAs() + "\"");
        }
        for (Report.PhraseDelivery phrase : report.delivery()) {
            out.printf(java.util.Locale.ROOT, "  %s-%s  %4.0f wpm  pitch %s  level %s%n", Timestamps.format(phrase.start()),
                    Timestamps.format(phrase.end()), phrase.wordsPerMinute(),
                    phrase.pitchSemitones() == null ? "   -   " : "%4.1f st".formatted(phrase.pitchSemitones()),
                    phrase.loudnessDb() == null ? "-" : "%+.1f dB".formatted(phrase.loudnessDb()));
        }
    }
}
