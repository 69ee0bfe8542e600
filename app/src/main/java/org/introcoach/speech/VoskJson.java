package org.introcoach.speech;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Reads the JSON strings Vosk returns; nothing past this class sees them. */
final class VoskJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VoskResult(List<Word> result, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VoskPartial(String partial) {
    }

    private VoskJson() {
    }

    static List<Word> words(String json) {
        VoskResult parsed = read(json, VoskResult.class);
        return parsed.result() == null ? List.of() : parsed.result();
    }

    static String partial(String json) {
        String partial = read(json, VoskPartial.class).partial();
        return partial == null ? "" : partial;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vosk returned JSON this version cannot read: " + json, e);
        }
    }
}
