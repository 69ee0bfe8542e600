package org.introcoach.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one question bank file (format: templates/questions/README.md). A file with a problem is
 * refused whole, with the file and the first problem, so a half-read bank never ranks questions.
 */
final class BankReader {
    static final int VERSION = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> CLAIM_KINDS = Set.of("name", "school", "employer", "title", "years", "skill", "quantity");
    private static final Set<String> SECTIONS = Set.of("identity", "education", "experience", "skills", "transition", "motivation");
    private static final List<String> STAR = List.of("situation", "task", "action", "result");
    private final ObjectMapper json = new ObjectMapper();

    List<Question> read(String source, String content) throws InvalidBankException {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidBankException(source + ": not valid JSON" + (where == null ? ""
                    : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBankException(source + ": a question bank is a JSON object with \"version\", \"id\" and \"questions\"");
        }
        if (!root.path("version").isInt() || root.get("version").asInt() != VERSION) {
            throw new InvalidBankException(source + ": \"version\" must be " + VERSION + " (this IntroCoach reads version " + VERSION
                    + " banks)");
        }
        String bank = id(source, root, "id", "the bank");
        JsonNode questions = root.path("questions");
        if (!questions.isArray() || questions.isEmpty()) {
            throw new InvalidBankException(source + ": \"questions\" must be a non-empty list");
        }
        List<Question> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = question(source + ": question " + (i + 1), bank, questions.get(i));
            if (!ids.add(question.id())) {
                throw new InvalidBankException(source + ": the id \"" + question.id() + "\" is used twice");
            }
            read.add(question);
        }
        return read;
    }

    private static Question question(String where, String bank, JsonNode node) throws InvalidBankException {
        if (!node.isObject()) {
            throw new InvalidBankException(where + ": must be an object");
        }
        String id = id(where, node, "id", "the question");
        where = where + " (" + id + ")";
        String text = text(where, node, "text");
        String topic = text(where, node, "topic").toLowerCase(Locale.ROOT);
        Question.Kind kind = Question.Kind.of(text(where, node, "kind"));
        if (kind == null) {
            throw new InvalidBankException(where + ": \"kind\" must be opener, technical, behavioural or role");
        }
        JsonNode invited = node.path("invitedBy");
        if (!invited.isObject()) {
            throw new InvalidBankException(where + ": \"invitedBy\" must be an object (skills, words, claims, sections)");
        }
        Question.Invitation invitation = new Question.Invitation(terms(where, invited, "skills"), terms(where, invited, "words"),
                oneOf(where, invited, "claims", CLAIM_KINDS), oneOf(where, invited, "sections", SECTIONS));
        if (invitation.skills().isEmpty() && invitation.words().isEmpty() && invitation.claims().isEmpty()
                && invitation.sections().isEmpty()) {
            throw new InvalidBankException(where + ": \"invitedBy\" names nothing, so no intro could invite it");
        }
        JsonNode points = node.path("keyPoints");
        if (!points.isArray() || points.isEmpty()) {
            throw new InvalidBankException(where + ": \"keyPoints\" must be a non-empty list");
        }
        List<Question.KeyPoint> keyPoints = new ArrayList<>();
        for (JsonNode point : points) {
            String pointText = text(where + ": a key point", point, "text");
            List<String> words = terms(where + ": key point \"" + pointText + "\"", point, "words");
            if (words.isEmpty()) {
                throw new InvalidBankException(where + ": key point \"" + pointText + "\" has no \"words\" to hear it by");
            }
            keyPoints.add(new Question.KeyPoint(pointText, words));
        }
        List<String> shape = oneOf(where, node, "shape", Set.copyOf(STAR));
        if (kind == Question.Kind.BEHAVIOURAL && shape.isEmpty()) {
            shape = STAR;
        }
        Question.TargetSeconds target = kind.defaultTarget();
        JsonNode seconds = node.path("targetSeconds");
        if (!seconds.isMissingNode()) {
            if (!seconds.isArray() || seconds.size() != 2 || !seconds.get(0).isInt() || !seconds.get(1).isInt()
                    || seconds.get(0).asInt() <= 0 || seconds.get(1).asInt() < seconds.get(0).asInt()) {
                throw new InvalidBankException(where + ": \"targetSeconds\" must be [min, max], whole seconds, min > 0");
            }
            target = new Question.TargetSeconds(seconds.get(0).asInt(), seconds.get(1).asInt());
        }
        return new Question(id, text, topic, kind, bank, invitation, keyPoints, shape, target);
    }

    private static String id(String where, JsonNode node, String field, String what) throws InvalidBankException {
        String value = text(where, node, field);
        if (!ID.matcher(value).matches()) {
            throw new InvalidBankException(where + ": " + what + "'s \"" + field + "\" must be lowercase letters, digits and dashes, not \""
                    + value + "\"");
        }
        return value;
    }

    private static String text(String where, JsonNode node, String field) throws InvalidBankException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidBankException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static List<String> terms(String where, JsonNode node, String field) throws InvalidBankException {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidBankException(where + ": \"" + field + "\" must be a list of strings");
        }
        List<String> terms = new ArrayList<>();
        for (JsonNode term : value) {
            if (!term.isTextual() || term.asText().isBlank()) {
                throw new InvalidBankException(where + ": \"" + field + "\" must hold non-empty strings");
            }
            terms.add(term.asText().strip().toLowerCase(Locale.ROOT));
        }
        return terms;
    }

    private static List<String> oneOf(String where, JsonNode node, String field, Set<String> allowed) throws InvalidBankException {
        List<String> values = terms(where, node, field);
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw new InvalidBankException(where + ": \"" + field + "\" has \"" + value + "\"; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return values;
    }
}
