package org.introcoach.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks one template file (format 1, described in templates/README.md): every
 * required key present, every placeholder declared as a field, every field used, known sections
 * and fill sources, a sensible target length.
 */
public final class TemplateReader {
    public static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Template read(String source, String json) throws InvalidTemplateException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidTemplateException(source, "the JSON is malformed"
                    + (where == null ? "" : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr())) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTemplateException(source, "a template must be one JSON object");
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new InvalidTemplateException(source, format > FORMAT
                    ? "format " + format + " is newer than this version of IntroCoach reads (" + FORMAT + ")"
                    : "'format' must be " + FORMAT);
        }
        String id = required(source, root, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidTemplateException(source, "the id '" + id + "' must be lowercase letters, digits and dashes");
        }
        JsonNode target = root.path("targetSeconds");
        int min = target.path("min").asInt(-1);
        int max = target.path("max").asInt(-1);
        if (min <= 0 || max < min || max > 600) {
            throw new InvalidTemplateException(source, "'targetSeconds' needs 'min' and 'max' in seconds, 0 < min <= max <= 600");
        }
        List<Template.Field> fields = fields(source, root.path("fields"));
        List<Template.Sentence> sentences = sentences(source, root.path("sentences"));
        checkPlaceholders(source, fields, sentences);
        return new Template(id, required(source, root, "title"), required(source, root, "for"),
                root.path("order").asInt(100), new Template.TargetBand(min, max), fields, sentences, source);
    }

    private static List<Template.Field> fields(String source, JsonNode array) throws InvalidTemplateException {
        if (!array.isArray() || array.isEmpty()) {
            throw new InvalidTemplateException(source, "'fields' must be a list of the placeholders the sentences use");
        }
        List<Template.Field> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode field : array) {
            String name = required(source, field, "name");
            if (!names.add(name)) {
                throw new InvalidTemplateException(source, "the field [" + name + "] is declared twice");
            }
            String fill = field.path("fill").asText("none");
            FillSource source1 = Arrays.stream(FillSource.values()).filter(s -> s.id().equals(fill)).findFirst()
                    .orElseThrow(() -> new InvalidTemplateException(source, "the field [" + name + "] has an unknown fill '" + fill
                            + "'; use one of " + Arrays.stream(FillSource.values()).map(FillSource::id).collect(Collectors.joining(", "))));
            fields.add(new Template.Field(name, field.path("label").asText(name), field.path("hint").asText(""), source1));
        }
        return fields;
    }

    private static List<Template.Sentence> sentences(String source, JsonNode array) throws InvalidTemplateException {
        if (!array.isArray() || array.isEmpty()) {
            throw new InvalidTemplateException(source, "'sentences' must be a non-empty list");
        }
        List<Template.Sentence> sentences = new ArrayList<>();
        int number = 0;
        for (JsonNode sentence : array) {
            number++;
            int position = number;
            String sectionName = sentence.path("section").asText("");
            IntroSection section = Arrays.stream(IntroSection.values()).filter(s -> s.id().equals(sectionName.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new InvalidTemplateException(source, "sentence " + position
                            + " has an unknown section '" + sectionName + "'; use one of "
                            + Arrays.stream(IntroSection.values()).map(IntroSection::id).collect(Collectors.joining(", "))));
            String text = sentence.path("text").asText("");
            if (text.isBlank()) {
                throw new InvalidTemplateException(source, "sentence " + number + " has no 'text'");
            }
            String ifEnded = sentence.path("ifEnded").asText("").strip();
            Template.Sentence read = new Template.Sentence(section, text.strip(), ifEnded.isEmpty() ? null : ifEnded);
            if (read.ifEnded() != null && !new Template.Sentence(section, read.ifEnded()).placeholders().stream().sorted().toList()
                    .equals(read.placeholders().stream().sorted().toList())) {
                throw new InvalidTemplateException(source, "sentence " + number + ": 'ifEnded' must use the same placeholders as 'text'");
            }
            sentences.add(read);
        }
        return sentences;
    }

    private static void checkPlaceholders(String source, List<Template.Field> fields, List<Template.Sentence> sentences)
            throws InvalidTemplateException {
        Set<String> declared = fields.stream().map(Template.Field::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String placeholder : sentences.get(i).placeholders()) {
                if (!declared.contains(placeholder)) {
                    throw new InvalidTemplateException(source, "sentence " + (i + 1) + " uses [" + placeholder
                            + "], which is not among the fields (" + String.join(", ", declared) + ")");
                }
                used.add(placeholder);
            }
        }
        for (String name : declared) {
            if (!used.contains(name)) {
                throw new InvalidTemplateException(source, "the field [" + name + "] is declared but no sentence uses it");
            }
        }
    }

    private static String required(String source, JsonNode node, String key) throws InvalidTemplateException {
        String value = node.path(key).asText("");
        if (value.isBlank()) {
            throw new InvalidTemplateException(source, "'" + key + "' is missing");
        }
        return value.strip();
    }
}
