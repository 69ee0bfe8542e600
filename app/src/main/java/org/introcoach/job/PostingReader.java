package org.introcoach.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.introcoach.storage.DocumentText;
import org.introcoach.storage.InputFiles;
import org.introcoach.storage.UnreadableInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a job posting from a file (plain text, Markdown, HTML or PDF, told apart by content) or
 * from pasted text, and extracts its requirements. A file that cannot be a posting (empty, binary,
 * a damaged or image-only PDF, over {@link InputFiles.Kind#JOB_POSTING}'s size) is refused with an
 * {@link UnreadableInputException} naming the file and the problem.
 */
public final class PostingReader {
    public static final String PASTED = "pasted text";
    /** Fewer words than this is not a posting (a title alone, a stray line): nothing could be checked against it. */
    static final int FEWEST_WORDS = 20;
    private final PostingExtractor extractor = new PostingExtractor();

    public JobPosting read(Path file) throws IOException {
        byte[] bytes = InputFiles.read(file, InputFiles.Kind.JOB_POSTING);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return extracted(file, name, text(file, bytes));
    }

    /** A posting pasted into the app. */
    public JobPosting paste(String text) throws UnreadableInputException {
        String content = text == null ? "" : text;
        return extracted(Path.of(PASTED), PASTED, content.stripLeading().startsWith("<") ? html(content) : content);
    }

    /** A posting saved earlier, already as text. */
    JobPosting again(String source, String text) throws UnreadableInputException {
        return extracted(Path.of(source), source, text);
    }

    private JobPosting extracted(Path file, String source, String text) throws UnreadableInputException {
        if (text.isBlank()) {
            throw new UnreadableInputException(file, "the job posting is empty");
        }
        if (Terms.of(text).size() < FEWEST_WORDS) {
            throw new UnreadableInputException(file, "this is too short to be a job posting (%d words); paste or open the whole posting"
                    .formatted(Terms.of(text).size()));
        }
        return extractor.extract(source, text.strip());
    }

    static String text(Path file, byte[] bytes) throws UnreadableInputException {
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new UnreadableInputException(file, "the job posting is empty");
        }
        if (DocumentText.isPdf(bytes)) {
            return DocumentText.pdf(file, bytes, "copy the posting's text from the job page and paste it instead");
        }
        if (DocumentText.looksBinary(bytes)) {
            throw new UnreadableInputException(file, "this is not a job posting IntroCoach can read (it is not text); "
                    + "use a text, Markdown, HTML or PDF file, or paste the posting");
        }
        String text = InputFiles.utf8(file, InputFiles.Kind.JOB_POSTING, bytes);
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<") && start.contains("<body")
                ? html(text) : text;
    }

    /**
     * The visible text of a saved job page, one line a block: headings as Markdown headings and
     * list items as bullets, so the extractor sees the page's structure; scripts, styles,
     * navigation and footers are dropped.
     */
    static String html(String page) {
        Document document = Jsoup.parse(page);
        document.select("script, style, noscript, nav, footer, header nav, form, svg, template").remove();
        StringBuilder text = new StringBuilder();
        Element body = document.body();
        for (Element element : body.select("h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, pre, blockquote, div:not(:has(*))")) {
            if (element.parents().stream().anyMatch(parent -> parent.is("li, p") && parent != element)) {
                continue;
            }
            String line = element.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            if (element.is("h1, h2, h3, h4, h5, h6")) {
                text.append("#".repeat(element.tagName().charAt(1) - '0')).append(' ');
            } else if (element.is("li")) {
                text.append("- ");
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
