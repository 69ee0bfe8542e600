package org.introcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.introcoach.speech.Transcript;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.followup.QuestionBank;
import org.introcoach.followup.QuestionBanks;
import org.introcoach.speech.SpeechModel;
import org.introcoach.speech.TranscriptionResult;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.storage.DataDirectory;

/** What the {@code questions} and {@code answer} commands share: the banks, and speech from a file. */
final class Questions {
    private Questions() {
    }

    /** Loads the bundled and the user's banks, reporting files that did not load as warnings. */
    static QuestionBank load(DataDirectory data, PrintWriter err) throws IOException {
        QuestionBank bank = new QuestionBanks().load(data);
        bank.problems().forEach(problem -> err.println("introcoach: warning: question bank skipped: " + problem));
        return bank;
    }

    static Transcript transcribe(ModelOption model, Path audio, java.util.List<String> vocabulary, PrintWriter err) throws IOException {
        try (SpeechModel speechModel = model.load()) {
            TranscriptionResult result = new VoskTranscriber(speechModel, new AudioDecoder())
                    .transcribe(audio, vocabulary, fraction -> { }, () -> false);
            result.warnings().forEach(warning -> err.println("introcoach: " + audio + ": warning: " + warning));
            return result.transcript();
        }
    }

    /** "1:05" from seconds. */
    static String time(Double seconds) {
        if (seconds == null) {
            return "   -";
        }
        long whole = Math.round(Math.floor(seconds));
        return "%d:%02d".formatted(whole / 60, whole % 60);
    }
}
