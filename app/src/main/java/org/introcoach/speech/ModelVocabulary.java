package org.introcoach.speech;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads a Vosk model's word list (see {@link SpeechModel#vocabulary()}). */
final class ModelVocabulary {
    private static final int FST_MAGIC = 2125659606;
    private static final int SYMBOL_TABLE_MAGIC = 2125658996;
    private static final int HAS_OUTPUT_SYMBOLS = 2;
    private static final System.Logger LOG = System.getLogger(ModelVocabulary.class.getName());

    private ModelVocabulary() {
    }

    static Set<String> read(Path model) {
        try {
            Path words = model.resolve("graph/words.txt");
            if (Files.isRegularFile(words)) {
                Set<String> vocabulary = new HashSet<>();
                for (String line : Files.readAllLines(words, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    vocabulary.add(space < 0 ? line : line.substring(0, space));
                }
                return Set.copyOf(vocabulary);
            }
            Path grammar = model.resolve("graph/Gr.fst");
            if (Files.isRegularFile(grammar)) {
                try (InputStream in = Files.newInputStream(grammar)) {
                    return fromFstHeader(new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16)));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the speech model's word list could not be read: " + e);
        }
        return Set.of();
    }

    private static Set<String> fromFstHeader(DataInputStream in) throws IOException {
        if (int32(in) != FST_MAGIC) {
            return Set.of();
        }
        string(in);
        string(in);
        int32(in);
        int flags = int32(in);
        in.skipNBytes(8 * 4);
        if ((flags & HAS_OUTPUT_SYMBOLS) == 0 && (flags & 1) == 0) {
            return Set.of();
        }
        if (int32(in) != SYMBOL_TABLE_MAGIC) {
            return Set.of();
        }
        string(in);
        int64(in);
        long size = int64(in);
        Set<String> vocabulary = new HashSet<>((int) Math.min(size * 2, 1 << 22));
        for (long i = 0; i < size; i++) {
            vocabulary.add(string(in));
            int64(in);
        }
        return Set.copyOf(vocabulary);
    }

    private static int int32(DataInputStream in) throws IOException {
        byte[] bytes = in.readNBytes(4);
        if (bytes.length < 4) {
            throw new EOFException();
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static long int64(DataInputStream in) throws IOException {
        byte[] bytes = in.readNBytes(8);
        if (bytes.length < 8) {
            throw new EOFException();
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static String string(DataInputStream in) throws IOException {
        int length = int32(in);
        if (length < 0 || length > 1 << 16) {
            throw new IOException("not an OpenFst symbol table");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
