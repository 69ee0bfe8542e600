package org.introcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON output for the terminal: pretty for one document, compact for one per line. */
final class Json {
    private static final ObjectMapper COMPACT = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper PRETTY = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

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
