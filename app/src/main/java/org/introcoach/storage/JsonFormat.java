package org.introcoach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON style of IntroCoach's files and exports: java.time as ISO text, Optional as its value, indented. */
public final class JsonFormat {
    private static final ObjectMapper PRETTY = compact().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {
    }

    /** A new mapper in the house style, without indentation (one document per line). */
    public static ObjectMapper compact() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The shared indented mapper; Jackson mappers are thread-safe once configured. */
    public static ObjectMapper pretty() {
        return PRETTY;
    }

    public static String prettyText(Object value) throws JsonProcessingException {
        return PRETTY.writeValueAsString(value) + "\n";
    }
}
