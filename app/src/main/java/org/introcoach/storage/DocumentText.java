package org.introcoach.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document the user gave (a resume, a job posting), told apart by content: a PDF's
 * text through PDFBox, and whether bytes are text at all. Every refusal names the file and the
 * problem.
 */
public final class DocumentText {
    private DocumentText() {
    }

    public static boolean isPdf(byte[] bytes) {
        return startsWith(bytes, "%PDF");
    }

    /**
     * The text of a PDF.
     *
     * @param noTextAdvice what to do when the PDF holds no text (a scanned image), said after the problem
     */
    public static String pdf(Path file, byte[] bytes, String noTextAdvice) throws UnreadableInputException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(document);
            if (extracted.isBlank()) {
                throw new UnreadableInputException(file, "the PDF has no text in it (a scanned image?); " + noTextAdvice);
            }
            return extracted;
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(file, "the PDF is password-protected; save an unprotected copy", e);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableInputException(file, "the PDF is damaged and cannot be read: " + e.getMessage(), e);
        }
    }

    /** More than one byte in fifty of the first 4 KB is a control character: not text in any encoding. */
    public static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control > sample / 50;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return new String(bytes, 0, Math.min(bytes.length, prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
