package org.introcoach.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftingTest {
    private static final YearMonth AS_OF = YearMonth.of(2026, 11);
    private static TemplateLibrary.Catalog catalog;
    private final DraftRenderer renderer = new DraftRenderer();
    private final DraftFiller filler = new DraftFiller();

    @BeforeAll
    static void loadTemplates() throws IOException {
        catalog = new TemplateLibrary().load(null);
    }

    @Test
    void fillsTheStandardIntroFromAResumeAndLeavesTheTargetToTheUser() throws IOException {
        Template standard = catalog.find("standard").orElseThrow();
        Map<String, String> filled = filler.fill(standard, resume("maria-chen.json"), AS_OF);

        RenderedDraft rendered = renderer.render(standard, new Draft("", "standard", filled));

        assertEquals("Hello, I am Maria Chen, and I graduated from the University of Washington. Today I work as a Backend Engineer "
                + "at Stripe, focusing on payment infrastructure. There I led the migration of the billing service to an event-driven "
                + "design on Kafka, cutting incidents by 40%. Along the way I have developed deep experience in Java. "
                + "I am eager to contribute to [Target Team/Project].", rendered.text());
        assertEquals(List.of("Target Team/Project"), rendered.missingFields());
    }

    @Test
    void aCareerChangerIsFilledWithTheCareerTheyLeave() throws IOException {
        Template template = catalog.find("career-changer").orElseThrow();

        Map<String, String> filled = filler.fill(template, resume("james-patel.md"), AS_OF);

        assertEquals("eight", filled.get("Years"), "Sep 2016 to Jul 2024 as teacher, not counting the current role");
        assertEquals("Mathematics Teacher", filled.get("Previous Role"));
        assertEquals("Roundhay School", filled.get("Previous Company"));
        assertFalse(filled.containsKey("Reason"), "reasons are the user's to give");
    }

    @Test
    void anExperiencedLeadIsFilledFromAPdf() throws IOException {
        Template template = catalog.find("experienced-lead").orElseThrow();

        Map<String, String> filled = filler.fill(template, resume("priya-raman.pdf"), AS_OF);

        assertEquals("Priya Raman", filled.get("Name"));
        assertEquals("Engineering Manager", filled.get("Role"));
        assertEquals("Shopify", filled.get("Company"));
        assertEquals("sixteen", filled.get("Years"));
    }

    @Test
    void estimatesSpeakingTimeAtANaturalPace() {
        Template standard = catalog.find("standard").orElseThrow();
        Draft draft = new Draft("", "standard", Map.of("Name", "Ana Ruiz", "University", "MIT", "Role", "analyst",
                "Company", "Acme", "Domain", "pricing", "Result", "priced", "Core Skill", "SQL", "Target Team/Project", "your pricing team"));

        RenderedDraft rendered = renderer.render(standard, draft);

        assertEquals(43, rendered.wordCount());
        assertEquals(18.4, rendered.estimatedSeconds());
        assertTrue(rendered.isComplete());
        assertTrue(rendered.timingWarning().orElseThrow().contains("under the 20-45 s"), rendered.timingWarning().toString());
    }

    @Test
    void warnsWhenTheDraftRunsLong() {
        Template standard = catalog.find("standard").orElseThrow();
        String longWinded = String.join(" ", java.util.Collections.nCopies(90, "word"));
        Draft draft = new Draft("", "standard", Map.of("Domain", longWinded));

        RenderedDraft rendered = renderer.render(standard, draft);

        assertTrue(rendered.estimatedSeconds() > 45);
        assertTrue(rendered.timingWarning().orElseThrow().contains("over the 20-45 s"), rendered.timingWarning().toString());
    }

    @Test
    void noWarningInsideTheBand() {
        Template standard = catalog.find("standard").orElseThrow();
        Draft draft = new Draft("", "standard", Map.of("Domain", String.join(" ", java.util.Collections.nCopies(30, "word"))));

        assertTrue(renderer.render(standard, draft).timingWarning().isEmpty());
    }

    @Test
    void draftsSaveAndLoadAtomically(@TempDir Path dir) throws IOException {
        DraftStore store = new DraftStore();
        Draft draft = new Draft("Stripe interview", "standard", Map.of("Name", "Zoë Łukasiewicz", "Target Team/Project", "payments"));
        Path file = dir.resolve("drafts/stripe.json");

        store.save(file, draft);
        store.save(file, draft.with("Name", "Zoë"));

        assertEquals(draft.with("Name", "Zoë"), store.load(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary files left behind");
        }
    }

    @Test
    void aDamagedDraftSaysWhere(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("draft.json"), "{\"templateId\": \"standard\",\n \"values\": {\"Name\": }}");

        IOException error = assertThrows(IOException.class, () -> new DraftStore().load(file));

        assertTrue(error.getMessage().startsWith(file + ": the draft is not valid JSON at line 2"), error.getMessage());
    }

    private static Resume resume(String name) throws IOException {
        return new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes").resolve(name));
    }
}
