package dev.copydesk.analysis;

import dev.copydesk.language.Language;
import dev.copydesk.language.NumberWords;
import dev.copydesk.language.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One article's view of its language rules that remembers, per written word, its bare form, key, stop-word flag
 * and syllables. An article uses a few hundred distinct words a few thousand times (titles, sentences, candidates,
 * alt texts are all read), and stemming dominated the stage's cost before this. Not thread-safe: one instance per
 * {@code enrich} call, dropped with it, so nothing is shared or grows between articles.
 */
public final class MemoizedRules implements Language {

    /** Room for an article's distinct words without rehashing (a long article has about a thousand). */
    private static final int EXPECTED_WORDS = 2048;

    private final Language rules;
    private final Map<String, Word> words = new HashMap<>(EXPECTED_WORDS);

    /**
     * What the rules say about one written word, worked out together on first sight: one lookup serves all, and
     * every occurrence of the word shares the one {@link Terms.Term}.
     */
    private record Word(Terms.Term term, String lowerCase, int syllables) {
    }

    public MemoizedRules(Language rules) {
        this.rules = rules;
    }

    private Word word(String written) {
        Word word = words.get(written);
        if (word == null) {
            word = new Word(new Terms.Term(written, rules.withoutElision(written), rules.key(written),
                    rules.isStopWord(written)), Words.lowerCase(written), rules.syllables(written));
            words.put(written, word);
        }
        return word;
    }

    /** The word's term, the same instance for every occurrence of the same written form. */
    Terms.Term term(String written) {
        return word(written).term();
    }

    /** {@link Words#lowerCase} of the word, remembered. */
    String lowerCase(String written) {
        return word(written).lowerCase();
    }

    @Override
    public String key(String word) {
        return word(word).term().key();
    }

    @Override
    public boolean isStopWord(String word) {
        return word(word).term().stopWord();
    }

    @Override
    public int syllables(String word) {
        return word(word).syllables();
    }

    @Override
    public String withoutElision(String word) {
        return word(word).term().bare();
    }

    @Override
    public String language() {
        return rules.language();
    }

    @Override
    public List<String> sentences(String paragraph) {
        return rules.sentences(paragraph);
    }

    @Override
    public boolean hasTransition(List<String> lowerCaseWords) {
        return rules.hasTransition(lowerCaseWords);
    }

    @Override
    public boolean isPassive(List<String> lowerCaseWords) {
        return rules.isPassive(lowerCaseWords);
    }

    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return rules.fleschReadingEase(wordsPerSentence, syllablesPerWord);
    }

    @Override
    public String colon() {
        return rules.colon();
    }

    @Override
    public boolean analysesStyle() {
        return rules.analysesStyle();
    }

    @Override
    public boolean isAbbreviation(String lowerCaseWord) {
        return rules.isAbbreviation(lowerCaseWord);
    }

    @Override
    public NumberWords numbers() {
        return rules.numbers();
    }

    @Override
    public Set<String> definiteDeterminers() {
        return rules.definiteDeterminers();
    }

    @Override
    public Set<String> articles() {
        return rules.articles();
    }

    @Override
    public boolean capitalisesNouns() {
        return rules.capitalisesNouns();
    }

    @Override
    public Set<String> coordinators() {
        return rules.coordinators();
    }

    @Override
    public int longSentenceWords() {
        return rules.longSentenceWords();
    }
}
