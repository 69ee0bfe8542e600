package org.introcoach.analysis;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (Universal Dependencies EWT, built for opennlp-tools 2.5),
 * read from the application's classpath where the build put them. Models are thread-safe and
 * loaded once; each thread makes its own {@link Annotator} from them.
 */
public record LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech,
                             LemmatizerModel lemmas) {
    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String PARTS_OF_SPEECH = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    public static LanguageModels loadBundled() throws IOException {
        try (InputStream sentences = open(SENTENCES); InputStream tokens = open(TOKENS);
             InputStream tags = open(PARTS_OF_SPEECH); InputStream lemmas = open(LEMMAS)) {
            return new LanguageModels(new SentenceModel(sentences), new TokenizerModel(tokens),
                    new POSModel(tags), new LemmatizerModel(lemmas));
        }
    }

    public Annotator newAnnotator() {
        return new Annotator(this);
    }

    private static InputStream open(String name) throws IOException {
        InputStream stream = LanguageModels.class.getResourceAsStream("/" + name);
        if (stream == null) {
            throw new IOException("The language model " + name
                    + " is missing from the application; rebuild it with 'mvn package'.");
        }
        return stream;
    }
}
