package org.introcoach.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionBanksTest {
    @TempDir
    Path user;

    @Test
    void bundledBanksLoadWithoutProblems() throws Exception {
        QuestionBank bank = new QuestionBanks().load(user.resolve("none"));

        assertEquals(List.of(), bank.problems());
        Set<String> banks = bank.questions().stream().map(Question::bank).collect(Collectors.toSet());
        assertTrue(banks.containsAll(Set.of("django", "python", "openers", "behavioural", "data", "product-design",
                "engineering-management", "health-care")), banks.toString());
    }

    @Test
    void everyTopicOfTheBriefsPythonAndDjangoMaterialHasAQuestion() throws Exception {
        QuestionBank bank = new QuestionBanks().load(user.resolve("none"));

        for (String id : List.of("django-wsgi", "django-request-lifecycle", "django-middleware", "django-fbv-cbv", "django-cbv-decorators",
                "django-orm", "django-select-prefetch", "django-csrf", "django-redis-caching", "drf-components", "drf-authentication",
                "python-large-files", "python-generators", "python-closures", "python-decorators", "python-memory", "python-singleton",
                "python-lambdas", "python-sort-dict", "walk-me-through", "why-leaving", "why-this-move")) {
            Question question = bank.find(id).orElseThrow(() -> new AssertionError("no question " + id));
            assertTrue(question.keyPoints().size() >= 3, id + " has the key points of a good answer");
        }
        assertTrue(bank.questions().stream().filter(q -> q.kind() == Question.Kind.BEHAVIOURAL)
                .allMatch(q -> q.shape().equals(List.of("situation", "task", "action", "result"))), "behavioural questions expect STAR");
    }

    @Test
    void aUsersQuestionReplacesTheBundledOneOfTheSameId() throws Exception {
        Files.writeString(user.resolve("mine.json"), """
                {"version": 1, "id": "mine", "questions": [
                  {"id": "why-this-move", "text": "So why nursing to UX, really?", "topic": "career change", "kind": "opener",
                   "invitedBy": {"words": ["ux"]}, "keyPoints": [{"text": "a moment", "words": ["moment"]}]},
                  {"id": "my-own", "text": "What is your favourite bug?", "topic": "debugging", "kind": "technical",
                   "invitedBy": {"skills": ["debugging"]}, "keyPoints": [{"text": "a story", "words": ["bug", "fixed"]}]}
                ]}""");

        QuestionBank bank = new QuestionBanks().load(user);

        assertEquals(List.of(), bank.problems());
        assertEquals("So why nursing to UX, really?", bank.find("why-this-move").orElseThrow().text());
        assertEquals(1, bank.questions().stream().filter(q -> q.id().equals("why-this-move")).count());
        assertEquals("mine", bank.find("my-own").orElseThrow().bank());
    }

    @Test
    void aBadBankIsReportedWithItsFileAndTheOthersStillLoad() throws Exception {
        Files.writeString(user.resolve("broken.json"), "{\"version\": 1, \"id\": \"broken\", \"questions\": [");
        Files.writeString(user.resolve("future.json"), "{\"version\": 2, \"id\": \"future\", \"questions\": []}");
        Files.writeString(user.resolve("no-points.json"), """
                {"version": 1, "id": "no-points", "questions": [
                  {"id": "q1", "text": "Why?", "topic": "x", "kind": "technical", "invitedBy": {"skills": ["x"]}, "keyPoints": []}]}""");
        Files.writeString(user.resolve("good.json"), """
                {"version": 1, "id": "good", "questions": [
                  {"id": "good-one", "text": "Tell me about Rust.", "topic": "rust", "kind": "technical",
                   "invitedBy": {"skills": ["rust"]}, "keyPoints": [{"text": "ownership", "words": ["ownership", "borrow"]}]}]}""");

        QuestionBank bank = new QuestionBanks().load(user);

        assertEquals(3, bank.problems().size(), bank.problems().toString());
        assertTrue(bank.problems().stream().anyMatch(p -> p.contains("broken.json") && p.contains("not valid JSON")), bank.problems().toString());
        assertTrue(bank.problems().stream().anyMatch(p -> p.contains("future.json") && p.contains("\"version\" must be 1")),
                bank.problems().toString());
        assertTrue(bank.problems().stream().anyMatch(p -> p.contains("no-points.json") && p.contains("(q1)") && p.contains("keyPoints")),
                bank.problems().toString());
        assertTrue(bank.find("good-one").isPresent(), "the good user bank loads");
        assertTrue(bank.find("django-csrf").isPresent(), "the bundled banks load");
    }
}
