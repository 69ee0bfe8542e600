package org.introcoach.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.introcoach.draft.Draft;
import org.introcoach.draft.DraftRenderer;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.draft.TemplateLibrary;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeReader;
import org.introcoach.speech.Word;
import org.introcoach.testing.ProjectFiles;

/**
 * The labelled intros of samples/evaluation/cases.json (or holdout.json), with word timings made from the text at
 * each case's pace: "|" is a sentence pause of 0.5 s, "&lt;3&gt;" a silence of 3 s, "word~0.5" a
 * word heard with confidence 0.5 (others 0.95).
 */
public final class EvaluationSet {
    /** @param derived whether the case is made {@code from} another by edits */
    public record Case(String id, String persona, String transcript, boolean timed, double wpm, Resume resume, Optional<Template> template,
                Optional<RenderedDraft> draft, Set<FindingCode> expected, Set<FindingCode> allowed, String pairedWith, Dimension dimension,
                boolean derived) {

        public org.introcoach.speech.Transcript spoken() {
            if (!timed) {
                return org.introcoach.speech.Transcript.typed(transcript.replace("|", ".").replaceAll("<[\\d.]+>", ".").replaceAll("~[\\d.]+", ""));
            }
            return EvaluationSet.timed(transcript, 60.0 / wpm);
        }

        IntroAnalyzer.Against against(YearMonth asOf) {
            return new IntroAnalyzer.Against(resume, asOf, template, draft);
        }

        static double round(double seconds) {
            return Math.round(seconds * 100) / 100.0;
        }
    }

    /**
     * Words given times as a recogniser would: each word takes {@code slot} seconds (it is heard for
     * 80% of it), "|" is a sentence pause of 0.5 s, "&lt;3&gt;" a silence of 3 s, "word~0.5" a word
     * heard with confidence 0.5 (others 0.95). Shared by the evaluation sets and the rule tests.
     */
    static org.introcoach.speech.Transcript timed(String transcript, double slot) {
        List<Word> words = new ArrayList<>();
        double time = 0.3;
        for (String token : transcript.split("\\s+")) {
            if (token.equals("|")) {
                time += 0.5;
            } else if (token.matches("<[\\d.]+>")) {
                time += Double.parseDouble(token.substring(1, token.length() - 1));
            } else if (!token.isBlank()) {
                String[] parts = token.split("~");
                double confidence = parts.length > 1 ? Double.parseDouble(parts[1]) : 0.95;
                words.add(new Word(parts[0], Case.round(time), Case.round(time + slot * 0.8), confidence));
                time += slot;
            }
        }
        return new org.introcoach.speech.Transcript(words, time + 0.3);
    }

    public final YearMonth asOf;
    public final List<Case> cases = new ArrayList<>();

    EvaluationSet() throws IOException {
        this("cases.json");
    }

    /** A set of cases in samples/evaluation: cases.json, or the held-out holdout.json. */
    public EvaluationSet(String fileName) throws IOException {
        Path folder = ProjectFiles.root().resolve("samples/evaluation");
        JsonNode root = new ObjectMapper().readTree(folder.resolve(fileName).toFile());
        asOf = YearMonth.parse(root.path("asOf").asText());
        TemplateLibrary.Catalog templates = new TemplateLibrary().load(null);
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, Resume> resumes = new HashMap<>();
        Set<FindingCode> allowedEverywhere = codes(root.path("allowedEverywhere"));
        for (JsonNode node : root.path("cases")) {
            JsonNode merged = node.has("from") ? merge(byId.get(node.path("from").asText()), node) : node;
            if (merged == null) {
                throw new IllegalStateException(node.path("id").asText() + " comes from an unknown case");
            }
            byId.put(node.path("id").asText(), merged);
            String transcript = merged.path("transcript").asText();
            for (JsonNode edit : node.path("edits")) {
                String old = edit.get(0).asText();
                if (!transcript.contains(old)) {
                    throw new IllegalStateException(node.path("id").asText() + ": the edit's text is not in the transcript: " + old);
                }
                transcript = transcript.replace(old, edit.get(1).asText());
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) merged).put("transcript", transcript);
            String resumePath = merged.path("resume").asText();
            Resume resume = resumes.computeIfAbsent(resumePath, path -> read(folder.resolve(path)));
            Optional<Template> template = Optional.ofNullable(merged.path("template").textValue()).flatMap(templates::find);
            Optional<RenderedDraft> draft = Optional.empty();
            if (merged.has("draft")) {
                JsonNode draftNode = merged.path("draft");
                Template drafted = templates.find(draftNode.path("template").asText()).orElseThrow();
                Map<String, String> values = new HashMap<>();
                draftNode.path("values").fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
                template = Optional.of(drafted);
                draft = Optional.of(new DraftRenderer().render(drafted, new Draft("", drafted.id(), values)));
            }
            String dimension = node.path("dimension").asText(null);
            cases.add(new Case(node.path("id").asText(), merged.path("persona").asText(), transcript, merged.path("timed").asBoolean(true),
                    merged.path("wpm").asDouble(150), resume, template, draft, codes(node.path("expected")), union(codes(node.path("allowed")), allowedEverywhere),
                    node.path("pairedWith").asText(null), dimension == null ? null : Dimension.valueOf(dimension.toUpperCase()), node.has("from")));
        }
    }

    /**
     * Whether a finding counts as raised: any finding above information, and an unbacked claim,
     * which is information by design (it costs no points) but is still what the case expects.
     */
    static boolean counts(Finding finding) {
        return finding.severity() != Severity.INFO || finding.code() == FindingCode.UNBACKED_CLAIM;
    }

    Case find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode merge(JsonNode base, JsonNode override) {
        if (base == null) {
            return null;
        }
        var merged = base.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) merged).remove(List.of("edits", "expected", "allowed", "pairedWith", "dimension", "from"));
        override.fields().forEachRemaining(field -> {
            if (!Set.of("edits", "from").contains(field.getKey())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) merged).set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /**
     * A set written before a finding code existed cannot have judged it: its "allowedEverywhere"
     * codes are fair either way in every case.
     */
    private static Set<FindingCode> union(Set<FindingCode> allowed, Set<FindingCode> everywhere) {
        Set<FindingCode> all = new TreeSet<>(allowed);
        all.addAll(everywhere);
        return all;
    }

    private static Set<FindingCode> codes(JsonNode array) {
        Set<FindingCode> codes = new TreeSet<>();
        array.forEach(code -> codes.add(FindingCode.valueOf(code.asText())));
        return codes;
    }

    private static Resume read(Path file) {
        try {
            return new ResumeReader().read(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
