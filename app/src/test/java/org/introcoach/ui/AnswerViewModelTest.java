package org.introcoach.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.introcoach.analysis.FollowUp;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.followup.QuestionBank;
import org.introcoach.followup.QuestionBanks;
import org.introcoach.history.AnswerStore;
import org.introcoach.practice.AnswerPractice;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.introcoach.testing.TestSpeech;
import org.introcoach.ui.answer.AnswerViewModel;
import org.introcoach.ui.common.Background;
import org.introcoach.ui.common.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answer practice's view model, without starting JavaFX: work runs in place. */
class AnswerViewModelTest {
    private final Background inPlace = new Background(new DirectExecutorService(), Runnable::run);
    private final List<Notice> notices = new ArrayList<>();

    @TempDir
    Path data;

    private AnswerViewModel ready() throws Exception {
        AnswerViewModel viewModel = new AnswerViewModel(inPlace, FakeMicrophones.none(), () -> null, notices::add, ZoneOffset.UTC);
        QuestionBank bank = new QuestionBanks().load(new DataDirectory(data));
        viewModel.ready(new AnswerPractice(TestSpeech.transcriber(), new AudioDecoder(), AnswerStore.in(new DataDirectory(data),
                Clock.systemUTC()), LanguageModels.loadBundled()), bank);
        return viewModel;
    }

    private static FollowUp invited(String id) {
        return new FollowUp(id, "?", "x", "opener", "r", "q", 1.0, FollowUp.NEUTRAL, null, "a", null, true, 0.5);
    }

    @Test
    void theQuestionsTheIntroInvitesComeFirstAndPractiseOpensOne() throws Exception {
        AnswerViewModel viewModel = ready();

        viewModel.invitedBy(List.of(invited("why-this-move"), invited("walk-me-through")));
        assertEquals("why-this-move", viewModel.choices().get(0).question().id());
        assertTrue(viewModel.choices().get(0).invited());
        assertEquals("walk-me-through", viewModel.choices().get(1).question().id());

        viewModel.pick("django-csrf");
        assertEquals("How does Django's CSRF protection work?", viewModel.questionTextProperty().get());
        assertTrue(viewModel.questionDetailProperty().get().contains("aim for 45-120 s"), viewModel.questionDetailProperty().get());
    }

    @Test
    void anImportedAnswerIsJudgedShownAndListed() throws Exception {
        AnswerViewModel viewModel = ready();
        viewModel.pick("walk-me-through");

        viewModel.importAnswer(ProjectFiles.sample("intro-maria-chen.wav"));

        assertEquals(List.of(), notices);
        assertNotNull(viewModel.feedbackProperty().get());
        assertTrue(viewModel.summaryProperty().get().matches("0:4\\d, within the 30-90 s target .* of 3 key points"), viewModel.summaryProperty().get());
        assertEquals(3, viewModel.keyPoints().size());
        assertEquals(1, viewModel.saved().size());
        assertTrue(viewModel.saved().get(0).label().contains("Walk me through your resume"), viewModel.saved().get(0).label());
    }

    @Test
    void recordingWithoutAMicrophoneSaysSoAndOffersImport() throws Exception {
        AnswerViewModel viewModel = ready();

        viewModel.startRecording();

        assertEquals(1, notices.size());
        assertTrue(notices.get(0).text().contains("import a recording of your answer"), notices.get(0).text());
    }
}
