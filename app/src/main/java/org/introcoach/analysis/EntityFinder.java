package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP name finder for employers, schools, titles and skills, trained once from a generated
 * corpus: the carrier sentences of {@code entity-carriers.txt} with their slots filled from the
 * gazetteers (organisations, technologies, professional skills, the seniority ladder and
 * professions, and the forms of institution names). It learns the contexts names are said in, so
 * it can find a name no gazetteer holds ("i was at quillpay"). Deterministic: a fixed seed picks
 * the fillers. Off by default: {@link ClaimFinder} uses it only when asked, because it measured
 * no better than the gazetteers and cues on the blind sets (see samples/evaluation/README.md).
 */
public final class EntityFinder {
    /** Sentences generated per carrier: enough for every carrier to be seen with many names. */
    static final int SENTENCES_PER_CARRIER = 40;
    private static final long SEED = 20261201L;
    private final NameFinderME finder;

    private EntityFinder(NameFinderME finder) {
        this.finder = finder;
    }

    /** One found span: words [from, to) and the kind of entity. */
    record Found(int from, int to, Claim.Kind kind) {
    }

    public static EntityFinder train() {
        List<NameSample> samples = corpus();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 60);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("PrintMessages", false);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), parameters,
                    new TokenNameFinderFactory(null, Map.of(), new BioCodec()));
            return new EntityFinder(new NameFinderME(model));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Entities in the words, in order. Not thread-safe: one finder per analysis thread. */
    synchronized List<Found> find(List<String> tokens) {
        List<Found> found = new ArrayList<>();
        for (Span span : finder.find(tokens.toArray(String[]::new))) {
            found.add(new Found(span.getStart(), span.getEnd(), Claim.Kind.valueOf(span.getType().toUpperCase(java.util.Locale.ROOT))));
        }
        finder.clearAdaptiveData();
        return found;
    }

    static List<NameSample> corpus() {
        Random random = new Random(SEED);
        List<String> employers = new ArrayList<>(Lexicon.words("organisations"));
        employers.sort(null);
        List<String> skills = new ArrayList<>(Lexicon.words("technologies"));
        skills.addAll(Lexicon.words("professional-skills"));
        skills.sort(null);
        List<String> ranks = new ArrayList<>(ClaimFinder.SENIORITY.keySet());
        List<String> professions = new ArrayList<>(ClaimFinder.PROFESSIONS.keySet());
        List<String> institutionWords = Lexicon.entries("institution-words");
        List<NameSample> samples = new ArrayList<>();
        for (String carrier : Lexicon.entries("entity-carriers")) {
            int times = carrier.contains("{") ? SENTENCES_PER_CARRIER : SENTENCES_PER_CARRIER / 4;
            for (int n = 0; n < times; n++) {
                List<String> tokens = new ArrayList<>();
                List<Span> spans = new ArrayList<>();
                for (String word : carrier.split(" ")) {
                    String filled = switch (word) {
                        case "{employer}" -> pick(employers, random);
                        case "{skill}" -> pick(skills, random);
                        case "{title}" -> (random.nextBoolean() ? pick(ranks, random) + " " : "") + pick(professions, random);
                        case "{school}" -> school(pick(employers, random).split(" ")[0], pick(institutionWords, random), random);
                        default -> null;
                    };
                    if (filled == null) {
                        tokens.add(word);
                        continue;
                    }
                    int start = tokens.size();
                    tokens.addAll(List.of(filled.split(" ")));
                    spans.add(new Span(start, tokens.size(), word.substring(1, word.length() - 1)));
                }
                samples.add(new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true));
            }
        }
        return samples;
    }

    private static String school(String place, String institution, Random random) {
        return random.nextBoolean() ? institution + " of " + place : place + " " + institution;
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
