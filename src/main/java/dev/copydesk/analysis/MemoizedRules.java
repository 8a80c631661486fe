package dev.copydesk.analysis;

import dev.copydesk.language.Language;
import dev.copydesk.language.NumberWords;
import dev.copydesk.language.Words;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One article's view of its language rules that remembers, per written word, its bare form, key, stop-word flag
 * and syllables. An article uses a few hundred distinct words a few thousand times (titles, sentences, candidates,
 * alt texts are all read), and stemming dominated the stage's cost before this. Not thread-safe: one instance per
 * {@code enrich} call, dropped with it, so nothing is shared or grows between articles.
 */
public final class MemoizedRules implements Language {

    /** Slots for an article's distinct words (a long article has about a thousand); doubled when half full. */
    private static final int INITIAL_SLOTS = 2048;

    private final Language rules;
    // An open-addressing table keyed by the written word, so that a word can be looked up where it stands in its
    // sentence, without cutting it out first: most occurrences are of words already seen. The key is the word's own
    // written form, so one array holds both.
    private Word[] slots = new Word[INITIAL_SLOTS];
    private int size;

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
        return word(written, 0, written.length());
    }

    /** The word written at {@code [start, end)} of {@code text}. */
    private Word word(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        int length = end - start;
        while (slots[slot] != null) {
            String key = slots[slot].term().written();
            if (key.length() == length && key.regionMatches(0, text, start, length)) {
                return slots[slot];
            }
            slot = slot + 1 & mask;
        }
        String written = start == 0 && end == text.length() ? text : text.substring(start, end);
        Word word = new Word(new Terms.Term(written, rules.withoutElision(written), rules.key(written),
                rules.isStopWord(written)), Words.lowerCase(written), rules.syllables(written));
        slots[slot] = word;
        if (++size * 2 > slots.length) {
            grow();
        }
        return word;
    }

    private void grow() {
        Word[] old = slots;
        slots = new Word[old.length * 2];
        int mask = slots.length - 1;
        for (Word word : old) {
            if (word != null) {
                int hash = word.term().written().hashCode();
                int slot = (hash ^ hash >>> 16) & mask;
                while (slots[slot] != null) {
                    slot = slot + 1 & mask;
                }
                slots[slot] = word;
            }
        }
    }

    /** The term of the word at {@code [start, end)} of {@code text}, shared by its every occurrence. */
    Terms.Term term(String text, int start, int end) {
        return word(text, start, end).term();
    }

    /** Syllables of the word at {@code [start, end)} of {@code text}, remembered. */
    int syllables(String text, int start, int end) {
        return word(text, start, end).syllables();
    }

    /** Lower case of the word at {@code [start, end)} of {@code text}, remembered. */
    String lowerCase(String text, int start, int end) {
        return word(text, start, end).lowerCase();
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
