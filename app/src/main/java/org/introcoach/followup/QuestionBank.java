package org.introcoach.followup;

import java.util.List;
import java.util.Optional;

/**
 * The questions that loaded, bundled first and in bank order (a user's question replaces the
 * bundled one of the same id in its place), and one line per file or question that did not.
 */
public record QuestionBank(List<Question> questions, List<String> problems) {
    public QuestionBank {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public Optional<Question> find(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }
}
