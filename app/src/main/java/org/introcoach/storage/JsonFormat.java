package org.introcoach.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * A new mapper for what a person or a script reads (the command line's output, exports): numbers
     * rounded as they are meant (seconds, words a minute and hertz to two decimals; a
     * 0.30000000000000004 is 0.3) and keys in a stable order (a record's fields as declared, a
     * map's keys sorted), so the same input prints the same text. The data folder's own files keep
     * every digit ({@link #compact()}).
     */
    public static ObjectMapper forReading() {
        SimpleModule rounding = new SimpleModule("rounded numbers");
        rounding.addSerializer(Double.class, new RoundedDouble());
        rounding.addSerializer(double.class, new RoundedDouble());
        return compact().registerModule(rounding).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** An export's JSON text: {@link #forReading()}, indented, with a final newline. */
    public static String readableText(Object value) throws JsonProcessingException {
        return READABLE.writeValueAsString(value) + "\n";
    }

    private static final ObjectMapper READABLE = forReading().enable(SerializationFeature.INDENT_OUTPUT);

    /** Two decimals, trailing zeros dropped (41.0 is 41); a non-zero value under 0.1 keeps two significant digits so it does not read as 0. */
    public static BigDecimal rounded(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = Math.abs(value) >= 0.1 || value == 0 ? exact.setScale(2, RoundingMode.HALF_UP)
                : exact.round(new MathContext(2, RoundingMode.HALF_UP));
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
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
