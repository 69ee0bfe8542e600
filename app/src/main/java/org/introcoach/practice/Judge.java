package org.introcoach.practice;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Optional;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.Report;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.speech.Transcript;
import org.introcoach.delivery.Prosody;
import org.introcoach.draft.DraftRenderer;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.job.JobCheck;

/**
 * The one way in to the analysis: the app, the command line and the benchmark all judge a take
 * here. {@link #load()} trains the section tagger and loads the language models once; after that
 * any number of takes are judged, from any thread (the analyser is pure and shares nothing
 * mutable between calls).
 */
public final class Judge {
    private final IntroAnalyzer analyzer;

    private Judge(IntroAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Builds the analyser: the only place in the product that does. Takes about a second. */
    public static Judge load() throws IOException {
        return new Judge(new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled()));
    }

    /** Judges what was said against the resume, the draft with its template when there is one, and the job posting when there is one. */
    public Report judge(Transcript heard, Judging judging, YearMonth asOf) {
        return judge(heard, judging, asOf, Optional.empty());
    }

    /**
     * Judges what was said together with how it sounded: {@code prosody} is measured from the
     * take's recording ({@link org.introcoach.delivery.ProsodyMeter}), empty without one.
     */
    public Report judge(Transcript heard, Judging judging, YearMonth asOf, Optional<Prosody> prosody) {
        Optional<RenderedDraft> rendered = judging.draft()
                .map(draft -> new DraftRenderer().render(judging.template().orElseThrow(), draft));
        Report report = analyzer.analyse(heard, new IntroAnalyzer.Against(judging.resume(), asOf, judging.template(), rendered,
                judging.target().band()), prosody);
        return judging.job().map(posting -> report.withJob(JobCheck.check(posting, report, judging.resume(), asOf))).orElse(report);
    }
}
