package org.introcoach.resume;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.introcoach.storage.DocumentText;
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
        if (DocumentText.isPdf(bytes)) {
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
        try {
            return DocumentText.pdf(file, bytes, "export your resume from your word processor as PDF, or save it as text");
        } catch (UnreadableInputException e) {
            throw new UnreadableResumeException(file, e.problem(), e.getCause());
        }
    }

    private static String decode(Path file, byte[] bytes) throws UnreadableResumeException {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (CharacterCodingException e) {
            if (DocumentText.looksBinary(bytes)) {
                throw new UnreadableResumeException(file, "this is not a resume IntroCoach can read; "
                        + "use JSON Resume, plain text, Markdown or PDF");
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
