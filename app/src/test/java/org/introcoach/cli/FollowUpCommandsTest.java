package org.introcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.introcoach.storage.DataDirectory;
import org.introcoach.testing.ExternalTool;
import org.introcoach.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code introcoach questions} and {@code introcoach answer}, and the follow-ups in {@code analyze}'s report. */
class FollowUpCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOMAS = ProjectFiles.root().resolve("samples/resumes/tomas-reyes.json").toString();

    @TempDir
    Path dir;

    private Path text(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path intro() throws Exception {
        return text("intro.txt", "Hello, I am Tomas Reyes. For six years I have built backend services in Python and Django. At Shoplane "
                + "I added Redis caching to the catalogue. I also write Java every day. I want to join your platform team.");
    }

    @Test
    void questionsPrintsTheInvitedQuestionsMostLikelyFirst() throws Exception {
        CliRun run = CliRun.of("questions", "--resume", TOMAS, "--transcript", intro().toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode questions = JSON.readTree(run.out()).get("questions");
        assertTrue(questions.size() >= 5, run.out());
        for (String field : List.of("id", "text", "topic", "reason", "quote", "start", "standing")) {
            assertTrue(questions.get(0).has(field), field + " in " + questions.get(0));
        }
        List<String> firstTwo = List.of(questions.get(0).get("id").asText(), questions.get(1).get("id").asText());
        assertTrue(firstTwo.containsAll(List.of("django-redis-caching", "django-request-lifecycle")), run.out());
        assertEquals("strength", questions.get(0).get("standing").asText());
        assertTrue(questions.get(0).get("likelihood").asDouble() >= questions.get(4).get("likelihood").asDouble(), "most likely first");
        assertTrue(JSON.readTree(run.out()).has("unsaidStrengths"));
        JsonNode java = find(questions, "java");
        assertEquals("exposed", java.get("standing").asText(), run.out());
    }

    private static JsonNode find(JsonNode questions, String id) {
        for (JsonNode question : questions) {
            if (question.get("id").asText().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("no " + id + " in " + questions);
    }

    @Test
    void analyzeReportsCarryTheFollowUps() throws Exception {
        CliRun run = CliRun.of("analyze", "--resume", TOMAS, "--transcript", intro().toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode followUps = JSON.readTree(run.out()).get("followUps");
        assertEquals("strength", find(followUps, "django-redis-caching").get("standing").asText(), run.out());
    }

    @Test
    void theListPrintsTheWholeBankAndWarnsOfABadUserBank() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("questions"));
        Files.writeString(data.resolve("questions/mine.json"), "{\"version\": 3}");

        CliRun run = CliRun.in(new DataDirectory(data), "questions", "--list", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(JSON.readTree(run.out()).get("questions").size() > 50, "every bundled question");
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("introcoach: warning: question bank skipped: ") && run.err().contains("mine.json")
                && run.err().contains("\"version\" must be 1"), run.err());
    }

    @Test
    void aJobPostingWeighsTheQuestionsAndAMissingOneIsOneLine() throws Exception {
        String posting = ProjectFiles.root().resolve("samples/jobs/senior-backend-engineer-ledgerline.md").toString();
        CliRun plain = CliRun.of("questions", "--resume", TOMAS, "--transcript", intro().toString());
        CliRun weighed = CliRun.of("questions", "--resume", TOMAS, "--transcript", intro().toString(), "--job", posting);

        assertEquals(0, weighed.exitCode(), weighed.err());
        List<String> without = new java.util.ArrayList<>();
        JSON.readTree(plain.out()).get("questions").forEach(q -> without.add(q.get("id").asText()));
        List<String> with = new java.util.ArrayList<>();
        JSON.readTree(weighed.out()).get("questions").forEach(q -> with.add(q.get("id").asText()));
        assertTrue(!with.isEmpty() && !with.equals(without), "the posting's terms change which questions come first: " + with);

        CliRun missing = CliRun.of("questions", "--resume", TOMAS, "--transcript", intro().toString(), "--job", "posting.txt");
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("posting.txt"), missing.err());
    }

    @Test
    void anUnknownQuestionIsOneLineAndExitTwo() throws Exception {
        CliRun run = CliRun.of("answer", "--question", "no-such-question", "--transcript", intro().toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("introcoach: no question has the id 'no-such-question' (see 'introcoach questions --list')"), run.errLines());
    }

    @Test
    void aMissingAnswerFileIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("answer", "--question", "django-csrf", "--transcript", dir.resolve("nothing.txt").toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("nothing.txt"), run.err());
    }

    @Test
    void answerJudgesASpokenAnswer() throws Exception {
        Path words = text("answer.txt", "At the time our team had a checkout that failed under load. I needed to fix it before the sale. "
                + "So I decided to add Redis caching and I wrote a load test. As a result the error rate dropped by ninety percent.");
        Path raw = dir.resolve("raw.wav");
        Path wav = dir.resolve("answer.wav");
        ExternalTool.run("flite", "-voice", "slt", "-f", words.toString(), "-o", raw.toString());
        ExternalTool.run("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());

        CliRun run = CliRun.of("answer", "--question", "pressure", "--audio", wav.toString(), "--format", "text");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Describe a time you had to deliver under a tight deadline.\n"), run.out());
        assertTrue(run.out().contains("under the 90-180 s target for a behavioural question"), run.out());
        assertTrue(run.out().matches("(?s).*situation +\"at the time.*"), run.out());
        assertTrue(run.out().matches("(?s).*result +\"as a result.*"), run.out());
    }

    @Test
    void anOldDataFolderHasNoAnswersAndListsThemAsNone() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data.resolve("attempts"));

        CliRun run = CliRun.in(new DataDirectory(data), "answer", "--list", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, JSON.readTree(run.out()).get("answers").size());
    }
}
