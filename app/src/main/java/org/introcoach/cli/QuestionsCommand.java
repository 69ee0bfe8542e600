package org.introcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.introcoach.analysis.FollowUp;
import org.introcoach.analysis.Report;
import org.introcoach.speech.Transcript;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.delivery.Prosody;
import org.introcoach.delivery.ProsodyMeter;
import org.introcoach.followup.FollowUpFinder;
import org.introcoach.followup.Question;
import org.introcoach.followup.QuestionBank;
import org.introcoach.practice.ResumeVocabulary;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "questions", mixinStandardHelpOptions = true,
        description = {"The follow-up questions an intro invites, most likely first, each with the words that invite it and",
            "whether the resume backs it (strength), shows little of it (exposed) or neither (neutral).",
            "With --list, every question of the bundled banks and your own."})
final class QuestionsCommand implements Callable<Integer> {
    enum Format { json, text }

    static final class Speech {
        @Option(names = "--audio", required = true, paramLabel = "FILE", description = "a recording of the intro")
        Path audio;

        @Option(names = "--transcript", required = true, paramLabel = "FILE",
                description = "a transcript: the JSON 'introcoach transcribe' prints, or plain text")
        Path transcript;
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "print the whole question bank instead")
    boolean list;

    @Option(names = "--resume", paramLabel = "FILE", description = "the resume the intro is judged against")
    Path resume;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Speech speech;

    @Option(names = "--job", paramLabel = "FILE", description = "a job posting whose terms weigh the questions")
    Path job;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text")
    Format format = Format.json;

    @Mixin
    ModelOption model;

    QuestionsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuestionBank bank = Questions.load(context.data(), err);
        if (list) {
            printBank(out, bank);
            return 0;
        }
        if (resume == null || speech == null) {
            throw new CommandLineApp.UserError("questions needs --resume FILE and one of --transcript FILE or --audio FILE (or --list)");
        }
        Resume judgedAgainst = new ResumeReader().read(resume);
        Transcript heard = speech.audio != null
                ? Questions.transcribe(model, speech.audio, ResumeVocabulary.of(judgedAgainst), err)
                : AnalyzeCommand.readTranscript(speech.transcript);
        Optional<Prosody> prosody = Optional.empty();
        if (speech.audio != null) {
            try (DecodedAudio decoded = new AudioDecoder().open(speech.audio)) {
                prosody = Optional.of(new ProsodyMeter().measure(decoded.readAll()));
            }
        }
        Optional<org.introcoach.job.JobPosting> posting = job == null ? Optional.empty()
                : Optional.of(new org.introcoach.job.PostingReader().read(job));
        Report report = org.introcoach.practice.Judge.load()
                .judge(heard, org.introcoach.practice.Judging.resumeOnly(judgedAgainst).withJob(posting), context.thisMonth(), prosody);
        List<FollowUp> followUps = new FollowUpFinder(bank).find(report, judgedAgainst,
                posting.map(org.introcoach.job.JobPosting::emphasis).orElse(java.util.Set.of()));
        List<FollowUp> invited = followUps.stream().filter(FollowUp::invited).toList();
        List<FollowUp> unsaid = followUps.stream().filter(followUp -> !followUp.invited()).toList();
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("questions", invited);
            json.put("unsaidStrengths", unsaid);
            out.println(Json.pretty(json));
        } else {
            printText(out, invited, unsaid);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, List<FollowUp> invited, List<FollowUp> unsaid) {
        out.println(invited.isEmpty() ? "This intro invites no question of the banks." : "What this intro invites, most likely first:");
        int rank = 1;
        for (FollowUp followUp : invited) {
            out.printf("%2d. [%s] %s%n", rank++, followUp.standing(), followUp.text());
            out.printf("      %s%s: \"%s\"%n", followUp.reason().replaceAll("\\.$", ""),
                    followUp.start() == null ? "" : " at " + Questions.time(followUp.start()).strip(), followUp.quote());
            if (followUp.backedBy() != null) {
                out.printf("      backed by %s%n", followUp.backedBy());
            }
            out.printf("      %s%n", followUp.advice());
        }
        if (!unsaid.isEmpty()) {
            out.println();
            out.println("Strengths on your resume the intro never invites:");
            for (FollowUp followUp : unsaid) {
                out.printf("  - %s (%s)%n      say: \"%s\"%n", followUp.topic(), followUp.backedBy(), followUp.suggestion());
            }
        }
    }

    private void printBank(PrintWriter out, QuestionBank bank) {
        if (format == Format.json) {
            out.println(Json.pretty(Map.of("questions", bank.questions())));
        } else {
            for (Question question : bank.questions()) {
                out.printf("%-28s %-12s %-20s %s%n", question.id(), question.kind().id(), question.topic(), question.text());
            }
        }
        out.flush();
    }
}
