package org.introcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.introcoach.storage.JsonFormat;

/**
 * JSON output for the terminal: pretty for one document, compact for one per line, both
 * {@link JsonFormat#forReading()} (numbers rounded as meant, keys in a stable order).
 */
final class Json {
    private static final ObjectMapper COMPACT = JsonFormat.forReading();
    private static final ObjectMapper PRETTY = JsonFormat.forReading().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String pretty(Object value) {
        return write(PRETTY, value);
    }

    static String line(Object value) {
        return write(COMPACT, value);
    }

    /** {@code value} as a JSON object with one more field at its end (the report's own fields are left as they are). */
    static ObjectNode withField(Object value, String name, Object field) {
        ObjectNode node = PRETTY.valueToTree(value);
        node.set(name, PRETTY.valueToTree(field));
        return node;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
