package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.introcoach.draft.DraftStore;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftingCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listsTemplatesWithTheirTargetLength() {
        CliRun run = CliRun.of("templates");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).matches("standard\\s+Standard introduction\\s+20-45 s"), lines.get(0));
    }

    @Test
    void aBrokenUserTemplateIsAWarningAndTheRestAreListed() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Files.createDirectories(data.templates());
        Path broken = Files.writeString(data.templates().resolve("mine.json"), "{\"format\": 1}");

        CliRun run = CliRun.in(data, "templates");

        assertEquals(0, run.exitCode());
        assertEquals(5, run.out().lines().count());
        assertEquals(List.of("introcoach: warning: template skipped: " + broken + ": 'id' is missing"), run.errLines());
    }

    @Test
    void draftsFromAResumeAsJson() throws Exception {
        CliRun run = CliRun.of("draft", "--template", "standard", "--resume", resume("maria-chen.json"),
                "--set", "Target Team/Project=your platform reliability team", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode draft = JSON.readTree(run.out());
        assertEquals("Maria Chen", draft.get("fields").get("Name").asText());
        assertTrue(draft.get("text").asText().endsWith("I am eager to contribute to your platform reliability team."));
        assertEquals(0, draft.get("missingFields").size());
        assertEquals(65, draft.get("words").asInt());
        assertEquals(27.9, draft.get("estimatedSeconds").asDouble());
        assertEquals(20, draft.get("targetSeconds").get("min").asInt());
        assertTrue(draft.get("timingWarning").isNull(), "the filled standard intro fits its 20-45 s");
    }

    @Test
    void savesTheDraftItPrints() throws Exception {
        Path file = dir.resolve("draft.json");

        CliRun run = CliRun.of("draft", "--template", "career-changer", "--resume", resume("james-patel.md"),
                "--set", "New Field=data analysis", "--save", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Still to fill: Proof, Previous Field, Reason, Transferable Skills, Target Team/Project, First Step"), run.out());
        assertTrue(run.out().contains("where I taught GCSE and A-level mathematics to classes of 30"), "a result from the resume: " + run.out());
        var saved = new DraftStore().load(file);
        assertEquals("career-changer", saved.templateId());
        assertEquals("data analysis", saved.value("New Field"));
        assertEquals("eight", saved.value("Years"));
    }

    @Test
    void anUnknownTemplateNamesTheChoices() {
        CliRun run = CliRun.of("draft", "--template", "standrd");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("introcoach: there is no template 'standrd'; choose one of standard, new-graduate, career-changer, "
                + "experienced-lead, internal-transfer"), run.errLines());
    }

    @Test
    void anUnknownFieldNamesTheFields() {
        CliRun run = CliRun.of("draft", "--template", "standard", "--set", "Team=payments");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().contains("has no field [Team]; its fields are Name, University, Role, Company, Domain, Result, Core Skill, Target Team/Project"),
                run.err());
    }

    @Test
    void showsWhatWasUnderstoodFromAResume() throws Exception {
        CliRun run = CliRun.of("resume", "--format", "json", resume("priya-raman.pdf"));

        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.out());
        assertEquals("Priya Raman", document.get("resume").get("name").asText());
        assertEquals(16.4, document.get("facts").get("totalYears").asDouble());
        assertEquals("Shopify", document.get("facts").get("mostRecentJob").get("employer").asText());
    }

    @Test
    void aMalformedResumeIsOneLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ana\",}}");

        CliRun run = CliRun.of("resume", bad.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("introcoach: " + bad + ": the JSON is malformed at line 1, column 27"), run.err());
    }

    private static String resume(String name) {
        return ProjectFiles.root().resolve("samples/resumes").resolve(name).toString();
    }
}
