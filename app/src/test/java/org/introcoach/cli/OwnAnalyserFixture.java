package org.introcoach.cli;

import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.SectionTagger;

/** A command that builds its own analyser instead of judging through practice.Judge; only ArchitectureTest reads it (never run). */
final class OwnAnalyserFixture {
    IntroAnalyzer build() throws java.io.IOException {
        return new IntroAnalyzer(SectionTagger.train(), LanguageModels.loadBundled());
    }
}
