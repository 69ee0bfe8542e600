package org.introcoach.resume;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.UnreadableInputException;

/**
 * Reads a resume file of any supported kind, chosen by its content rather than its name: JSON
 * Resume, PDF, or plain text and Markdown. Either the whole resume is read or an
 * {@link UnreadableResumeException} says why; nothing is half-loaded.
 */
public final class ResumeReader {
    private final JsonResumeReader json = new JsonResumeReader();
    private final TextResumeReader text = new TextResumeReader();

    public Resume read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, InputFiles.Kind.RESUME);
        } catch (UnreadableInputException e) {
            throw new UnreadableResumeException(file, e.problem(), e);
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new UnreadableResumeException(file, "the file is empty");
        }
        Resume resume;
        if (startsWith(bytes, "%PDF")) {
            resume = text.read(pdfText(file, bytes));
        } else {
            String content = decode(file, bytes);
            resume = content.stripLeading().startsWith("{") ? json.read(file, content) : text.read(content);
        }
        if (resume.hasNoContent()) {
            throw new UnreadableResumeException(file, "no resume content was found: no experience, education or skills. "
                    + "Use headings such as Experience, Education and Skills, or the JSON Resume format");
        }
        return resume;
    }

    private static String pdfText(Path file, byte[] bytes) throws UnreadableResumeException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(document);
            if (extracted.isBlank()) {
                throw new UnreadableResumeException(file, "the PDF has no text in it (a scanned image?); "
                        + "export your resume from your word processor as PDF, or save it as text");
            }
            return extracted;
        } catch (InvalidPasswordException e) {
            throw new UnreadableResumeException(file, "the PDF is password-protected; save an unprotected copy", e);
        } catch (UnreadableResumeException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableResumeException(file, "the PDF is damaged and cannot be read: " + e.getMessage(), e);
        }
    }

    private static String decode(Path file, byte[] bytes) throws UnreadableResumeException {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            if (looksBinary(bytes)) {
                throw new UnreadableResumeException(file, "this is not a resume IntroCoach can read; "
                        + "use JSON Resume, plain text, Markdown or PDF");
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
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
