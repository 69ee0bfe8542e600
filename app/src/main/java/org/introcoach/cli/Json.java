package org.introcoach.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.introcoach.storage.JsonFormat;

/**
 * JSON output for the terminal: pretty for one document, compact for one per line. What a person
 * or a script reads: numbers rounded as they are meant (seconds, words a minute and hertz to two
 * decimals; a 0.30000000000000004 is 0.3) and keys in a stable order (a record's fields as
 * declared, a map's keys sorted), so two runs on the same input print the same text.
 */
final class Json {
    private static final ObjectMapper COMPACT = forPeople(JsonFormat.compact());
    private static final ObjectMapper PRETTY = forPeople(JsonFormat.compact()).enable(SerializationFeature.INDENT_OUTPUT);

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

    /** Two decimals, trailing zeros dropped (41.0 is 41); a non-zero value under 0.1 keeps two significant digits so it does not read as 0. */
    static BigDecimal rounded(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 0.1 || value == 0 ? exact.setScale(2, RoundingMode.HALF_UP)
                : exact.round(new MathContext(2, RoundingMode.HALF_UP));
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static ObjectMapper forPeople(ObjectMapper mapper) {
        SimpleModule rounding = new SimpleModule("rounded numbers");
        rounding.addSerializer(Double.class, new RoundedDouble());
        rounding.addSerializer(double.class, new RoundedDouble());
        return mapper.registerModule(rounding).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static final class RoundedDouble extends StdSerializer<Double> {
        RoundedDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                generator.writeNumber(value);
            } else {
                generator.writeNumber(rounded(value));
            }
        }
    }
}
