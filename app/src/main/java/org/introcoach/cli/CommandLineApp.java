package org.introcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CancellationException;
import org.introcoach.storage.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code introcoach} command and its sub-commands. */
@Command(name = "introcoach", mixinStandardHelpOptions = true, versionProvider = CommandLineApp.Version.class,
        description = "Offline coach for the spoken self-introduction of a job interview.",
        footer = {"", "No command opens the window: to practise in the app, run 'introcoach' with no arguments "
            + "(java -jar introcoach.jar)."},
        subcommands = {TranscribeCommand.class, AnalyzeCommand.class, TemplatesCommand.class, DraftCommand.class,
            ResumeCommand.class, HistoryCommand.class, ExportCommand.class, BenchCommand.class,
            QuestionsCommand.class, AnswerCommand.class})
public final class CommandLineApp implements Runnable {
    /** Exit code for anything the user can fix: bad input, a missing model, a bad option. */
    public static final int USER_ERROR = 2;
    /** Exit code for a fault of IntroCoach's own. */
    public static final int INTERNAL_ERROR = 1;
    private static final System.Logger LOG = System.getLogger(CommandLineApp.class.getName());

    @Spec
    CommandSpec spec;

    /** {@code --version}: the version the build wrote in, so it cannot drift from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.introcoach.about.AppVersion.line()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), CliContext.forThisUser());
    }

    /** Runs one command line, writing to the given streams, and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
        CommandLine commandLine = new CommandLine(new CommandLineApp(), new ContextFactory(context));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(CommandLineApp::reportUsageError);
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> report(exception, err));
        return commandLine.execute(args);
    }

    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine failed = exception.getCommandLine();
        failed.getErr().println("introcoach: " + exception.getMessage() + " (see '"
                + failed.getCommandSpec().qualifiedName() + " --help')");
        return USER_ERROR;
    }

    private static int report(Exception exception, PrintWriter err) {
        if (exception instanceof FileSystemException fileProblem) {
            err.println("introcoach: " + inWords(fileProblem));
            return USER_ERROR;
        }
        if (exception instanceof IOException || exception instanceof CancellationException
                || exception instanceof UserError) {
            err.println("introcoach: " + UnreadableInputException.oneLine(exception.getMessage()));
            return USER_ERROR;
        }
        LOG.log(Level.DEBUG, "unexpected failure", exception);
        err.println("introcoach: internal error: " + exception);
        return INTERNAL_ERROR;
    }

    /** "noperm.json: permission denied" rather than Java's bare "noperm.json". */
    static String inWords(FileSystemException problem) {
        String file = problem.getFile() == null ? "a file" : problem.getFile();
        String what;
        if (problem instanceof AccessDeniedException) {
            what = "permission denied: you are not allowed to " + (problem.getOtherFile() == null ? "use this file" : "replace " + problem.getOtherFile());
        } else if (problem instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (problem instanceof NotDirectoryException) {
            what = "this is not a folder";
        } else if (problem instanceof DirectoryNotEmptyException) {
            what = "this is a folder that is not empty";
        } else if (problem instanceof FileAlreadyExistsException) {
            what = "this already exists";
        } else {
            what = problem.getReason() == null ? "the file cannot be used" : problem.getReason();
        }
        return file + ": " + what;
    }

    /** Gives commands that ask for it the {@link CliContext} through their constructor. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** A mistake in what the user asked for, reported as one line. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
