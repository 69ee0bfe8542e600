package org.introcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** Splits, tokenises, tags and lemmatises English text. One per thread: OpenNLP's tools are not thread-safe. */
public final class Annotator {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    Annotator(LanguageModels models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
    }

    public List<String> sentences(String text) {
        return List.of(sentences.sentDetect(text));
    }

    /** The part of speech of each of words already split (a transcript's words), one tag a word. */
    public List<String> tag(List<String> words) {
        return words.isEmpty() ? List.of() : List.of(tagger.tag(words.toArray(String[]::new)));
    }

    /** Tokens of one sentence or phrase with their tags and lemmas. */
    public List<Token> annotate(String sentence) {
        String[] words = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], tags[i], lemmas[i]));
        }
        return tokens;
    }
}
