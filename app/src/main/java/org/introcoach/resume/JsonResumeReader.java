package org.introcoach.resume;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads the open JSON Resume schema (jsonresume.org); fields it does not use are ignored. */
final class JsonResumeReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    Resume read(Path file, String json) throws UnreadableResumeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line %d, column %d".formatted(where.getLineNr(), where.getColumnNr());
            throw new UnreadableResumeException(file, "the JSON is malformed" + position + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableResumeException(file, "a JSON Resume must be one JSON object");
        }
        try {
            JsonNode basics = object(root, "basics", "basics");
            return new Resume(text(basics, "name"), text(basics, "label"), text(basics, "summary"),
                    education(list(root, "education")), work(list(root, "work")), skills(list(root, "skills")),
                    names(list(root, "certificates"), "name"), projects(list(root, "projects")),
                    names(list(root, "languages"), "language"));
        } catch (WrongType e) {
            throw new UnreadableResumeException(file, e.getMessage() + "; see jsonresume.org/schema");
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new UnreadableResumeException(file, "a date is not in the YYYY-MM-DD form JSON Resume uses: " + e.getMessage(), e);
        }
    }

    private static List<Job> work(JsonNode work) {
        List<Job> jobs = new ArrayList<>();
        for (JsonNode entry : entries(work, "work")) {
            String employer = text(entry, "name").isEmpty() ? text(entry, "company") : text(entry, "name");
            jobs.add(new Job(employer, text(entry, "position"), dates(entry), text(entry, "summary"),
                    strings(list(entry, "highlights"))));
        }
        return jobs;
    }

    private static List<Education> education(JsonNode education) {
        List<Education> schools = new ArrayList<>();
        for (JsonNode entry : entries(education, "education")) {
            schools.add(new Education(text(entry, "institution"), text(entry, "studyType"), text(entry, "area"),
                    dates(entry)));
        }
        return schools;
    }

    private static List<Skill> skills(JsonNode skills) {
        List<Skill> result = new ArrayList<>();
        for (JsonNode entry : entries(skills, "skills")) {
            result.add(new Skill(text(entry, "name"), strings(list(entry, "keywords"))));
        }
        return result;
    }

    private static List<Project> projects(JsonNode projects) {
        List<Project> result = new ArrayList<>();
        for (JsonNode entry : entries(projects, "projects")) {
            // the schema gives a project "highlights" as well as a description; many resumes use only them
            List<String> parts = new ArrayList<>();
            parts.add(text(entry, "description"));
            parts.addAll(strings(list(entry, "highlights")));
            result.add(new Project(text(entry, "name"), String.join(". ", parts.stream().filter(part -> !part.isBlank()).toList())));
        }
        return result;
    }

    /** An entry with a start and no end is current, as the JSON Resume schema says. */
    private static DateRange dates(JsonNode entry) {
        YearMonth start = ResumeDates.parseIso(text(entry, "startDate"), false);
        YearMonth end = ResumeDates.parseIso(text(entry, "endDate"), true);
        return new DateRange(start, end, start != null && end == null);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : array) {
            String name = entry.isTextual() ? entry.asText() : text(entry, field);
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isValueNode() && !value.asText().isBlank()) {
                values.add(value.asText().strip());
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isContainerNode()) {
            throw new WrongType("\"%s\" should be text but is %s".formatted(field, kind(value)));
        }
        return value.isValueNode() && !value.isNull() ? value.asText().strip() : "";
    }

    /** The field as a list; absent or null is an empty one, anything else is the wrong type. */
    private static JsonNode list(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isArray()) {
            return value;
        }
        throw new WrongType("\"%s\" should be a list ([...]) but is %s".formatted(field, kind(value)));
    }

    private static JsonNode object(JsonNode node, String field, String name) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isObject()) {
            return value;
        }
        throw new WrongType("\"%s\" should be an object ({...}) but is %s".formatted(name, kind(value)));
    }

    private static List<JsonNode> entries(JsonNode array, String field) {
        List<JsonNode> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                throw new WrongType("\"%s\" entry %d should be an object ({...}) but is %s".formatted(field, i + 1, kind(entry)));
            }
            entries.add(entry);
        }
        return entries;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "empty";
        };
    }

    /** A field of the wrong type, said in words; becomes an {@link UnreadableResumeException}. */
    private static final class WrongType extends RuntimeException {
        WrongType(String message) {
            super(message);
        }
    }
}
