package org.introcoach;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Timer;
import java.util.concurrent.ConcurrentMap;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.LanguageModels;
import org.introcoach.analysis.SectionTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house of app/ARCHITECTURE.md: the layers point one way, no two packages import each other
 * (directly or round a circle), the analysis is pure, and one place builds the analyser. Each rule
 * is also checked against a few deliberately wrong classes ({@code ArchitectureFixtures}) so that a
 * rule that can no longer fail is noticed.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.introcoach");
    }

    /**
     * From the top: the launcher, the two front ends, the benchmark, the practice loop, the take
     * store, the analysis, the services it reads, and storage at the bottom. A layer is used only
     * by the layers named for it.
     */
    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.introcoach")
                .layer("UI").definedBy("org.introcoach.ui..")
                .layer("CLI").definedBy("org.introcoach.cli..")
                .layer("Bench").definedBy("org.introcoach.bench..")
                .layer("Practice").definedBy("org.introcoach.practice..")
                .layer("History").definedBy("org.introcoach.history..")
                .layer("Job").definedBy("org.introcoach.job..")
                .layer("FollowUp").definedBy("org.introcoach.followup..")
                .layer("Analysis").definedBy("org.introcoach.analysis..")
                .layer("Speech").definedBy("org.introcoach.speech..")
                .layer("Delivery").definedBy("org.introcoach.delivery..")
                .layer("Draft").definedBy("org.introcoach.draft..")
                .layer("Resume").definedBy("org.introcoach.resume..")
                .layer("Audio").definedBy("org.introcoach.audio..")
                .layer("Storage").definedBy("org.introcoach.storage..")
                .layer("About").definedBy("org.introcoach.about..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("CLI")
                .whereLayer("Practice").mayOnlyBeAccessedByLayers("UI", "CLI", "Bench")
                .whereLayer("History").mayOnlyBeAccessedByLayers("Practice", "UI", "CLI", "Bench")
                .whereLayer("Job").mayOnlyBeAccessedByLayers("Practice", "UI", "CLI", "Bench")
                .whereLayer("FollowUp").mayOnlyBeAccessedByLayers("History", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("History", "Job", "FollowUp", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Speech").mayOnlyBeAccessedByLayers("Analysis", "Job", "FollowUp", "History", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Delivery").mayOnlyBeAccessedByLayers("Analysis", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Draft").mayOnlyBeAccessedByLayers("Analysis", "History", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Resume").mayOnlyBeAccessedByLayers("Draft", "Analysis", "Job", "FollowUp", "History", "Practice", "UI",
                        "CLI", "Bench")
                .whereLayer("Audio").mayOnlyBeAccessedByLayers("Speech", "Practice", "UI", "CLI", "Bench")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Audio", "Resume", "Draft", "Job", "FollowUp", "History", "Practice",
                        "UI", "CLI", "Bench")
                .whereLayer("About").mayOnlyBeAccessedByLayers("UI", "CLI");
    }

    /** No circle between the top-level packages. */
    static final ArchRule NO_PACKAGE_CIRCLE = slices().matching("org.introcoach.(*)..").should().beFreeOfCycles();

    /** No circle between the screens and what they share. */
    static final ArchRule NO_SCREEN_CIRCLE = slices().matching("org.introcoach.ui.(*)..").should().beFreeOfCycles();

    /** Screens know only what they share ({@code ui.common}); the main view puts them together. */
    static final ArchRule SCREENS_APART = slices().matching("org.introcoach.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("org.introcoach.ui.."), resideInAPackage("org.introcoach.ui.common.."));

    /** Screens and what they share never reach back up into the main view. */
    static final ArchRule SCREENS_BELOW_THE_MAIN_VIEW = noClasses().that().resideInAPackage("org.introcoach.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("org.introcoach.ui");

    /**
     * The analysis judges words and nothing else: no file system, no network, no clock, no thread
     * of its own. The same words, resume and month give the same report, in a test as in the app.
     */
    static final ArchRule ANALYSIS_IS_PURE = noClasses().that().resideInAPackage("org.introcoach.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                    java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                    java.io.RandomAccessFile.class, java.io.PrintStream.class)
            .orShould().dependOnClassesThat().belongToAnyOf(Clock.class, InstantSource.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
            .orShould().dependOnClassesThat(assignableTo(Thread.class).or(assignableTo(Timer.class))
                    .or(resideInAPackage("java.util.concurrent..").and(not(assignableTo(ConcurrentMap.class)))))
            .because("analysis is pure: see app/ARCHITECTURE.md");

    /**
     * Of the analysis, only the readers of the application's own bundled resources (word lists,
     * the section tagger's training text, the OpenNLP models) use {@code java.io}, and only for
     * class-path streams (the rule above keeps files out).
     */
    static final ArchRule ONLY_RESOURCE_READERS_USE_IO = noClasses().that().resideInAPackage("org.introcoach.analysis..")
            .and(not(belongToAnyOf(org.introcoach.analysis.Lexicon.class, LanguageModels.class, SectionTagger.class,
                    org.introcoach.analysis.EntityFinder.class)))
            .should().dependOnClassesThat().resideInAPackage("java.io..")
            .because("the rules read their words through Lexicon and never touch I/O");

    /** One place builds the analyser: {@code practice.Judge}, so the app, the command line and bench judge alike. */
    static final ArchRule ONE_WAY_IN = noClasses().that().resideOutsideOfPackages("org.introcoach.practice..",
                    "org.introcoach.analysis..")
            .should().callConstructor(IntroAnalyzer.class, SectionTagger.class, LanguageModels.class)
            .orShould().callConstructor(IntroAnalyzer.class, SectionTagger.class, LanguageModels.class, java.util.Optional.class)
            .because("takes are judged through practice.Judge");

    @Test
    void layersPointOneWay() {
        layers().check(classes);
    }

    @Test
    void noPackageCircle() {
        NO_PACKAGE_CIRCLE.check(classes);
    }

    @Test
    void screensShareOnlyUiCommonAndMakeNoCircle() {
        NO_SCREEN_CIRCLE.check(classes);
        SCREENS_APART.check(classes);
        SCREENS_BELOW_THE_MAIN_VIEW.check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.introcoach.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void analysisIsPure() {
        ANALYSIS_IS_PURE.check(classes);
        ONLY_RESOURCE_READERS_USE_IO.check(classes);
    }

    @Test
    void onePlaceBuildsTheAnalyser() {
        ONE_WAY_IN.check(classes);
    }

    /** Each rule fails on a class that breaks it: a rule that cannot fail guards nothing. */
    @Test
    void everyRuleFailsOnAViolation() {
        JavaClasses wrong = new ClassFileImporter().importClasses(ArchitectureFixtures.classes().toArray(Class<?>[]::new));
        assertThrows(AssertionError.class, () -> layers().withOptionalLayers(true).check(wrong), "layers");
        assertThrows(AssertionError.class, () -> NO_PACKAGE_CIRCLE.check(wrong), "package circle");
        assertThrows(AssertionError.class, () -> NO_SCREEN_CIRCLE.check(wrong), "screen circle");
        assertThrows(AssertionError.class, () -> SCREENS_APART.check(wrong), "screens apart");
        assertThrows(AssertionError.class, () -> SCREENS_BELOW_THE_MAIN_VIEW.check(wrong), "screens below the main view");
        assertThrows(AssertionError.class, () -> ANALYSIS_IS_PURE.check(wrong), "analysis purity");
        assertThrows(AssertionError.class, () -> ONLY_RESOURCE_READERS_USE_IO.check(wrong), "analysis I/O");
        assertThrows(AssertionError.class, () -> ONE_WAY_IN.check(wrong), "one way in");
    }

    /** Each purity check on its own: a clock, a file, a thread each break the rule. */
    @Test
    void analysisPurityCatchesEachKindOfImpurity() {
        for (Class<?> impure : ArchitectureFixtures.impureAnalysis()) {
            JavaClasses one = new ClassFileImporter().importClasses(impure);
            assertThrows(AssertionError.class, () -> ANALYSIS_IS_PURE.check(one), impure.getSimpleName());
        }
    }
}
