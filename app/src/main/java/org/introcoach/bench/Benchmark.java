package org.introcoach.bench;

import java.util.concurrent.CountDownLatch;
import org.introcoach.history.AttemptStore;
import org.introcoach.practice.Coach;
import org.introcoach.practice.Judge;
import org.introcoach.practice.Judging;
import org.introcoach.practice.Take;
import org.introcoach.practice.TakeListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import org.introcoach.analysis.SectionTagger;
import org.introcoach.audio.AudioDecoder;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Transcript;
import org.introcoach.speech.VoskTranscriber;
import org.introcoach.speech.Word;
import org.introcoach.speech.SpeechModel;

/**
 * The figures of {@code introcoach bench}: model loading, transcription speed, live latency,
 * analysis, delivery, stop to saved feedback and a long history, measured on one recording and
 * resume. Measuring code only: the command prints what it returns.
 */
public final class Benchmark {
    private static final double ANALYSED_TAKE_SECONDS = 90;
    private static final int WARM_UP_RUNS = 5;
    private static final int TIMED_RUNS = 21;
    private static final int HISTORY_SIZE = 500;

    private final Clock clock;
    private final int rounds;
    private final Consumer<String> stages;
    private long liveHeapBytes;

    /**
     * @param rounds timed rounds, the best kept
     * @param stages told the name of each stage as it starts, and "done" at the end
     */
    public Benchmark(Clock clock, int rounds, Consumer<String> stages) {
        this.clock = clock;
        this.rounds = rounds;
        this.stages = stages;
    }

    /** Measures everything with {@code speech} on {@code input}, judged against {@code resumeFile}; figures by name. */
    public Map<String, Object> run(SpeechModel speech, Path input, Path resumeFile) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audio", input.toString());
        figures.put("modelLoadSeconds", speech.loadSeconds());
        int threads = Runtime.getRuntime().availableProcessors();
        progress("transcription speed, a 90 s live take and %d files at once (%d rounds)".formatted(threads, rounds));
        var measured = new SpeechBenchmark(speech, new AudioDecoder()).run(input, rounds, threads);
        figures.put("speech", measured);
        Transcript transcript = new VoskTranscriber(speech, new AudioDecoder()).transcribe(input).transcript();
        Resume judgedAgainst = new ResumeReader().read(resumeFile);
        progress("analysis of a 90 s intro");
        double trainingMillis = timeSectionTaggerTraining();
        long started = System.nanoTime();
        Judge judge = Judge.load();
        double judgeLoadMillis = (System.nanoTime() - started) / 1e6;
        Map<String, Object> analysis = analysisFigures(judge, transcript, judgedAgainst);
        analysis.put("sectionTaggerTrainingMillis", trainingMillis);
        analysis.put("judgeLoadMillis", judgeLoadMillis);
        figures.put("analysis", analysis);
        figures.put("delivery", deliveryFigures(input));
        progress("stop to saved feedback through the practice loop, 90 s takes");
        figures.put("practiceLoop", practiceLoopFigures(speech, judge, input, judgedAgainst));
        progress("a history of " + HISTORY_SIZE + " takes");
        figures.put("history", historyFigures(judge, transcript, judgedAgainst));
        return figures;
    }

    /** The memory figures, taken once the models are closed: the heap's peak, the live heap seen at the stages, the resident peak. */
    public Map<String, Object> memoryFigures() {
        sampleLiveHeap();
        progress("done");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("peakHeapMegabytes", peakHeapMegabytes());
        figures.put("liveHeapMegabytes", liveHeapBytes / (1024 * 1024));
        peakResidentMegabytes().ifPresent(peak -> figures.put("peakResidentMegabytes", peak));
        return figures;
    }

    /** Tells the stage; at each stage the heap still in use after a collection is sampled. */
    private void progress(String stage) {
        sampleLiveHeap();
        stages.accept(stage);
    }

    /**
     * The heap the work really holds: used heap right after a full collection, the largest seen
     * at the start of a stage or at the end of one while its analyzer or coach is still held. {@code peakHeapMegabytes} is the most the heap pools ever held, garbage
     * included, so it follows the collector's sizing (about 250 MB here) rather than IntroCoach's needs.
     */
    private void sampleLiveHeap() {
        System.gc();
        liveHeapBytes = Math.max(liveHeapBytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /**
     * The section tagger's training alone, what {@link Judge#load()} spends most of its time on
     * (the tagger trained here is thrown away: the judge trains its own).
     */
    private static double timeSectionTaggerTraining() {
        long started = System.nanoTime();
        SectionTagger.train();
        return (System.nanoTime() - started) / 1e6;
    }

    /** Analysis of a take stretched to 90 s by repeating the transcript, through the practice loop's judge: first run, then warm runs. */
    private Map<String, Object> analysisFigures(Judge judge, Transcript transcript, Resume judgedAgainst) {
        Transcript take = repeatedTo(transcript, ANALYSED_TAKE_SECONDS);
        Judging against = Judging.resumeOnly(judgedAgainst);
        YearMonth asOf = YearMonth.now(clock);
        long started = System.nanoTime();
        judge.judge(take, against, asOf);
        double firstMillis = (System.nanoTime() - started) / 1e6;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            judge.judge(take, against, asOf);
        }
        double[] warm = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            started = System.nanoTime();
            judge.judge(take, against, asOf);
            warm[i] = (System.nanoTime() - started) / 1e6;
        }
        sampleLiveHeap();
        java.util.Arrays.sort(warm);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("takeSeconds", take.durationSeconds());
        figures.put("words", take.words().size());
        figures.put("firstAnalysisMillis", firstMillis);
        figures.put("warmAnalysisMedianMillis", warm[TIMED_RUNS / 2]);
        figures.put("warmAnalysisMaxMillis", warm[TIMED_RUNS - 1]);
        return figures;
    }

    /** The pitch track and the whole delivery measure of the audio repeated to 90 s, on one thread: first run, then warm runs. */
    private static Map<String, Object> deliveryFigures(Path input) throws java.io.IOException {
        short[] once;
        try (org.introcoach.audio.DecodedAudio decoded = new AudioDecoder().open(input)) {
            once = decoded.readAll();
        }
        short[] take = new short[(int) (ANALYSED_TAKE_SECONDS * AudioDecoder.TARGET_RATE)];
        for (int at = 0; once.length > 0 && at < take.length; at += once.length) {
            System.arraycopy(once, 0, take, at, Math.min(once.length, take.length - at));
        }
        org.introcoach.delivery.PitchTracker tracker = new org.introcoach.delivery.PitchTracker();
        long started = System.nanoTime();
        tracker.track(take, take.length);
        double firstMillis = (System.nanoTime() - started) / 1e6;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            tracker.track(take, take.length);
        }
        double[] pitch = new double[TIMED_RUNS];
        double[] whole = new double[TIMED_RUNS];
        org.introcoach.delivery.ProsodyMeter meter = new org.introcoach.delivery.ProsodyMeter();
        for (int i = 0; i < TIMED_RUNS; i++) {
            started = System.nanoTime();
            tracker.track(take, take.length);
            pitch[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            meter.measure(take);
            whole[i] = (System.nanoTime() - started) / 1e6;
        }
        java.util.Arrays.sort(pitch);
        java.util.Arrays.sort(whole);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("takeSeconds", ANALYSED_TAKE_SECONDS);
        figures.put("firstPitchTrackMillis", firstMillis);
        figures.put("warmPitchTrackMedianMillis", pitch[TIMED_RUNS / 2]);
        figures.put("warmPitchTrackMaxMillis", pitch[TIMED_RUNS - 1]);
        figures.put("warmProsodyMedianMillis", whole[TIMED_RUNS / 2]);
        return figures;
    }

    /**
     * A 90 s take recorded through the practice loop (the audio repeated, fed as fast as it is recognised),
     * then the time from stop to saved feedback: the rest of recognition, analysis and writing the attempt;
     * measured with the resume-aware second pass and again without it, the difference being its cost at stop.
     */
    private Map<String, Object> practiceLoopFigures(SpeechModel speech, Judge judge, Path input, Resume judgedAgainst) throws Exception {
        Map<String, Object> figures = stopToFeedback(speech, judge, input, judgedAgainst, true);
        Map<String, Object> firstPassOnly = stopToFeedback(speech, judge, input, judgedAgainst, false);
        figures.put("firstPassOnlyStopToSavedFeedbackMedianMillis", firstPassOnly.get("stopToSavedFeedbackMedianMillis"));
        figures.put("secondPassStopCostMillis", (double) figures.get("stopToSavedFeedbackMedianMillis")
                - (double) firstPassOnly.get("stopToSavedFeedbackMedianMillis"));
        return figures;
    }

    private Map<String, Object> stopToFeedback(SpeechModel speech, Judge judge, Path input, Resume judgedAgainst, boolean resumeAware)
            throws Exception {
        Path scratch = Files.createTempDirectory("introcoach-bench");
        try {
            Coach coach = new Coach(new VoskTranscriber(speech, new AudioDecoder()), judge,
                    new AttemptStore(scratch, clock), new AudioDecoder(), clock, resumeAware);
            double[] stopMillis = new double[Math.max(1, rounds)];
            for (int round = 0; round < stopMillis.length; round++) {
                CountDownLatch ended = new CountDownLatch(1);
                Take take = coach.startTake(new RepeatedSource(input, ANALYSED_TAKE_SECONDS),
                        Judging.resumeOnly(judgedAgainst), TakeListener.whenSourceEnds(ended::countDown));
                ended.await();
                long started = System.nanoTime();
                take.stop();
                stopMillis[round] = (System.nanoTime() - started) / 1e6;
            }
            sampleLiveHeap();
            java.util.Arrays.sort(stopMillis);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("takeSeconds", ANALYSED_TAKE_SECONDS);
            figures.put("stopToSavedFeedbackMedianMillis", stopMillis[stopMillis.length / 2]);
            figures.put("stopToSavedFeedbackMaxMillis", stopMillis[stopMillis.length - 1]);
            return figures;
        } finally {
            deleteTree(scratch);
        }
    }

    /** Listing and reading a history of {@value #HISTORY_SIZE} generated attempts, as the Progress screen and exports do. */
    private Map<String, Object> historyFigures(Judge judge, Transcript transcript, Resume judgedAgainst) throws Exception {
        Path scratch = Files.createTempDirectory("introcoach-history");
        try {
            org.introcoach.analysis.Report report = judge.judge(transcript, Judging.resumeOnly(judgedAgainst),
                    YearMonth.now(clock));
            java.time.Instant start = java.time.Instant.parse("2026-01-01T08:00:00Z");
            for (int i = 0; i < HISTORY_SIZE; i++) {
                AttemptStore store = new AttemptStore(scratch, java.time.Clock.fixed(start.plusSeconds(3600L * i), java.time.ZoneOffset.UTC));
                var pending = store.begin("microphone");
                Files.write(pending.recording(), new byte[44]);
                store.complete(pending, report,
                        judgedAgainst, Optional.empty());
            }
            AttemptStore store = new AttemptStore(scratch, clock);
            long started = System.nanoTime();
            int listed = store.list().size();
            double listMillis = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            int read = org.introcoach.history.History.read(store).attempts().size();
            double readAllMillis = (System.nanoTime() - started) / 1e6;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("attempts", listed);
            figures.put("listMillis", listMillis);
            figures.put("readAllReportsMillis", readAllMillis);
            figures.put("reportsRead", read);
            return figures;
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Transcript repeatedTo(Transcript transcript, double seconds) {
        List<Word> words = new ArrayList<>();
        double offset = 0;
        while (!transcript.isEmpty() && offset < seconds) {
            for (Word word : transcript.words()) {
                if (word.start() + offset <= seconds) {
                    words.add(new Word(word.text(), word.start() + offset, word.end() + offset, word.confidence()));
                }
            }
            offset += transcript.durationSeconds();
        }
        return new Transcript(words, Math.min(seconds, offset));
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum() / (1024 * 1024);
    }

    /** The process's high-water resident memory, native Vosk memory included (Linux only). */
    private static Optional<Long> peakResidentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (java.io.IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
