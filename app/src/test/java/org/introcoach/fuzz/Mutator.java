package org.introcoach.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates a seed file the way coverage-blind fuzzers do: bit flips, interesting bytes and 32-bit
 * values (biased towards the header, where parsers decide how much to read), truncation, inserted,
 * deleted and repeated ranges, and for text formats tokens that stress parsers.
 */
final class Mutator {
    private static final int[] INTERESTING_INTS = {0, 1, -1, 2, 8, 16, 255, 256, 0x7fff, 0x8000, 0xffff, 0x10000,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000_000, 44_100, 96_001, 7_999};
    private static final byte[] INTERESTING_BYTES = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, '{', '[', '"', '\n'};
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "-1", "1e309", "-0.0",
        "NaN", "\"\\u0000\"", "\\", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":", "\u00e9", "\ufeff", "\r\n",
        "# Experience\n", "## Education\n", "2019-13", "Jan 2020 - present", "\"work\":", "\"result\":", "\"start\":",
        "%PDF-1.4\n", "obj", "endobj", "stream\n", "/Length 99999999", "xref", "trailer");

    private Mutator() {
    }

    static byte[] mutate(byte[] seed, Random random, boolean text) {
        byte[] data = seed.clone();
        int rounds = 1 + random.nextInt(6);
        for (int round = 0; round < rounds; round++) {
            data = switch (random.nextInt(text ? 9 : 7)) {
                case 0 -> flipBit(data, random);
                case 1 -> setByte(data, random);
                case 2 -> setInt(data, random);
                case 3 -> data.length == 0 ? data : Arrays.copyOf(data, random.nextInt(data.length));
                case 4 -> insert(data, random, randomBytes(random, 1 + random.nextInt(16)));
                case 5 -> delete(data, random);
                case 6 -> repeat(data, random);
                default -> insert(data, random, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            };
        }
        return data;
    }

    private static int position(byte[] data, Random random) {
        if (data.length == 0) {
            return 0;
        }
        return random.nextBoolean() ? random.nextInt(Math.min(data.length, 128)) : random.nextInt(data.length);
    }

    private static byte[] flipBit(byte[] data, Random random) {
        if (data.length > 0) {
            int at = position(data, random);
            data[at] ^= (byte) (1 << random.nextInt(8));
        }
        return data;
    }

    private static byte[] setByte(byte[] data, Random random) {
        if (data.length > 0) {
            data[position(data, random)] = random.nextBoolean()
                    ? INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)] : (byte) random.nextInt(256);
        }
        return data;
    }

    private static byte[] setInt(byte[] data, Random random) {
        if (data.length >= 4) {
            int at = Math.min(position(data, random), data.length - 4);
            int value = INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)];
            boolean little = random.nextBoolean();
            for (int i = 0; i < 4; i++) {
                int shift = 8 * (little ? i : 3 - i);
                data[at + i] = (byte) (value >>> shift);
            }
        }
        return data;
    }

    private static byte[] insert(byte[] data, Random random, byte[] piece) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private static byte[] delete(byte[] data, Random random) {
        if (data.length < 2) {
            return data;
        }
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(64));
        byte[] result = new byte[data.length - (to - from)];
        System.arraycopy(data, 0, result, 0, from);
        System.arraycopy(data, to, result, from, data.length - to);
        return result;
    }

    private static byte[] repeat(byte[] data, Random random) {
        if (data.length < 2) {
            return data;
        }
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(256));
        return insert(data, random, Arrays.copyOfRange(data, from, to));
    }

    private static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
