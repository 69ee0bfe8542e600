package org.introcoach.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the files a user gives IntroCoach, bounded and checked before anything parses them: only
 * regular files (a pipe or a device is refused with a sentence saying so, rather than read
 * forever), at most {@link Kind#maxBytes()} of each kind, and text only as UTF-8. Every refusal is
 * an {@link UnreadableInputException} naming the file and the problem.
 */
public final class InputFiles {
    /**
     * The kinds of file read, each with its size limit. The limits are far above any real file of
     * the kind (a two-page resume PDF is about 100 KB, a 10-minute transcript about 60 KB) and low
     * enough that reading one never strains memory.
     */
    public enum Kind {
        RESUME("resume", 20L << 20),
        TRANSCRIPT("transcript", 20L << 20),
        DRAFT("draft", 1L << 20),
        TEMPLATE("template", 1L << 20),
        SETTINGS("settings file", 1L << 20),
        SAVED_TAKE("saved take file", 64L << 20),
        /** A saved job page with its markup is 100-500 KB; a posting's PDF about the size of a resume's. */
        JOB_POSTING("job posting", 5L << 20);

        private final String noun;
        private final long maxBytes;

        Kind(String noun, long maxBytes) {
            this.noun = noun;
            this.maxBytes = maxBytes;
        }

        public String noun() {
            return noun;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private InputFiles() {
    }

    /** Checks that {@code file} is an existing, readable regular file; {@code noun} names what it should be. */
    public static void checkRegularFile(Path file, String noun) throws UnreadableInputException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(file, "this is a folder, not " + article(noun) + " " + noun);
        }
        if (!Files.exists(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableInputException(file, "no such file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableInputException(file, "this is a link to a file that does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableInputException(file, "this is not a regular file (a device, a pipe or a socket); "
                    + "give a saved " + noun + " file");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableInputException(file, "permission denied: you are not allowed to read this file");
        }
    }

    /** The whole file, after {@link #checkRegularFile} and the kind's size limit. */
    public static byte[] read(Path file, Kind kind) throws UnreadableInputException {
        checkRegularFile(file, kind.noun());
        try {
            long size = Files.size(file);
            if (size > kind.maxBytes()) {
                throw tooLarge(file, kind, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) kind.maxBytes() + 1);
                if (bytes.length > kind.maxBytes()) {
                    throw tooLarge(file, kind, bytes.length);
                }
                return bytes;
            }
        } catch (UnreadableInputException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(file, "permission denied: you are not allowed to read this file", e);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableInputException(file, "the file cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file as UTF-8 text (a byte-order mark is dropped); anything else is refused with where it goes wrong. */
    public static String readText(Path file, Kind kind) throws UnreadableInputException {
        return utf8(file, kind, read(file, kind));
    }

    /** Decodes {@code bytes} as UTF-8, or says at which byte the file stops being UTF-8 text. */
    public static String utf8(Path file, Kind kind, byte[] bytes) throws UnreadableInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstNonUtf8(bytes);
            throw new UnreadableInputException(file, "the %s is not UTF-8 text (byte 0x%02X at offset %d cannot be read); save it as UTF-8"
                    .formatted(kind.noun(), bytes[offset] & 0xff, offset), e);
        }
    }

    /**
     * What kind of file {@code bytes} start like when it is a common binary format people pick by
     * mistake ("a WAV recording", "a PDF document"), from its first bytes; empty otherwise.
     */
    public static java.util.Optional<String> binaryFormat(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 12), StandardCharsets.ISO_8859_1);
        String format = null;
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WAVE", 8)) {
            format = "a WAV recording";
        } else if (head.startsWith("fLaC")) {
            format = "a FLAC recording";
        } else if (head.startsWith("ID3") || bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0 && (bytes[1] & 0xff) != 0xfe) {
            format = "an MP3 recording";
        } else if (head.startsWith("OggS")) {
            format = "an Ogg recording";
        } else if (head.startsWith("FORM") && head.length() >= 12 && head.startsWith("AIF", 8)) {
            format = "an AIFF recording";
        } else if (head.startsWith(".snd")) {
            format = "an AU recording";
        } else if (head.startsWith("%PDF")) {
            format = "a PDF document";
        } else if (head.startsWith("PK\u0003\u0004")) {
            format = "a zip archive (a Word or OpenDocument file is one)";
        } else if (head.startsWith("\u00d0\u00cf\u0011\u00e0")) {
            format = "an old Word or Excel document";
        } else if (head.startsWith("\u0089PNG") || head.startsWith("\u00ff\u00d8\u00ff")) {
            format = "an image";
        }
        return java.util.Optional.ofNullable(format);
    }

    private static int firstNonUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : Math.max(0, bytes.length - 1);
    }

    private static UnreadableInputException tooLarge(Path file, Kind kind, long size) {
        return new UnreadableInputException(file, "the file is %s; %s %s can be at most %s"
                .formatted(size(size), article(kind.noun()), kind.noun(), size(kind.maxBytes())));
    }

    /** "20 MB", "1.5 MB", "300 KB". */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            double megabytes = bytes / (double) (1L << 20);
            return String.format(Locale.ROOT, megabytes == Math.rint(megabytes) ? "%.0f MB" : "%.1f MB", megabytes);
        }
        return "%d KB".formatted(Math.max(1, (bytes + 1023) / 1024));
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
