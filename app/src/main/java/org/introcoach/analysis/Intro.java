package org.introcoach.analysis;

import java.util.List;
import java.util.Optional;
import org.introcoach.draft.IntroSection;
import org.introcoach.draft.RenderedDraft;
import org.introcoach.draft.Template;
import org.introcoach.resume.Resume;
import org.introcoach.resume.ResumeFacts;
import org.introcoach.speech.Word;

/** Everything the rules look at for one intro: what was said, cut into sections, and what it is judged against. */
record Intro(SpokenText spoken, List<Phrase> phrases, Resume resume, ResumeFacts facts, Optional<RenderedDraft> draft,
             Optional<Template> template, Template.TargetBand target, List<String> partsOfSpeech) {

    /** Without parts of speech (rules that need them then see every word as unknown, "X"). */
    Intro(SpokenText spoken, List<Phrase> phrases, Resume resume, ResumeFacts facts, Optional<RenderedDraft> draft,
          Optional<Template> template, Template.TargetBand target) {
        this(spoken, phrases, resume, facts, draft, template, target, List.of());
    }

    /** Whether word {@code index} is tagged as one of {@code tags} (lowercase, as the lexicon writes them: "noun", "adj"). */
    boolean taggedAs(int index, java.util.Collection<String> tags) {
        return tags.contains(partOfSpeech(index).toLowerCase(java.util.Locale.ROOT));
    }

    /** The Universal Dependencies part of speech of word {@code index} (NOUN, VERB, ADJ ...), or "X" when unknown. */
    String partOfSpeech(int index) {
        return index < partsOfSpeech.size() ? partsOfSpeech.get(index) : "X";
    }

    List<String> tokens() {
        return spoken.tokens();
    }

    List<Word> words() {
        return spoken.words();
    }

    List<Phrase> in(IntroSection section) {
        return phrases.stream().filter(phrase -> phrase.section() == section).toList();
    }

    boolean has(IntroSection section) {
        return phrases.stream().anyMatch(phrase -> phrase.section() == section);
    }

    /** The phrase holding word {@code index}. */
    Phrase phraseAt(int index) {
        return phrases.stream().filter(phrase -> index >= phrase.from() && index < phrase.to()).findFirst().orElseThrow();
    }

    /** Mean recognition confidence of words [from, to). */
    double confidence(int from, int to) {
        return words().subList(from, to).stream().mapToDouble(Word::confidence).average().orElse(1);
    }

    String quote(int from, int to) {
        return String.join(" ", tokens().subList(from, to));
    }

    Double start(int index) {
        return spoken.timed() ? words().get(index).start() : null;
    }

    Double end(int index) {
        return spoken.timed() ? words().get(index).end() : null;
    }
}
