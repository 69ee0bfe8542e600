package org.introcoach.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.introcoach.audio.AudioDecoder;
import org.vosk.Recognizer;

/**
 * The second pass: re-decodes the stretches of an utterance that may hold a resume fact against
 * the resume's vocabulary, and keeps both hypotheses.
 *
 * <p>A stretch starts at a word heard with low confidence or at a word after one that introduces a
 * name ("at", "from", "am", ...) and runs {@value #SPAN_AFTER} words on. Its audio is decoded again
 * by a recognizer restricted to a Vosk runtime grammar: the resume's phrases, the short carrier
 * words of the first pass ("at", "i", "the", ...), and {@code [unk]} for anything else. (With all
 * the first pass's words in the grammar it says them again: "emphasis" keeps beating "infosys",
 * the open model's acoustic fit being what it is.) A resume phrase the grammar decoder heard replaces the first-pass words under it only
 * when they sound like it (see {@link #soundsLike}) and, for a short name (under four consonants),
 * the first pass was unsure of one of them (confidence below {@value #LOW_CONFIDENCE}): "pretty raman" becomes "priya raman", "tribe" becomes "stripe", but a
 * clearly said "google" is never turned into "stripe", so a real mismatch stays heard. The words
 * chosen carry the other hypothesis in {@link Word#alternative()}.
 */
public final class ResumeAwarePass {
    /** Words after an anchor that a stretch covers: a name of up to four words ("carnegie mellon university"). */
    static final int SPAN_AFTER = 3;
    /** First-pass words below this confidence start a stretch (Vosk's word posteriors; names it mishears are often below 0.9). */
    static final double LOW_CONFIDENCE = 0.9;
    /**
     * Consonant edits per consonant, at most, for first-pass words to count as a mishearing of a
     * resume phrase. Mishearings measured on the sample intros sit at 0.1-0.45 ("emphasis" for
     * Infosys 0.25, "pretty raman" for Priya Raman 0.17, "tribe" for Stripe 0.5); other employers
     * at 0.75 and above ("google" for Stripe 1.0).
     */
    static final double MAX_SPELLING_DISTANCE = 0.5;
    /** Audio kept either side of a stretch, so its first and last sounds are whole. */
    private static final double PADDING_SECONDS = 0.15;
    private static final Set<String> INTRODUCERS = Set.of("at", "from", "am", "i'm", "is", "with", "for", "joined", "called", "named");
    /** First-pass words the grammar keeps, so that the words around a name are not forced into it. */
    private static final Set<String> CARRIER_WORDS = Set.of("at", "from", "am", "i'm", "is", "with", "for", "joined", "called",
            "named", "i", "the", "a", "of", "in", "and", "my", "name", "as", "was", "to");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpeechModel model;
    private final List<List<String>> phrases;
    private final Map<List<String>, Spoken> spoken = new HashMap<>();
    private final Set<String> vocabulary;

    /**
     * A resume phrase as the grammar says it: a word the model does not know is spelled with words
     * it does ("shopify" as "shop i fy"), and heard back as the resume writes it.
     */
    private record Spoken(List<String> written, List<String> tokens, int[] tokensPerWord) {
    }

    /** @param phrases the resume's names, schools, employers, titles and skills, as written */
    public ResumeAwarePass(SpeechModel model, List<String> phrases) {
        this.model = model;
        Set<String> known = model.vocabulary();
        Set<List<String>> distinct = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (String phrase : phrases) {
            List<String> written = words(phrase);
            if (written.isEmpty()) {
                continue;
            }
            for (List<List<String>> spelling : spellings(written, known)) {
                List<String> tokens = new ArrayList<>();
                int[] perWord = new int[written.size()];
                for (int i = 0; i < written.size(); i++) {
                    tokens.addAll(spelling.get(i));
                    perWord[i] = spelling.get(i).size();
                }
                if (distinct.add(tokens)) {
                    spoken.put(tokens, new Spoken(written, tokens, perWord));
                }
                all.addAll(tokens);
            }
            all.addAll(written);
        }
        this.phrases = List.copyOf(distinct);
        this.vocabulary = Set.copyOf(all);
    }

    /** How the grammar may say a phrase: as written, with each unknown word respelled (one or two ways). */
    private static List<List<List<String>>> spellings(List<String> written, Set<String> known) {
        List<List<List<String>>> spellings = new ArrayList<>();
        spellings.add(new ArrayList<>());
        for (String word : written) {
            List<List<String>> ways = known.isEmpty() || known.contains(word) ? List.of(List.of(word)) : Respelling.ways(word, known);
            List<List<List<String>>> extended = new ArrayList<>();
            for (List<List<String>> spelling : spellings) {
                for (List<String> way : ways) {
                    List<List<String>> longer = new ArrayList<>(spelling);
                    longer.add(way);
                    extended.add(longer);
                }
            }
            spellings = extended.size() > 4 ? extended.subList(0, 4) : extended;
        }
        return spellings;
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /**
     * Rechecks one utterance.
     *
     * @param words        the first pass's words for it, timed from the start of the recording
     * @param audio        16 kHz samples holding the utterance
     * @param audioStart   the time of {@code audio[0]}, in seconds from the start of the recording
     * @return the utterance's words: the better-supported hypothesis for each stretch
     */
    public List<Word> recheck(List<Word> words, short[] audio, int audioLength, double audioStart) throws IOException {
        if (phrases.isEmpty() || words.isEmpty()) {
            return words;
        }
        List<Word> result = new ArrayList<>(words);
        List<int[]> stretches = stretches(words);
        for (int s = stretches.size() - 1; s >= 0; s--) {
            int from = stretches.get(s)[0];
            int to = stretches.get(s)[1];
            double clipStart = Math.max(audioStart, words.get(from).start() - PADDING_SECONDS);
            double clipEnd = Math.min(audioStart + audioLength / (double) AudioDecoder.TARGET_RATE, words.get(to - 1).end() + PADDING_SECONDS);
            int first = (int) Math.round((clipStart - audioStart) * AudioDecoder.TARGET_RATE);
            int last = (int) Math.round((clipEnd - audioStart) * AudioDecoder.TARGET_RATE);
            if (last - first < AudioDecoder.TARGET_RATE / 10) {
                continue;
            }
            List<Word> heard = decode(Arrays.copyOfRange(audio, first, last), clipStart, words.subList(from, to));
            List<Word> merged = merge(result.subList(from, to), heard);
            List<Word> tail = new ArrayList<>(result.subList(to, result.size()));
            result.subList(from, result.size()).clear();
            result.addAll(merged);
            result.addAll(tail);
        }
        return result;
    }

    private List<int[]> stretches(List<Word> words) {
        List<int[]> stretches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean anchor = word.confidence() < LOW_CONFIDENCE
                    || (i > 0 && INTRODUCERS.contains(words.get(i - 1).text()))
                    || vocabulary.contains(word.text());
            if (!anchor) {
                continue;
            }
            int from = Math.max(0, i - 1);
            int to = Math.min(words.size(), i + SPAN_AFTER + 1);
            int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                stretches.add(new int[] {from, to});
            }
        }
        return stretches;
    }

    private List<Word> decode(short[] clip, double clipStart, List<Word> firstPass) throws IOException {
        Set<String> grammar = new LinkedHashSet<>();
        phrases.forEach(phrase -> grammar.add(String.join(" ", phrase)));
        firstPass.stream().map(Word::text).filter(CARRIER_WORDS::contains).forEach(grammar::add);
        grammar.add("[unk]");
        try (Recognizer recognizer = model.newRecognizer(AudioDecoder.TARGET_RATE, JSON.writeValueAsString(grammar))) {
            recognizer.acceptWaveForm(clip, clip.length);
            return VoskJson.words(recognizer.getFinalResult()).stream()
                    .map(w -> new Word(w.text(), w.start() + clipStart, w.end() + clipStart, w.confidence()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first pass's words for a stretch, with each resume phrase the second pass heard put in where it fits. */
    private List<Word> merge(List<Word> firstPass, List<Word> secondPass) {
        List<Word> out = new ArrayList<>(firstPass);
        for (int i = 0; i < secondPass.size(); i++) {
            List<String> phrase = phraseAt(secondPass, i);
            if (phrase == null) {
                continue;
            }
            List<Word> heard = secondPass.subList(i, i + phrase.size());
            i += phrase.size() - 1;
            double start = heard.get(0).start();
            double end = heard.get(heard.size() - 1).end();
            int from = -1;
            int to = -1;
            for (int k = 0; k < out.size(); k++) {
                Word word = out.get(k);
                double overlap = Math.min(end, word.end()) - Math.max(start, word.start());
                if (overlap > 0.5 * (word.end() - word.start()) && !word.fromResumePass()) {
                    from = from < 0 ? k : from;
                    to = k + 1;
                }
            }
            if (from < 0) {
                continue;
            }
            List<Word> replaced = out.subList(from, to);
            Spoken said = spoken.get(phrase);
            String before = text(replaced);
            String after = String.join(" ", said.written());
            if (before.equals(after)) {
                continue;
            }
            double firstConfidence = replaced.stream().mapToDouble(Word::confidence).average().orElse(0);
            double secondConfidence = heard.stream().mapToDouble(Word::confidence).average().orElse(0);
            double weakest = replaced.stream().mapToDouble(Word::confidence).min().orElse(1);
            boolean distinctive = skeleton(after).length() >= 4;
            if ((weakest < LOW_CONFIDENCE || distinctive) && soundsLike(before, after)) {
                Alternative firstHeard = new Alternative(before, firstConfidence, Alternative.FIRST_PASS);
                List<Word> chosen = new ArrayList<>();
                int token = 0;
                for (int k = 0; k < said.written().size(); k++) {
                    List<Word> pieces = heard.subList(token, token + said.tokensPerWord()[k]);
                    token += pieces.size();
                    chosen.add(new Word(said.written().get(k), pieces.get(0).start(), pieces.get(pieces.size() - 1).end(),
                            pieces.stream().mapToDouble(Word::confidence).min().orElse(0), firstHeard));
                }
                replaced.clear();
                replaced.addAll(chosen);
            } else {
                Alternative resumeHeard = new Alternative(after, secondConfidence, Alternative.RESUME_PASS);
                List<Word> kept = replaced.stream()
                        .map(w -> w.alternative() != null ? w : new Word(w.text(), w.start(), w.end(), w.confidence(), resumeHeard)).toList();
                replaced.clear();
                replaced.addAll(kept);
            }
        }
        return out;
    }

    private List<String> phraseAt(List<Word> words, int index) {
        List<String> best = null;
        for (List<String> phrase : phrases) {
            if (index + phrase.size() > words.size() || (best != null && best.size() >= phrase.size())) {
                continue;
            }
            boolean matches = true;
            for (int j = 0; j < phrase.size() && matches; j++) {
                matches = phrase.get(j).equals(words.get(index + j).text());
            }
            if (matches) {
                best = phrase;
            }
        }
        return best;
    }

    /**
     * Whether {@code heard} could be a mishearing of {@code phrase}: their consonant skeletons
     * (spelling folded: ph as f, c and q as k, z as s, y as a vowel; vowels and repeats dropped)
     * are within {@value #MAX_SPELLING_DISTANCE} of an edit per consonant.
     */
    static boolean soundsLike(String heard, String phrase) {
        String a = skeleton(heard);
        String b = skeleton(phrase);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int distance = editDistance(a, b);
        // a short skeleton is near too many words: "ld" (lead) is one edit from "kld" (cloud); below four
        // consonants only one substituted consonant is allowed ("mfs" emphasis for "nfs" infosys)
        if (b.length() < 4) {
            return distance == 0 || (distance == 1 && a.length() == b.length() && b.length() == 3);
        }
        return distance <= MAX_SPELLING_DISTANCE * Math.max(a.length(), b.length());
    }

    static String skeleton(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                .replace("ph", "f").replace("ck", "k").replace('c', 'k').replace('q', 'k').replace('z', 's')
                .replaceAll("[aeiouyhw]", "");
        return folded.replaceAll("(.)\\1+", "$1");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    static List<String> words(String phrase) {
        String cleaned = phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim();
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split("\\s+"));
    }
}
