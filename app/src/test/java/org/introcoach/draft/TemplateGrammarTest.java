package org.introcoach.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.introcoach.resume.DateRange;
import org.introcoach.resume.Job;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.resume.ResumeReader;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled template filled from every bundled sample resume reads as a person would say it:
 * the latest job in the present while it is held and in the past once it has ended, "a" and "an"
 * as said, nothing doubled, a result with its number when the resume has one, and a length inside
 * the template's own band. Fields the resume cannot fill take the template's example answer.
 */
class TemplateGrammarTest {
    private static final YearMonth AS_OF = YearMonth.of(2026, 11);
    /** The pace the length is judged at here, besides the renderer's own estimate. */
    private static final int SPOKEN_WPM = 150;
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(a|an) ([\\p{L}\\p{N}][\\p{L}\\p{N}'-]*)");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b([\\p{L}']+) \\1\\b");
    private static final Pattern DOUBLED_PUNCTUATION = Pattern.compile("[.,;:!?]\\s*[.,;:!?]|\\s[.,;:!?]");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|thousand|million|half|double|twice)\\b");
    private static final Pattern PAST_ABOUT_CURRENT = Pattern.compile("(?i)\\b(previously|served|was|were|worked|until recently|led)\\b");
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(am|I'm|is|are|work|lead|I've been)\\b");

    static Stream<Arguments> everyTemplateWithEverySampleResume() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Template template : new TemplateLibrary().load(null).templates()) {
            for (Path resume : sampleResumes()) {
                cases.add(Arguments.of(template.id(), resume.getFileName().toString()));
            }
        }
        return cases.stream();
    }

    private static List<Path> sampleResumes() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("samples/resumes"))) {
            return files.filter(file -> file.toString().matches(".*\\.(json|md|pdf)$")).sorted().toList();
        }
    }

    private static Template template(String id) throws IOException {
        return new TemplateLibrary().load(null).find(id).orElseThrow();
    }

    /** The template filled from the resume, and its example answers where the resume says nothing. */
    private static RenderedDraft filled(Template template, Resume resume) {
        Draft draft = new DraftFiller().fillDraft(new Draft("", template.id(), java.util.Map.of()), template, resume, AS_OF);
        for (Template.Field field : template.fields()) {
            if (draft.value(field.name()).isEmpty()) {
                assertTrue(field.hint() != null && !field.hint().isBlank(), template.id() + ": [" + field.name() + "] has no example answer");
                draft = draft.with(field.name(), field.hint());
            }
        }
        return new DraftRenderer().render(template, draft);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTemplateWithEverySampleResume")
    void readsGrammaticallyAndFitsItsOwnLength(String templateId, String resumeFile) throws IOException {
        Template template = template(templateId);
        Resume resume = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes").resolve(resumeFile));
        RenderedDraft rendered = filled(template, resume);
        String text = rendered.text();
        String where = templateId + " from " + resumeFile + ": " + text;

        assertTrue(rendered.isComplete(), where);
        double seconds = rendered.wordCount() * 60.0 / SPOKEN_WPM;
        assertTrue(seconds >= template.target().minSeconds() && seconds <= template.target().maxSeconds(),
                "%.0f s at %d words a minute, outside %s: %s".formatted(seconds, SPOKEN_WPM, template.target(), where));
        assertTrue(rendered.estimatedSeconds() >= template.target().minSeconds() && rendered.estimatedSeconds() <= template.target().maxSeconds(),
                "%.0f s at the renderer's pace, outside %s: %s".formatted(rendered.estimatedSeconds(), template.target(), where));

        Matcher article = ARTICLE.matcher(text);
        while (article.find()) {
            assertEquals(DraftRenderer.article(article.group(2)), article.group(1).toLowerCase(Locale.ROOT),
                    "'" + article.group() + "' in " + where);
        }
        assertFalse(DOUBLED_WORD.matcher(text).find(), "a doubled word: " + where);
        assertFalse(DOUBLED_PUNCTUATION.matcher(text).find(), "doubled or stray punctuation: " + where);
        assertFalse(text.matches("(?s).*(\\(|\\)|\\[|]).*"), "brackets would be read out: " + where);

        currentJobInThePresent(template, resume, text, where);
        List<String> numbered = resume.work().stream().flatMap(job -> job.highlights().stream())
                .filter(highlight -> NUMBER.matcher(highlight).find()).toList();
        if (!numbered.isEmpty()) {
            assertTrue(numbered.stream().anyMatch(highlight -> text.toLowerCase(Locale.ROOT).contains(opening(highlight))),
                    "the resume has results with numbers, the intro none: " + where);
        }
    }

    /** The sentence naming the latest job (its employer, else its title) speaks of it in the present while the job is held. */
    private static void currentJobInThePresent(Template template, Resume resume, String text, String where) {
        Job latest = ResumeFacts.of(resume, AS_OF).mostRecentJob().orElse(null);
        boolean namesEmployer = template.fields().stream().anyMatch(field -> field.fill() == FillSource.COMPANY);
        boolean namesRole = template.fields().stream().anyMatch(field -> field.fill() == FillSource.ROLE);
        if (latest == null || !(namesEmployer || namesRole)) {
            return;
        }
        String name = namesEmployer ? latest.employer() : latest.title().replaceAll("\\s*\\(.*\\)", "");
        String clause = mainClause(text, name).orElseThrow(() -> new AssertionError("the latest job is not named: " + where));
        if (latest.dates().ongoing()) {
            assertTrue(PRESENT.matcher(clause).find() && !PAST_ABOUT_CURRENT.matcher(clause).find(),
                    "a job held now, in the past: '" + clause + "' in " + where);
        } else {
            assertTrue(PAST_ABOUT_CURRENT.matcher(clause).find(), "a job that has ended, in the present: '" + clause + "' in " + where);
        }
    }

    /** The clause naming {@code name}: its sentence up to the first comma after it ("At Stripe I lead two teams", not the result after). */
    private static java.util.Optional<String> mainClause(String text, String name) {
        return sentenceNaming(text, name).map(sentence -> {
            int comma = sentence.indexOf(',', sentence.indexOf(name));
            return comma < 0 ? sentence : sentence.substring(0, comma);
        });
    }

    private static java.util.Optional<String> sentenceNaming(String text, String name) {
        return Stream.of(text.split("(?<=[.!?])\\s+")).filter(sentence -> sentence.contains(name)).findFirst();
    }

    /** The first four words of a highlight, as the draft says them. */
    private static String opening(String highlight) {
        return String.join(" ", List.of(highlight.strip().toLowerCase(Locale.ROOT).split("\\s+")).subList(0,
                Math.min(4, highlight.strip().split("\\s+").length)));
    }

    @Test
    void aJobThatHasEndedIsSpokenOfInThePast() throws IOException {
        Resume maria = new ResumeReader().read(ProjectFiles.root().resolve("samples/resumes/maria-chen.json"));
        List<Job> work = new ArrayList<>(maria.work());
        Job stripe = work.get(0);
        work.set(0, new Job(stripe.employer(), stripe.title(), new DateRange(stripe.dates().start(), YearMonth.of(2026, 3), false),
                stripe.summary(), stripe.highlights()));
        Resume left = new Resume(maria.name(), maria.headline(), maria.summary(), maria.education(), work, maria.skills(),
                maria.certificates(), maria.projects(), maria.languages());
        for (String id : List.of("standard", "experienced-lead", "career-changer")) {
            String text = filled(template(id), left).text();
            String sentence = mainClause(text, "Stripe").orElseThrow();
            assertTrue(PAST_ABOUT_CURRENT.matcher(sentence).find(), id + ": " + sentence);
            assertFalse(sentence.matches(".*\\b(I work|I lead|Today)\\b.*"), id + ": " + sentence);
        }
    }

    @Test
    void articlesAreChosenByHowTheNextWordIsSaid() {
        assertEquals("an", DraftRenderer.article("Engineering Manager"));
        assertEquals("a", DraftRenderer.article("Backend Engineer"));
        assertEquals("a", DraftRenderer.article("university"));
        assertEquals("an", DraftRenderer.article("MBA student"));
        assertEquals("a", DraftRenderer.article("UX Researcher"));
        assertEquals("an", DraftRenderer.article("hour"));
        assertEquals("a", DraftRenderer.article("one-year contract"));
        assertEquals("an", DraftRenderer.article("8-person team"));
    }

    @Test
    void theTemplatesArticleFollowsWhatTheUserTyped() throws IOException {
        Template standard = template("standard");
        Draft draft = new Draft("", "standard", java.util.Map.of("Role", "Engineering Manager", "Company", "Shopify"));
        assertTrue(new DraftRenderer().render(standard, draft).text().contains("Today I work as an Engineering Manager at Shopify"));
    }
}
