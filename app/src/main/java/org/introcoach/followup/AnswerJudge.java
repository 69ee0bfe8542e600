package org.introcoach.followup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.introcoach.analysis.Annotator;
import org.introcoach.analysis.IntroAnalyzer;
import org.introcoach.analysis.Lexicon;
import org.introcoach.analysis.SoundsAlike;
import org.introcoach.analysis.Token;
import org.introcoach.speech.Word;

/**
 * Judges a spoken answer to one question: its length against the target for that kind of
 * question, fillers and pace, the key points made and missed, and for a behavioural question the
 * situation / task / action / result shape. Pure apart from the {@link Annotator} it is given
 * (one per thread, as OpenNLP's tools are not thread-safe).
 *
 * <p>A key point counts as made when at least half of its words are heard. A word is heard when
 * the answer has it, a form of it (both lemmatised: "cached" makes "cache") or a word that sounds
 * like it ({@link SoundsAlike}: "jango" for "django"), so a recognition error does not hide a point.
 */
public final class AnswerJudge {
    /** Half the words of a point: "select related ... fewer queries" needs two of its four words, not all. */
    static final double POINT_SHARE = 0.5;
    /** The analysis's own line for words that cannot be held against the speaker (see Claims.CONFIDENT). */
    static final double UNSURE = 0.7;
    /** Shorter words resemble too much ("shot" and "set", "were" and "expire"): they must match by spelling, lemma or sound. */
    static final int RESEMBLING_LETTERS = 5;
    private static final Set<String> FILLERS = Lexicon.words("fillers");
    private static final Map<String, List<List<String>>> STAR = starCues();
    private final Annotator annotator;
    private final Map<String, String> lemmaOf = new HashMap<>();

    public AnswerJudge(Annotator annotator) {
        this.annotator = annotator;
    }

    /**
     * @param words the recognised answer; untimed words (a typed answer) have start and end 0
     * @param timed whether the words carry times from a recording
     */
    public AnswerFeedback judge(Question question, List<Word> words, boolean timed) {
        List<String> tokens = words.stream().map(word -> word.text().toLowerCase(Locale.ROOT)).filter(t -> !t.isBlank()).toList();
        List<String> lemmas = lemmas(tokens);
        List<Double> confidences = words.stream().filter(word -> !word.text().isBlank()).map(Word::confidence).toList();
        Double duration = timed && !words.isEmpty() ? words.get(words.size() - 1).end() - words.get(0).start() : null;
        int fillers = (int) tokens.stream().filter(FILLERS::contains).count();
        int spoken = tokens.size() - fillers;
        Double wpm = duration == null || duration <= 0 ? null : spoken / (duration / 60);
        Double fillersPerMinute = duration == null || duration <= 0 ? null : fillers / (duration / 60);
        Question.TargetSeconds target = question.target();
        String lengthVerdict = duration == null ? "unknown" : duration < target.min() ? "under" : duration > target.max() ? "over" : "within";
        String pace = wpm == null ? "unknown" : wpm < IntroAnalyzer.SLOWEST_COMFORTABLE_WPM ? "slow"
                : wpm > IntroAnalyzer.FASTEST_COMFORTABLE_WPM ? "rushed" : "comfortable";

        List<AnswerFeedback.PointCheck> points = new ArrayList<>();
        for (Question.KeyPoint point : question.keyPoints()) {
            List<String> heard = new ArrayList<>();
            for (String word : point.words()) {
                String found = heardAs(word, tokens, lemmas, confidences);
                if (found != null) {
                    heard.add(found);
                }
            }
            boolean covered = heard.size() >= Math.max(1, Math.ceil(point.words().size() * POINT_SHARE));
            points.add(new AnswerFeedback.PointCheck(point.text(), covered, covered ? heard : List.of()));
        }
        int covered = (int) points.stream().filter(AnswerFeedback.PointCheck::covered).count();
        List<AnswerFeedback.ShapePart> shape = question.shape().isEmpty() ? List.of() : shape(question.shape(), tokens, words, timed);

        List<String> advice = new ArrayList<>();
        if (tokens.size() - fillers == 0) {
            advice.add("Nothing was heard. Check the microphone and answer again.");
        } else {
            if ("under".equals(lengthVerdict)) {
                advice.add("%.0f s, under the %d-%d s a %s question wants: add an example and what it changed.".formatted(duration,
                        target.min(), target.max(), kindName(question.kind())));
            } else if ("over".equals(lengthVerdict)) {
                advice.add("%.0f s, over the %d-%d s a %s question wants: keep the example, cut the background.".formatted(duration,
                        target.min(), target.max(), kindName(question.kind())));
            }
            List<String> missed = points.stream().filter(p -> !p.covered()).map(AnswerFeedback.PointCheck::point).toList();
            if (!missed.isEmpty()) {
                advice.add("Not heard: " + String.join("; ", missed) + ".");
            }
            for (AnswerFeedback.ShapePart part : shape) {
                if (!part.present()) {
                    advice.add(starAdvice(part.part()));
                }
            }
            if (fillersPerMinute != null && fillersPerMinute > IntroAnalyzer.FILLERS_PER_MINUTE_LIMIT) {
                advice.add("%.1f fillers a minute: pause instead of saying \"um\".".formatted(fillersPerMinute));
            }
            if ("rushed".equals(pace)) {
                advice.add("%.0f words a minute is rushed: slow down on the key points.".formatted(wpm));
            } else if ("slow".equals(pace)) {
                advice.add("%.0f words a minute is slow: keep the story moving.".formatted(wpm));
            }
        }
        return new AnswerFeedback(question.id(), question.text(), question.kind().id(), duration, target.min(), target.max(),
                lengthVerdict, spoken, wpm, pace, fillers, fillersPerMinute, points, covered, shape, advice, String.join(" ", tokens));
    }

    private static String kindName(Question.Kind kind) {
        return switch (kind) {
            case OPENER -> "follow-up";
            case TECHNICAL -> "technical";
            case BEHAVIOURAL -> "behavioural";
            case ROLE -> "role";
        };
    }

    private static String starAdvice(String part) {
        return switch (part) {
            case "situation" -> "No situation heard: start with where and when, in one sentence.";
            case "task" -> "No task heard: say what was needed of you.";
            case "action" -> "No action heard: say what you did, with \"I\", not \"we\".";
            default -> "No result heard: end on what changed, with a figure if you have one.";
        };
    }

    /**
     * One lemma per word of the answer, lemmatised in context (the answer as one sentence: the
     * recogniser gives no punctuation). Where the tokenizer splits a word ("i'm"), the word keeps
     * the lemma of its first piece.
     */
    private List<String> lemmas(List<String> tokens) {
        List<String> lemmas = new ArrayList<>(tokens.size());
        if (tokens.isEmpty()) {
            return lemmas;
        }
        List<Token> annotated = annotator.annotate(String.join(" ", tokens));
        int next = 0;
        for (String token : tokens) {
            String lemma = token;
            StringBuilder consumed = new StringBuilder();
            while (next < annotated.size() && consumed.length() < token.length()) {
                if (consumed.length() == 0) {
                    lemma = annotated.get(next).lemma().toLowerCase(Locale.ROOT);
                }
                consumed.append(annotated.get(next).text());
                next++;
            }
            lemmas.add(consumed.toString().equalsIgnoreCase(token) ? lemma : token);
        }
        return lemmas;
    }

    /**
     * The answer word that makes a key word: the same or the same lemma; where the recogniser was
     * unsure of what it heard (confidence under {@value #UNSURE}), also one that sounds like it or
     * merely resembles it (a word heard clearly is that word: "and" is not "want", though the two
     * share a Double Metaphone code). In a term of several words, one word said as it is lets the others
     * merely resemble theirs: "prefix related" is "prefetch related" misheard. Null when none.
     */
    private String heardAs(String word, List<String> tokens, List<String> lemmas, List<Double> confidences) {
        for (String alternative : word.split("\\|")) {
            String found = heardAsOne(alternative.strip(), tokens, lemmas, confidences);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String heardAsOne(String word, List<String> tokens, List<String> lemmas, List<Double> confidences) {
        String[] parts = word.split("\\s+");
        String[] partLemmas = new String[parts.length];
        for (int j = 0; j < parts.length; j++) {
            partLemmas[j] = lemma(parts[j]);
        }
        for (int i = 0; i + parts.length <= tokens.size(); i++) {
            boolean all = true;
            int exact = 0;
            for (int j = 0; j < parts.length && all; j++) {
                String token = tokens.get(i + j);
                String tokenLemma = lemmas.get(i + j);
                boolean unsure = i + j < confidences.size() && confidences.get(i + j) < UNSURE;
                boolean same = token.equals(parts[j]) || tokenLemma.equals(partLemmas[j])
                        || unsure && (SoundsAlike.words(token, parts[j]) || SoundsAlike.words(tokenLemma, partLemmas[j]));
                exact += same ? 1 : 0;
                all = same || (unsure || parts.length > 1) && token.length() >= RESEMBLING_LETTERS
                        && parts[j].length() >= RESEMBLING_LETTERS && SoundsAlike.resembles(token, parts[j]);
            }
            if (all && exact > 0 || all && parts.length == 1) {
                return String.join(" ", tokens.subList(i, i + parts.length));
            }
        }
        return null;
    }

    private String lemma(String word) {
        return lemmaOf.computeIfAbsent(word, w -> {
            List<Token> annotated = annotator.annotate(w);
            return annotated.size() == 1 ? annotated.get(0).lemma().toLowerCase(Locale.ROOT) : w;
        });
    }

    private static List<AnswerFeedback.ShapePart> shape(List<String> parts, List<String> tokens, List<Word> words, boolean timed) {
        List<AnswerFeedback.ShapePart> shape = new ArrayList<>();
        for (String part : parts) {
            int[] at = null;
            for (List<String> cue : STAR.getOrDefault(part, List.of())) {
                int[] found = find(cue, tokens);
                if (found != null && (at == null || found[0] < at[0])) {
                    at = found;
                }
            }
            shape.add(at == null ? new AnswerFeedback.ShapePart(part, false, null, null)
                    : new AnswerFeedback.ShapePart(part, true,
                            String.join(" ", tokens.subList(at[0], Math.min(tokens.size(), at[1] + 4))),
                            timed && at[0] < words.size() ? words.get(at[0]).start() : null));
        }
        return shape;
    }

    private static int[] find(List<String> cue, List<String> tokens) {
        for (int i = 0; i + cue.size() <= tokens.size(); i++) {
            if (tokens.subList(i, i + cue.size()).equals(cue)) {
                return new int[] {i, i + cue.size()};
            }
        }
        return null;
    }

    private static Map<String, List<List<String>>> starCues() {
        Map<String, List<List<String>>> cues = new LinkedHashMap<>();
        try (InputStream stream = AnswerJudge.class.getResourceAsStream("star-cues.txt")) {
            if (stream == null) {
                throw new IllegalStateException("star-cues.txt is missing from the application; rebuild it with 'mvn package'");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                List<List<String>> list = new ArrayList<>();
                for (String cue : line.substring(colon + 1).split("\\|")) {
                    list.add(List.of(cue.strip().split("\\s+")));
                }
                cues.put(line.substring(0, colon).strip(), list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cues;
    }
}
