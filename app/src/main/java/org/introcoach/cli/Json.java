package org.introcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.introcoach.storage.JsonFormat;

/** JSON output for the terminal: pretty for one document, compact for one per line. */
final class Json {
    private static final ObjectMapper COMPACT = JsonFormat.compact();
    private static final ObjectMapper PRETTY = JsonFormat.pretty();

    private Json() {
    }

    static String pretty(Object value) {
        return write(PRETTY, value);
    }

    static String line(Object value) {
        return write(COMPACT, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
