package org.introcoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of ../shared/ARCHITECTURE.md: services never reach up into the UI or the command line. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.introcoach");
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.introcoach.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheirCallers() {
        noClasses().that().resideInAnyPackage("org.introcoach.audio..", "org.introcoach.speech..",
                        "org.introcoach.analysis..", "org.introcoach.resume..", "org.introcoach.draft..", "org.introcoach.storage..",
                        "org.introcoach.history..", "org.introcoach.practice..")
                .should().dependOnClassesThat().resideInAnyPackage("org.introcoach.ui..", "org.introcoach.cli..")
                .check(classes);
    }

    @Test
    void historyIsStorageNotThePracticeLoop() {
        noClasses().that().resideInAPackage("org.introcoach.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.introcoach.practice..")
                .check(classes);
    }

    @Test
    void screensTalkToEachOtherOnlyThroughTheMainViewModel() {
        java.util.List<String> screens = java.util.List.of("practice", "feedback", "attempts", "history", "draft", "resume", "answer");
        for (String screen : screens) {
            String[] others = screens.stream().filter(other -> !other.equals(screen))
                    .map(other -> "org.introcoach.ui." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.introcoach.ui." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void audioKnowsNothingOfSpeech() {
        noClasses().that().resideInAPackage("org.introcoach.audio..")
                .should().dependOnClassesThat().resideInAnyPackage("org.introcoach.speech..", "org.introcoach.analysis..")
                .check(classes);
    }
}
