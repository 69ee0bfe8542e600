package org.introcoach.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The bundled postings of {@code samples/jobs/}: what a reader of each would list as its requirements. */
class JobPostingSamplesTest {
    static Path posting(String name) {
        return ProjectFiles.root().resolve("samples/jobs").resolve(name);
    }

    static JobPosting read(String name) throws IOException {
        return new PostingReader().read(posting(name));
    }

    private static Set<String> skills(JobPosting posting, Requirement.Necessity necessity) {
        return Set.copyOf(posting.of(Requirement.Kind.SKILL).stream().filter(r -> r.necessity() == necessity).map(Requirement::text).toList());
    }

    private static List<String> texts(JobPosting posting, Requirement.Kind kind) {
        return posting.of(kind).stream().map(Requirement::text).toList();
    }

    @Test
    void backendPostingInMarkdown() throws IOException {
        JobPosting posting = read("senior-backend-engineer-ledgerline.md");

        assertEquals("Senior Backend Engineer, Platform Reliability", posting.title());
        assertEquals("Ledgerline", posting.company());
        assertEquals("Platform Reliability team", posting.team());
        assertEquals("senior", posting.seniority());
        assertEquals(5, posting.yearsAsked());
        assertTrue(skills(posting, Requirement.Necessity.REQUIRED).containsAll(
                Set.of("Java", "distributed systems", "Kafka", "PostgreSQL", "AWS", "Kubernetes", "on-call")), posting.requirements().toString());
        assertEquals(Set.of("Terraform", "Go", "Python", "Grafana", "Prometheus"), skills(posting, Requirement.Necessity.NICE_TO_HAVE));
        assertTrue(texts(posting, Requirement.Kind.SKILL).containsAll(List.of("event-driven architecture", "observability")));
        assertTrue(texts(posting, Requirement.Kind.DOMAIN).containsAll(List.of("payment", "billing", "incident")), posting.requirements().toString());
        assertEquals(Requirement.Necessity.NICE_TO_HAVE, find(posting, "payment").necessity(), "'Experience in payments or billing' is a nice-to-have");
    }

    @Test
    void managerPostingSavedAsAWebPage() throws IOException {
        JobPosting posting = read("engineering-manager-infrastructure-harbourline.html");

        assertEquals("Engineering Manager, Infrastructure", posting.title());
        assertEquals("Harbourline Commerce", posting.company());
        assertEquals("Infrastructure group", posting.team());
        assertEquals("manager", posting.seniority());
        assertEquals(8, posting.yearsAsked());
        assertTrue(skills(posting, Requirement.Necessity.REQUIRED).containsAll(
                Set.of("Kubernetes", "hiring", "mentoring", "Terraform", "AWS", "Google Cloud")), posting.requirements().toString());
        assertTrue(skills(posting, Requirement.Necessity.NICE_TO_HAVE).containsAll(
                Set.of("Go", "Site reliability engineering", "service level objectives")), posting.requirements().toString());
        assertTrue(texts(posting, Requirement.Kind.SKILL).containsAll(List.of("incident management", "capacity planning", "coaching")));
        assertTrue(texts(posting, Requirement.Kind.DOMAIN).containsAll(List.of("e-commerce", "platform", "roadmap")), posting.requirements().toString());
        assertFalse(posting.text().contains("dataLayer"), "the page's script is not part of the posting");
        assertFalse(posting.text().contains("All jobs"), "nor its navigation");
    }

    @Test
    void analystPostingInPlainText() throws IOException {
        JobPosting posting = read("data-analyst-education-insights-westbridge.txt");

        assertEquals("Data Analyst - Education Insights", posting.title());
        assertEquals("Westbridge Learning Trust", posting.company());
        assertEquals("Education Insights team", posting.team());
        assertEquals(null, posting.seniority(), "an analyst post names no rung of the ladder");
        assertEquals(null, posting.yearsAsked());
        assertEquals(Set.of("SQL", "Excel", "Python", "R", "data analysis", "communication", "statistics", "regression"),
                skills(posting, Requirement.Necessity.REQUIRED));
        assertTrue(skills(posting, Requirement.Necessity.NICE_TO_HAVE).contains("data analytics certificate"));
        assertTrue(texts(posting, Requirement.Kind.SKILL).containsAll(List.of("Tableau", "Power BI")));
        assertTrue(texts(posting, Requirement.Kind.DOMAIN).containsAll(List.of("attainment", "attendance", "school", "pupil")),
                posting.requirements().toString());
        assertFalse(texts(posting, Requirement.Kind.SKILL).contains("Clean"), "'Clean, join and analyse' starts a duty, it names no tool");
    }

    @Test
    void perksAreNotRequirements() throws IOException {
        for (String name : List.of("senior-backend-engineer-ledgerline.md", "engineering-manager-infrastructure-harbourline.html",
                "data-analyst-education-insights-westbridge.txt")) {
            Set<String> emphasis = read(name).emphasis();
            for (String perk : List.of("insurance", "pension", "vacation", "holiday", "health", "dental", "stock")) {
                assertFalse(emphasis.contains(perk), name + " stresses " + perk + ": " + emphasis);
            }
        }
    }

    @Test
    void emphasisIsTheLowercaseTermsAFollowUpRankingCanWeigh() throws IOException {
        Set<String> emphasis = read("senior-backend-engineer-ledgerline.md").emphasis();

        assertTrue(emphasis.containsAll(Set.of("kafka", "java", "postgresql", "payment", "platform reliability team", "reliability")), emphasis.toString());
        assertTrue(emphasis.stream().allMatch(term -> term.equals(term.toLowerCase(java.util.Locale.ROOT))), emphasis.toString());
        assertFalse(emphasis.contains("senior"), "seniority is not a subject to ask about");
        assertTrue(emphasis.contains("on-call"), emphasis.toString());
        assertFalse(emphasis.contains("on"), "the 'on' of on-call stresses nothing on its own");
    }

    private static Requirement find(JobPosting posting, String text) {
        return posting.requirements().stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow();
    }
}
