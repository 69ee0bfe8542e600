package org.introcoach.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.introcoach.analysis.FindingCode;
import org.introcoach.analysis.Report;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftFiller;
import org.introcoach.draft.Template;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** One length target everywhere: the draft's template's, else the starting template's, said with where it comes from. */
class LengthTargetTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void withoutADraftTheStartingTemplatesTargetApplies() throws Exception {
        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(null);
        Template standard = catalog.find(Workspace.STARTING_TEMPLATE).orElseThrow();

        LengthTarget target = LengthTarget.withoutDraft(catalog);

        assertEquals(standard.target(), target.band());
        assertEquals("Target %d–%d s (from the default template 'Standard introduction', no draft given)"
                .formatted(standard.target().minSeconds(), standard.target().maxSeconds()), target.label());
        assertEquals(target, LengthTarget.withoutDraft(), "the bundled catalog gives the same");
        assertEquals(target, Judging.resumeOnly(resume()).target());
    }

    @Test
    void aDraftIsJudgedAgainstItsTemplatesTarget() throws Exception {
        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(null);
        Template career = catalog.find("career-changer").orElseThrow();

        LengthTarget target = LengthTarget.forTemplate(Optional.of(career), catalog);

        assertEquals(career.target(), target.band());
        assertEquals("Target 60–90 s (from the template '" + career.title() + "')", target.label());
    }

    @Test
    void theSameTakeIsJudgedAlikeWithTheStandardDraftAndWithoutOne() throws Exception {
        Resume resume = resume();
        Template standard = new TemplateLibrary().load(null).find(Workspace.STARTING_TEMPLATE).orElseThrow();
        Draft draft = new Draft(standard.title(), standard.id(), new DraftFiller().fill(standard, resume, MONTH));
        Transcript take = take(27);
        Judge judge = Judge.load();

        Report withoutDraft = judge.judge(take, Judging.resumeOnly(resume), MONTH);
        Report withDraft = judge.judge(take, new Judging(resume, Optional.of(standard), Optional.of(draft)), MONTH);

        for (Report report : List.of(withoutDraft, withDraft)) {
            assertTrue(report.findings().stream().noneMatch(f -> f.code() == FindingCode.TOO_SHORT || f.code() == FindingCode.TOO_LONG),
                    "27 s is within the standard template's 20-45 s: " + report.findings());
        }
        Report tooShort = judge.judge(take(9), Judging.resumeOnly(resume), MONTH);
        assertTrue(tooShort.findings().stream().anyMatch(f -> f.code() == FindingCode.TOO_SHORT
                && f.message().contains("under the 20-45 s target")), tooShort.findings().toString());
    }

    private static Resume resume() throws Exception {
        return new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
    }

    /** Maria's intro spoken evenly over {@code seconds}. */
    private static Transcript take(double seconds) {
        String[] tokens = ("hello i am maria chen a backend engineer at stripe for seven years building distributed systems in java "
                + "and i want to join your platform team because reliability at scale is what i do best").split(" ");
        double slot = (seconds - 0.5) / tokens.length;
        List<Word> words = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            words.add(new Word(tokens[i], 0.25 + i * slot, 0.25 + i * slot + slot * 0.8, 0.95));
        }
        return new Transcript(words, seconds);
    }
}
