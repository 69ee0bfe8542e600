package org.introcoach.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateLibraryTest {
    private static final String VALID = """
            {"format": 1, "id": "mine", "title": "My intro", "for": "Me", "targetSeconds": {"min": 30, "max": 60},
             "fields": [{"name": "Name", "fill": "name"}, {"name": "Team"}],
             "sentences": [{"section": "identity", "text": "I am [Name]."},
                           {"section": "motivation", "text": "I want to join [Team]."}]}
            """;

    @TempDir
    Path dir;

    @Test
    void bundlesTheFiveTemplatesStandardFirst() throws IOException {
        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(dir.resolve("none"));

        assertEquals(List.of("standard", "new-graduate", "career-changer", "experienced-lead", "internal-transfer"),
                catalog.templates().stream().map(Template::id).toList());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void theStandardTemplateSaysTheStandardIntro() throws IOException {
        Template standard = new TemplateLibrary().load(null).find("standard").orElseThrow();

        assertEquals("Hello, I am [Name], and I graduated from [University]. Today I work as a [Role] at [Company], "
                + "focusing on [Domain]. There I [Result]. Along the way I have developed deep experience in [Core Skill]. "
                + "I am eager to contribute to [Target Team/Project].",
                String.join(" ", standard.sentences().stream().map(Template.Sentence::text).toList()));
    }

    @Test
    void theCareerChangerTemplateBridgesFromWhatToWhatAndWhy() throws IOException {
        Template template = new TemplateLibrary().load(null).find("career-changer").orElseThrow();

        Template.Sentence bridge = template.sentences().stream()
                .filter(sentence -> sentence.text().contains("moving from")).findFirst().orElseThrow();
        assertEquals(IntroSection.TRANSITION, bridge.section());
        assertEquals(List.of("Previous Field", "New Field", "Reason"), bridge.placeholders());
    }

    @Test
    void aUserTemplateAppearsAndABrokenOneIsReportedWithoutHidingTheRest() throws IOException {
        Files.writeString(dir.resolve("mine.json"), VALID);
        Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"id\": ");

        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(dir);

        assertEquals(6, catalog.templates().size());
        assertEquals("My intro", catalog.find("mine").orElseThrow().title());
        assertEquals(1, catalog.problems().size());
        assertTrue(catalog.problems().get(0).startsWith(dir.resolve("broken.json") + ": the JSON is malformed at line 1"),
                catalog.problems().get(0));
    }

    @Test
    void aUserTemplateReplacesTheBundledOneWithItsId() throws IOException {
        Files.writeString(dir.resolve("standard.json"), VALID.replace("\"mine\"", "\"standard\""));

        TemplateLibrary.Catalog catalog = new TemplateLibrary().load(dir);

        assertEquals(5, catalog.templates().size());
        assertEquals("My intro", catalog.find("standard").orElseThrow().title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown placeholder | I want to join [Team].       | I want to join [Teem].      | sentence 2 uses [Teem], which is not among the fields (Name, Team)",
        "unused field        | I want to join [Team].       | I want to join you.         | the field [Team] is declared but no sentence uses it",
        "missing title       | \"title\": \"My intro\",     | ''                          | 'title' is missing",
        "unknown section     | \"section\": \"motivation\"  | \"section\": \"goals\"      | sentence 2 has an unknown section 'goals'",
        "unknown fill        | \"fill\": \"name\"           | \"fill\": \"surname\"       | the field [Name] has an unknown fill 'surname'",
        "newer format        | \"format\": 1                | \"format\": 2               | format 2 is newer than this version of IntroCoach reads (1)",
        "bad target          | \"max\": 60                  | \"max\": 10                 | 'targetSeconds' needs 'min' and 'max'",
        "line break in name  | I want to join [Team].       | I want to join [Te\\nam]. | sentence 2 uses [Te am], which is not among the fields (Name, Team)"})
    void aBadTemplateIsExplained(String kind, String replace, String with, String expected) {
        String json = VALID.replace(replace, with.equals("''") ? "" : with);

        InvalidTemplateException error = assertThrows(InvalidTemplateException.class, () -> new TemplateReader().read("mine.json", json));

        assertTrue(error.getMessage().startsWith("mine.json: " + expected), kind + " gave: " + error.getMessage());
    }
}
