package org.introcoach.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.introcoach.storage.JsonFormat;
import org.junit.jupiter.api.Test;

/** The one transcript record keeps the file shape every stored take and transcript file already has. */
class TranscriptJsonTest {
    private static final ObjectMapper JSON = JsonFormat.compact();

    /** A transcript.json as takes have written it: Vosk's word shape, the second pass's fields only where it disagreed. */
    private static final String STORED = """
            {"file":"recording.wav","text":"i am maria chen","result":[
              {"word":"i","start":0.3,"end":0.42,"conf":1.0},
              {"word":"am","start":0.42,"end":0.6,"conf":0.98},
              {"word":"maria","start":0.6,"end":1.0,"conf":0.91},
              {"word":"chen","start":1.0,"end":1.4,"conf":0.88,"alternative":"ten","alternativeConf":0.52,"alternativePass":"first"}],
             "durationSeconds":2.5}""";

    @Test
    void aStoredTranscriptReadsAndWritesBackFieldForField() throws Exception {
        Transcript read = JSON.readValue(STORED, Transcript.class);
        assertEquals(JSON.readTree(STORED), JSON.readTree(JSON.writeValueAsString(read)));
    }

    @Test
    void theSecondPassesAlternativeIsReadIntoTheWord() throws Exception {
        Transcript read = JSON.readValue(STORED, Transcript.class);
        Word chen = read.words().get(3);
        assertEquals(new Alternative("ten", 0.52, Alternative.FIRST_PASS), chen.alternative());
        assertEquals("maria", read.words().get(2).text());
        assertNull(read.words().get(2).alternative());
        assertEquals(2.5, read.durationSeconds());
    }

    @Test
    void aWordWithoutAnAlternativeHasOnlyVosksFields() throws Exception {
        JsonNode written = JSON.readTree(JSON.writeValueAsString(new Transcript(List.of(new Word("hello", 0.1, 0.5, 0.9)), 1)));
        Set<String> fields = new TreeSet<>();
        written.get("result").get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("word", "start", "end", "conf"), fields);
        Set<String> top = new TreeSet<>();
        written.fieldNames().forEachRemaining(top::add);
        assertEquals(Set.of("file", "text", "result", "durationSeconds"), top);
        assertEquals("hello", written.get("text").asText());
    }

    @Test
    void vosksOwnResultReadsIntoWords() {
        List<Word> words = VoskJson.words("{\"result\":[{\"conf\":0.75,\"end\":1.2,\"start\":0.9,\"word\":\"chen\"}],\"text\":\"chen\"}");
        assertEquals(List.of(new Word("chen", 0.9, 1.2, 0.75)), words);
    }
}
