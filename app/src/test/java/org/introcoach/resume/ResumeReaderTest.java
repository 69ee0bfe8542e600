package org.introcoach.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResumeReaderTest {
    private final ResumeReader reader = new ResumeReader();

    @TempDir
    Path dir;

    @Test
    void readsJsonResume() throws IOException {
        Resume resume = reader.read(resume("maria-chen.json"));

        assertEquals("Maria Chen", resume.name());
        assertEquals("Backend Engineer", resume.headline());
        Job stripe = resume.work().get(0);
        assertEquals("Stripe", stripe.employer());
        assertEquals("Backend Engineer", stripe.title());
        assertEquals(new DateRange(YearMonth.of(2019, 8), null, true), stripe.dates());
        assertEquals(3, stripe.highlights().size());
        Education school = resume.education().get(0);
        assertEquals("University of Washington", school.institution());
        assertEquals("Computer Science", school.field());
        assertEquals(List.of("Java", "Distributed Systems", "Kafka", "PostgreSQL"), resume.skills().get(0).keywords());
        assertEquals(List.of("English", "Mandarin"), resume.languages());
    }

    @Test
    void readsMarkdownResume() throws IOException {
        Resume resume = reader.read(resume("james-patel.md"));

        assertEquals("James Patel", resume.name());
        assertEquals("Aspiring Data Analyst", resume.headline());
        assertTrue(resume.summary().startsWith("Mathematics teacher of eight years"), resume.summary());
        assertEquals(2, resume.work().size());
        Job teacher = resume.work().get(0);
        assertEquals("Mathematics Teacher", teacher.title());
        assertEquals("Roundhay School", teacher.employer());
        assertEquals(new DateRange(YearMonth.of(2016, 9), YearMonth.of(2024, 7), false), teacher.dates());
        assertEquals(3, teacher.highlights().size());
        assertEquals("Data Analyst (volunteer)", resume.work().get(1).title());
        assertEquals("Leeds Food Bank", resume.work().get(1).employer());
        assertEquals("University of Leeds", resume.education().get(0).institution());
        assertEquals("BSc", resume.education().get(0).degree());
        assertEquals("Mathematics", resume.education().get(0).field());
        assertEquals("Leeds Beckett University", resume.education().get(1).institution());
        assertEquals(List.of("Python", "pandas", "SQL", "Tableau", "Excel"), resume.skills().get(0).keywords());
        assertEquals(List.of("Google Data Analytics Professional Certificate (2024)"), resume.certificates());
    }

    @Test
    void readsPdfResume() throws IOException {
        Resume resume = reader.read(resume("priya-raman.pdf"));

        assertEquals("Priya Raman", resume.name());
        assertEquals(List.of("Shopify", "ThoughtWorks", "Infosys"), resume.work().stream().map(Job::employer).toList());
        assertEquals(List.of("Engineering Manager", "Senior Software Engineer", "Software Engineer"),
                resume.work().stream().map(Job::title).toList());
        assertEquals(new DateRange(YearMonth.of(2018, 3), null, true), resume.work().get(0).dates());
        assertEquals(List.of("Carnegie Mellon University", "Anna University"),
                resume.education().stream().map(Education::institution).toList());
        assertEquals("Software Engineering", resume.education().get(0).field());
        assertTrue(resume.skills().stream().anyMatch(skill -> skill.keywords().contains("Kubernetes")));
    }

    @Test
    void readsPlainTextWithCapitalHeadingsAndTitleAtCompanyLines() throws IOException {
        Path file = Files.writeString(dir.resolve("resume.txt"), """
                José Núñez-García
                Product Designer · Madrid · jose@example.es

                EXPERIENCE
                Senior Product Designer at Cabify (Mar 2021 - present)
                Led the redesign of rider onboarding, lifting completion from 61% to 78%.
                Product Designer at Idealista (2017 – 2021)

                EDUCATION
                Universidad Politécnica de Madrid, Grado en Diseño, 2013-2017

                SKILLS
                Figma, user research, prototyping, design systems
                """);

        Resume resume = reader.read(file);

        assertEquals("José Núñez-García", resume.name());
        assertEquals("Product Designer", resume.headline());
        assertEquals("Senior Product Designer", resume.work().get(0).title());
        assertEquals("Cabify", resume.work().get(0).employer());
        assertTrue(resume.work().get(0).summary().startsWith("Led the redesign"), resume.work().get(0).summary());
        assertEquals("Idealista", resume.work().get(1).employer());
        assertEquals(new DateRange(YearMonth.of(2017, 1), YearMonth.of(2021, 12), false), resume.work().get(1).dates());
        assertEquals("Universidad Politécnica de Madrid", resume.education().get(0).institution());
        assertEquals(4, resume.skills().size());
        assertEquals("jose nunez garcia", Matching.normalise(resume.name()));
    }

    @Test
    void readsCompanyFirstPipeSeparatedEntries() throws IOException {
        Path file = Files.writeString(dir.resolve("resume.md"), """
                # Zoë Łukasiewicz

                ## Work History
                **Allegro** | Data Engineer | 06/2020 - 05/2023
                - Moved the nightly pipelines to Airflow

                ## Skills
                Python; Airflow; Spark
                """);

        Resume resume = reader.read(file);

        assertEquals("Zoë Łukasiewicz", resume.name());
        assertEquals("Data Engineer", resume.work().get(0).title());
        assertEquals("Allegro", resume.work().get(0).employer());
        assertEquals(new DateRange(YearMonth.of(2020, 6), YearMonth.of(2023, 5), false), resume.work().get(0).dates());
        assertTrue(resume.education().isEmpty(), "no education section: nothing invented");
        assertEquals(3, resume.skills().size());
    }

    @Test
    void aProjectsHighlightsAreReadWithItsDescription() throws IOException {
        Path file = Files.writeString(dir.resolve("resume.json"), """
                {"basics": {"name": "Aroha Ngata"}, "skills": [{"name": "Research", "keywords": ["QGIS"]}],
                 "projects": [{"name": "MSc thesis", "highlights": ["Mapped kina barrens from drone imagery (QGIS, R)"]},
                              {"name": "Reef atlas", "description": "A field guide", "highlights": ["Used by 40 schools"]}]}
                """);

        Resume resume = reader.read(file);

        assertEquals(new Project("MSc thesis", "Mapped kina barrens from drone imagery (QGIS, R)"), resume.projects().get(0));
        assertEquals("A field guide. Used by 40 schools", resume.projects().get(1).description());
    }

    @Test
    void malformedJsonSaysWhere() throws IOException {
        Path file = Files.writeString(dir.resolve("resume.json"), "{\n  \"basics\": {\n    \"name\": \"Maria\"\n    \"label\": \"x\"\n  }\n}\n");

        UnreadableResumeException error = assertThrows(UnreadableResumeException.class, () -> reader.read(file));

        assertTrue(error.getMessage().startsWith(file + ": the JSON is malformed at line 4, column 5"), error.getMessage());
    }

    @Test
    void encryptedPdfIsRefusedWithAFix() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = textPdf("Maria Chen\nExperience\nEngineer at Stripe 2019 - present")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            document.protect(policy);
            document.save(file.toFile());
        }

        UnreadableResumeException error = assertThrows(UnreadableResumeException.class, () -> reader.read(file));

        assertEquals(file + ": the PDF is password-protected; save an unprotected copy", error.getMessage());
    }

    @Test
    void imageOnlyPdfIsRefusedWithAFix() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            document.save(file.toFile());
        }

        UnreadableResumeException error = assertThrows(UnreadableResumeException.class, () -> reader.read(file));

        assertTrue(error.getMessage().contains("the PDF has no text in it (a scanned image?)"), error.getMessage());
    }

    /**
     * Found by the pdf-resume fuzz target: PDFBox's message quotes the damaged bytes, here an
     * inline image cut short after a newline, and the refusal came out on two lines.
     */
    @Test
    void aPdfDamagedInsideItsPageIsRefusedOnOneLine() throws IOException {
        Path file = dir.resolve("damaged.pdf");
        try (PDDocument document = textPdf("Maria Chen\nBackend Engineer")) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.appendRawCommands("BI /W 1 /H 1 /BPC 8 /CS /G I\n");
            }
            document.save(file.toFile());
        }

        UnreadableResumeException error = assertThrows(UnreadableResumeException.class, () -> reader.read(file));

        assertTrue(error.getMessage().startsWith(file + ": the PDF is damaged and cannot be read: "), error.getMessage());
        assertTrue(error.getMessage().lines().count() == 1, "on more than one line: " + error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "blank", "cover letter", "binary", "folder", "missing", "truncated pdf", "json array"})
    void badFilesGetAClearErrorNamingTheFile(String kind) throws IOException {
        Path file = dir.resolve("resume.txt");
        String expected = switch (kind) {
            case "empty" -> {
                Files.createFile(file);
                yield "the file is empty";
            }
            case "blank" -> {
                Files.writeString(file, "\n   \n\t\n");
                yield "the file is empty";
            }
            case "cover letter" -> {
                Files.writeString(file, "Dear hiring manager,\nI am writing to apply for the role.\nKind regards,\nMaria\n");
                yield "no resume content was found";
            }
            case "binary" -> {
                Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 4, 0, 0, (byte) 0xff, (byte) 0xfe});
                yield "this is not a resume IntroCoach can read";
            }
            case "folder" -> {
                Files.createDirectory(file);
                yield "this is a folder, not a resume";
            }
            case "missing" -> "no such file";
            case "truncated pdf" -> {
                Files.writeString(file, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
                yield "the PDF is damaged and cannot be read";
            }
            case "json array" -> {
                Files.writeString(file, "[{\"name\": \"Maria\"}]");
                yield "no resume content was found";
            }
            default -> throw new IllegalArgumentException(kind);
        };

        UnreadableResumeException error = assertThrows(UnreadableResumeException.class, () -> reader.read(file));

        assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected), kind + " gave: " + error.getMessage());
    }

    private static Path resume(String name) {
        return ProjectFiles.root().resolve("samples/resumes").resolve(name);
    }

    private static PDDocument textPdf(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            for (String line : text.split("\n")) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
        return document;
    }
}
