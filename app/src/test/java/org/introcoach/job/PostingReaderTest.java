package org.introcoach.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.introcoach.storage.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingReaderTest {
    @TempDir
    Path dir;

    private final PostingReader reader = new PostingReader();

    private String refusal(Path file) {
        UnreadableInputException refused = assertThrows(UnreadableInputException.class, () -> reader.read(file));
        assertTrue(refused.getMessage().startsWith(file + ": "), "names the file: " + refused.getMessage());
        return refused.problem();
    }

    @Test
    void readsAPostingFromAPdf() throws IOException {
        Path pdf = dir.resolve("nurse.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(14);
                text.newLineAtOffset(50, 700);
                for (String line : new String[] {"Registered Nurse, Acute Medical Unit", "About Riverside Hospital",
                        "Riverside Hospital is a 600-bed teaching hospital serving the city and its region.", "Essential",
                        "- Current NMC registration", "- Experience in triage and patient assessment", "- Medication administration",
                        "Desirable", "- Wound care"}) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(pdf.toFile());
        }

        JobPosting posting = reader.read(pdf);

        assertEquals("Registered Nurse, Acute Medical Unit", posting.title());
        assertEquals("Riverside Hospital", posting.company());
        assertEquals("nurse.pdf", posting.source());
        assertTrue(posting.requirements().stream().anyMatch(r -> r.text().equals("triage") && r.necessity() == Requirement.Necessity.REQUIRED),
                posting.requirements().toString());
        assertTrue(posting.requirements().stream().anyMatch(r -> r.text().equals("Wound care") && r.necessity() == Requirement.Necessity.NICE_TO_HAVE),
                posting.requirements().toString());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertEquals("the job posting is empty", refusal(Files.writeString(dir.resolve("job.md"), "  \n\n ")));
    }

    @Test
    void refusesABinaryFile() throws IOException {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        assertTrue(refusal(Files.write(dir.resolve("job.txt"), bytes)).startsWith("this is not a job posting IntroCoach can read"));
    }

    @Test
    void refusesADamagedPdf() throws IOException {
        assertTrue(refusal(Files.writeString(dir.resolve("job.pdf"), "%PDF-1.7\nthis is not the rest of a PDF"))
                .startsWith("the PDF is damaged and cannot be read"));
    }

    @Test
    void refusesAPdfWithoutText() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        assertTrue(refusal(pdf).startsWith("the PDF has no text in it (a scanned image?)"));
    }

    @Test
    void refusesAFileTooLargeToBeAPosting() throws IOException {
        Path huge = dir.resolve("job.txt");
        Files.write(huge, "Senior engineer wanted. ".repeat(250_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(refusal(huge).matches("the file is 5\\.\\d MB; a job posting can be at most 5 MB"), refusal(huge));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path latin = Files.write(dir.resolve("job.txt"), ("Ingénieur logiciel confirmé pour notre équipe " + "de plateforme ".repeat(10))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(refusal(latin).startsWith("the job posting is not UTF-8 text"));
    }

    @Test
    void refusesALineThatIsNotAWholePosting() throws IOException {
        assertTrue(refusal(Files.writeString(dir.resolve("job.txt"), "Senior Backend Engineer")).startsWith("this is too short to be a job posting"));
    }

    @Test
    void readsPastedTextAndPastedHtml() throws IOException {
        String text = Files.readString(JobPostingSamplesTest.posting("data-analyst-education-insights-westbridge.txt"));
        String page = Files.readString(JobPostingSamplesTest.posting("engineering-manager-infrastructure-harbourline.html"));

        assertEquals("Westbridge Learning Trust", reader.paste(text).company());
        assertEquals(PostingReader.PASTED, reader.paste(text).source());
        assertEquals("Harbourline Commerce", reader.paste(page).company());
        assertThrows(UnreadableInputException.class, () -> reader.paste("   "));
    }
}
