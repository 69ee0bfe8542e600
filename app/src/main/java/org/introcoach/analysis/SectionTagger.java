package org.introcoach.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.introcoach.draft.IntroSection;

/**
 * Says which part of an intro a phrase is. Strong cues decide first ("graduated" is education,
 * "moving from" a transition); otherwise an OpenNLP document categorizer trained on the project's
 * labelled sentences (sections.train, Vosk-style text) decides, and a phrase it is unsure of
 * continues the section before it.
 */
public final class SectionTagger {
    /** Below this probability the categorizer's guess is not trusted (seven sections: chance is 0.14). */
    static final double MIN_CONFIDENCE = 0.35;
    private static final Map<IntroSection, Pattern> CUES = new LinkedHashMap<>();
    /**
     * Where a phrase holds cues of two sections, the one that comes first says what the phrase is
     * about ("i'm applying to harbourline because your site is switching to cross-docking" is
     * motivation, not a career change), unless it comes only a few characters first: then the
     * usual order (transition, motivation, education, skills, experience) decides.
     */
    private static final int EARLIER_BY = 40;
    /** "hi everyone" alone says hello, not who is speaking. */
    private static final int GREETING_ONLY_WORDS = 3;

    static {
        for (IntroSection section : List.of(IntroSection.TRANSITION, IntroSection.MOTIVATION, IntroSection.EDUCATION, IntroSection.SKILLS,
                IntroSection.EXPERIENCE)) {
            CUES.put(section, Lexicon.anywhere("section-" + section.id() + "-cues"));
        }
    }

    private static final Pattern GREETING = Pattern.compile("^(" + String.join("|", Lexicon.entries("greetings")) + ")\\b|\\bmy name\\b");
    /**
     * An opening that names the speaker or what they are, within its first few words, whatever
     * the recogniser made of a greeting before it ("the low i'm rebecca", "so i'm a data scientist").
     */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile("^(\\S+ ){0,3}(" + String.join("|", Lexicon.entries("self-introduction-cues")) + ")\\b");

    private final DocumentCategorizerME categorizer;

    private SectionTagger(DocumentCategorizerME categorizer) {
        this.categorizer = categorizer;
    }

    /** Trains the categorizer on the bundled labelled sentences: deterministic, in milliseconds. */
    public static SectionTagger train() {
        List<DocumentSample> samples = new ArrayList<>();
        try (InputStream in = SectionTagger.class.getResourceAsStream("sections.train")) {
            if (in == null) {
                throw new IOException("sections.train is missing from the application");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split(" ", 2);
                if (parts.length == 2) {
                    samples.add(new DocumentSample(parts[0], parts[1].split(" ")));
                }
            }
            TrainingParameters parameters = TrainingParameters.defaultParams();
            parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
            parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
            parameters.put("PrintMessages", false);
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
            return new SectionTagger(new DocumentCategorizerME(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sections for phrases in speaking order; {@code nameTokens} are the resume name's words. */
    List<Phrase> tag(List<Phrase> phrases, List<String> nameTokens) {
        List<Phrase> tagged = new ArrayList<>();
        IntroSection previous = IntroSection.OTHER;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase phrase = phrases.get(i);
            IntroSection section = sectionOf(phrase, i, nameTokens, previous);
            tagged.add(phrase.withSection(section));
            if (section != IntroSection.OTHER) {
                previous = section;
            }
        }
        return tagged;
    }

    private IntroSection sectionOf(Phrase phrase, int index, List<String> nameTokens, IntroSection previous) {
        String text = phrase.text();
        if (index <= 1 && (GREETING.matcher(text).find() && phrase.tokens().size() > GREETING_ONLY_WORDS || mentionsName(phrase.tokens(), nameTokens))
                || namesTheSpeaker(phrase.tokens(), nameTokens)) {
            return IntroSection.IDENTITY;
        }
        if (index == 0 && SELF_INTRODUCTION.matcher(text).find() && !CUES.get(IntroSection.MOTIVATION).matcher(text).find()
                && !CUES.get(IntroSection.TRANSITION).matcher(text).find()) {
            return IntroSection.IDENTITY;
        }
        IntroSection cued = null;
        int earliest = Integer.MAX_VALUE;
        for (Map.Entry<IntroSection, Pattern> cue : CUES.entrySet()) {
            var matcher = cue.getValue().matcher(text);
            if (matcher.find() && matcher.start() < earliest - EARLIER_BY) {
                cued = cue.getKey();
                earliest = matcher.start();
            }
        }
        if (cued != null) {
            return cued;
        }
        String[] tokens = text.split(" ");
        double[] outcomes = categorizer.categorize(tokens);
        String best = categorizer.getBestCategory(outcomes);
        double confidence = outcomes[categorizer.getIndex(best)];
        if (tokens.length <= 3 && previous != IntroSection.OTHER) {
            return previous;
        }
        if (confidence < MIN_CONFIDENCE) {
            return previous;
        }
        return IntroSection.valueOf(best.toUpperCase(Locale.ROOT));
    }

    /** Whether a phrase says in words that it is of that section ("worked at", "graduated"), not only by the categorizer's guess. */
    static boolean cued(Phrase phrase, IntroSection section) {
        Pattern cue = CUES.get(section);
        return cue != null && cue.matcher(phrase.text()).find();
    }

    /** "oh and i'm sam nguyen", wherever it comes: the speaker giving their own name is identity. */
    private static boolean namesTheSpeaker(List<String> tokens, List<String> nameTokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean cue = tokens.get(i).equals("i'm") || i >= 1 && tokens.get(i).equals("is") && tokens.get(i - 1).matches("name|this");
            if (cue && mentionsName(tokens.subList(i + 1, Math.min(tokens.size(), i + 3)), nameTokens)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsName(List<String> tokens, List<String> nameTokens) {
        return nameTokens.stream().anyMatch(name -> tokens.stream().anyMatch(token -> SoundsAlike.words(token, name)));
    }
}
