package org.introcoach.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.audio.DecodedAudio;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftStore;
import org.introcoach.draft.TemplateReader;
import org.introcoach.job.PostingReader;
import org.introcoach.resume.ResumeReader;
import org.introcoach.storage.InputFiles;
import org.introcoach.testing.ProjectFiles;

/**
 * A fuzz target per reader, seeded from {@code samples/} and the bundled templates: the audio
 * decoder on WAV, AIFF, AU, FLAC and MP3; the resume reader on JSON Resume, Markdown and PDF;
 * the job posting reader on Markdown and HTML; templates; drafts. Each runs {@code jqwik.tries.default} inputs (250 in CI, see
 * junit-platform.properties; a longer run: {@code -Djqwik.tries.default=20000}).
 */
class ReaderFuzzTest {
    private static Path folder;
    private static final Map<String, byte[]> SEEDS = new LinkedHashMap<>();
    private static final Map<String, FuzzHarness> HARNESSES = new LinkedHashMap<>();

    @BeforeContainer
    static void seeds() throws Exception {
        folder = Files.createTempDirectory("introcoach-fuzz");
        Path root = ProjectFiles.root();
        short[] second = firstSecondOf(ProjectFiles.sample("short-hello.wav"));
        Path wav = org.introcoach.testing.TestWav.write16(folder.resolve("seed.wav"), second, AudioDecoder.TARGET_RATE);
        SEEDS.put("wav", Files.readAllBytes(wav));
        SEEDS.put("aiff", javaSound(second, AudioFileFormat.Type.AIFF));
        SEEDS.put("au", javaSound(second, AudioFileFormat.Type.AU));
        SEEDS.put("flac", sox(wav, "seed.flac"));
        SEEDS.put("mp3", sox(wav, "seed.mp3"));
        SEEDS.put("json-resume", Files.readAllBytes(root.resolve("samples/resumes/maria-chen.json")));
        SEEDS.put("markdown-resume", Files.readAllBytes(root.resolve("samples/resumes/james-patel.md")));
        SEEDS.put("pdf-resume", Files.readAllBytes(root.resolve("samples/resumes/priya-raman.pdf")));
        SEEDS.put("template", Files.readAllBytes(root.resolve("templates/career-changer.json")));
        SEEDS.put("markdown-posting", Files.readAllBytes(root.resolve("samples/jobs/senior-backend-engineer-ledgerline.md")));
        SEEDS.put("html-posting", Files.readAllBytes(root.resolve("samples/jobs/engineering-manager-infrastructure-harbourline.html")));
        Path draft = folder.resolve("seed-draft.json");
        new DraftStore().save(draft, new Draft("My intro", "standard", Map.of("Target Team/Project", "your data team", "Name", "Maria Chen")));
        SEEDS.put("draft", Files.readAllBytes(draft));
    }

    @AfterContainer
    static void report() throws IOException {
        HARNESSES.values().forEach(harness -> {
            System.out.println("fuzz " + harness.summary());
            harness.close();
        });
        FuzzHarness.deleteFolder(folder);
    }

    @Property
    void wavDecoding(@ForAll("wav") byte[] input) throws Exception {
        harness("wav").check(input, "input.wav", ReaderFuzzTest::decodeToEnd);
    }

    @Property
    void aiffDecoding(@ForAll("aiff") byte[] input) throws Exception {
        harness("aiff").check(input, "input.aiff", ReaderFuzzTest::decodeToEnd);
    }

    @Property
    void auDecoding(@ForAll("au") byte[] input) throws Exception {
        harness("au").check(input, "input.au", ReaderFuzzTest::decodeToEnd);
    }

    @Property
    void flacDecoding(@ForAll("flac") byte[] input) throws Exception {
        harness("flac").check(input, "input.flac", ReaderFuzzTest::decodeToEnd);
    }

    @Property
    void mp3Decoding(@ForAll("mp3") byte[] input) throws Exception {
        harness("mp3").check(input, "input.mp3", ReaderFuzzTest::decodeToEnd);
    }

    @Property
    void jsonResume(@ForAll("json-resume") byte[] input) throws Exception {
        harness("json-resume").check(input, "resume.json", file -> new ResumeReader().read(file));
    }

    @Property
    void markdownResume(@ForAll("markdown-resume") byte[] input) throws Exception {
        harness("markdown-resume").check(input, "resume.md", file -> new ResumeReader().read(file));
    }

    @Property
    void pdfResume(@ForAll("pdf-resume") byte[] input) throws Exception {
        harness("pdf-resume").check(input, "resume.pdf", file -> new ResumeReader().read(file));
    }

    @Property
    void template(@ForAll("template") byte[] input) throws Exception {
        harness("template").check(input, "template.json", file ->
                new TemplateReader().read(file.toString(), InputFiles.readText(file, InputFiles.Kind.TEMPLATE)));
    }

    @Property
    void draft(@ForAll("draft") byte[] input) throws Exception {
        harness("draft").check(input, "draft.json", file -> new DraftStore().load(file));
    }

    @Property
    void markdownPosting(@ForAll("markdown-posting") byte[] input) throws Exception {
        harness("markdown-posting").check(input, "posting.md", file -> new PostingReader().read(file));
    }

    @Property
    void htmlPosting(@ForAll("html-posting") byte[] input) throws Exception {
        harness("html-posting").check(input, "posting.html", file -> new PostingReader().read(file));
    }

    @Provide("markdown-posting")
    Arbitrary<byte[]> markdownPostingInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("markdown-posting"), true);
    }

    @Provide("html-posting")
    Arbitrary<byte[]> htmlPostingInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("html-posting"), true);
    }

    @Provide("wav")
    Arbitrary<byte[]> wavInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("wav"), false);
    }

    @Provide("aiff")
    Arbitrary<byte[]> aiffInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("aiff"), false);
    }

    @Provide("au")
    Arbitrary<byte[]> auInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("au"), false);
    }

    @Provide("flac")
    Arbitrary<byte[]> flacInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("flac"), false);
    }

    @Provide("mp3")
    Arbitrary<byte[]> mp3Inputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("mp3"), false);
    }

    @Provide("json-resume")
    Arbitrary<byte[]> jsonResumeInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("json-resume"), true);
    }

    @Provide("markdown-resume")
    Arbitrary<byte[]> markdownResumeInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("markdown-resume"), true);
    }

    @Provide("pdf-resume")
    Arbitrary<byte[]> pdfResumeInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("pdf-resume"), true);
    }

    @Provide("template")
    Arbitrary<byte[]> templateInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("template"), true);
    }

    @Provide("draft")
    Arbitrary<byte[]> draftInputs() {
        return FuzzHarness.mutationsOf(SEEDS.get("draft"), true);
    }

    private static synchronized FuzzHarness harness(String target) {
        return HARNESSES.computeIfAbsent(target, name -> new FuzzHarness(name, folder));
    }

    static void decodeToEnd(Path file) throws IOException {
        try (DecodedAudio audio = new AudioDecoder().open(file)) {
            short[] buffer = new short[8192];
            long samples = 0;
            int count;
            while ((count = audio.read(buffer)) >= 0) {
                samples += count;
                if (samples > 16_000L * 3600) {
                    throw new AssertionError("more than an hour of audio from a " + Files.size(file) + "-byte file");
                }
            }
        }
    }

    private static short[] firstSecondOf(Path wav) throws IOException {
        try (DecodedAudio audio = new AudioDecoder().open(wav)) {
            short[] all = audio.readAll();
            return java.util.Arrays.copyOf(all, Math.min(all.length, AudioDecoder.TARGET_RATE));
        }
    }

    private static byte[] javaSound(short[] samples, AudioFileFormat.Type type) throws IOException {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            pcm[2 * i] = (byte) (samples[i] >> 8);
            pcm[2 * i + 1] = (byte) samples[i];
        }
        AudioFormat format = new AudioFormat(AudioDecoder.TARGET_RATE, 16, 1, true, true);
        Path file = folder.resolve("seed." + type.getExtension());
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            AudioSystem.write(in, type, file.toFile());
        }
        return Files.readAllBytes(file);
    }

    private static byte[] sox(Path wav, String name) throws Exception {
        Path out = folder.resolve(name);
        Process sox = new ProcessBuilder(List.of("sox", wav.toString(), out.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!sox.waitFor(60, TimeUnit.SECONDS) || sox.exitValue() != 0) {
            throw new IllegalStateException("sox could not make the " + name + " seed: apt-get install sox libsox-fmt-mp3");
        }
        return Files.readAllBytes(out);
    }
}
