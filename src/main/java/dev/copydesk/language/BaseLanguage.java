package dev.copydesk.language;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What every language class has in the same shape: sentences split with its abbreviations, its stop words, its
 * elided prefixes, its stemmer, its number words, syllables as vowel groups. A language with style rules
 * (transitions, passive voice, Flesch) overrides those; one without leaves them out ({@link #analysesStyle()}).
 */
abstract class BaseLanguage implements Language {

    private final String code;
    private final Set<String> abbreviations;
    private final SentenceSplitter sentences;
    private final Set<String> stopWords;
    private final Set<String> elidedPrefixes;
    private final UnaryOperator<String> stemmer;
    private final NumberWords numbers;
    private final Set<String> definiteDeterminers;
    private final Set<String> articles;
    private final Set<String> coordinators;
    final VowelGroups vowels;
    private PhraseList transitions;
    private PassiveVoice passive;
    private UnaryOperator<String> passiveForm = UnaryOperator.identity();

    /**
     * @param abbreviations       lower-case abbreviations written with a final point, without it
     * @param moreStopWords       words added to Lucene's stop list for the language
     * @param elidedPrefixes      lower-case prefixes that elide before an apostrophe ("l", "qu"), or none
     * @param stemmer             light stemmer over a lower-case word
     * @param definiteDeterminers folded determiners after which "two" refers back ("les", "the")
     * @param articles            folded articles and determiners that mark a common noun ("la", "der", "im")
     * @param coordinators        folded conjunctions that join the items of a list ("et", "and")
     */
    BaseLanguage(String code, Set<String> abbreviations, Set<String> moreStopWords, Set<String> elidedPrefixes,
                 UnaryOperator<String> stemmer, NumberWords numbers, Set<String> definiteDeterminers,
                 Set<String> articles, Set<String> coordinators, String vowelLetters) {
        this.code = code;
        this.abbreviations = Set.copyOf(abbreviations);
        this.sentences = new SentenceSplitter(this::isAbbreviation);
        this.stopWords = StopWords.lucenePlus(code, moreStopWords);
        this.elidedPrefixes = Set.copyOf(elidedPrefixes);
        this.stemmer = stemmer;
        this.numbers = numbers;
        this.definiteDeterminers = Set.copyOf(definiteDeterminers);
        this.articles = Set.copyOf(articles);
        this.coordinators = Set.copyOf(coordinators);
        this.vowels = new VowelGroups(vowelLetters);
    }

    @Override
    public String language() {
        return code;
    }

    @Override
    public List<String> sentences(String paragraph) {
        return sentences.split(paragraph);
    }

    @Override
    public boolean isAbbreviation(String lowerCaseWord) {
        return abbreviations.contains(lowerCaseWord);
    }

    @Override
    public int syllables(String word) {
        return Math.max(1, vowels.count(VowelGroups.lettersOf(withoutElision(word)), VowelGroups.RunBreak.NEVER));
    }

    /**
     * Gives the language its style rules (from its constructor): transition words, and the passive voice read on
     * words put in {@code passiveForm} first (an elided prefix dropped, "they're" as "are"). Without them the
     * language's transitions, passives and Flesch are not assessed.
     */
    final void style(PhraseList transitions, PassiveVoice passive, UnaryOperator<String> passiveForm) {
        this.transitions = transitions;
        this.passive = passive;
        this.passiveForm = passiveForm;
    }

    @Override
    public boolean hasTransition(List<String> lowerCaseWords) {
        return transitions != null && transitions.foundIn(lowerCaseWords);
    }

    @Override
    public boolean isPassive(List<String> lowerCaseWords) {
        return passive != null && passive.isPassive(lowerCaseWords, passiveForm);
    }

    @Override
    public boolean isStopWord(String word) {
        String lower = Words.lowerCase(word);
        return stopWords.contains(lower) || stopWords.contains(Words.lowerCase(withoutElision(lower)));
    }

    @Override
    public String withoutElision(String word) {
        if (elidedPrefixes.isEmpty()) {
            return word;
        }
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        if (apostrophe > 0 && apostrophe < word.length() - 1
                && elidedPrefixes.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
            return word.substring(apostrophe + 1);
        }
        return word;
    }

    /** Elision dropped, lower case, light stemming, then accents folded. */
    @Override
    public String key(String word) {
        return Folding.fold(stemmer.apply(withoutElision(word).toLowerCase(Locale.ROOT)));
    }

    @Override
    public NumberWords numbers() {
        return numbers;
    }

    @Override
    public Set<String> definiteDeterminers() {
        return definiteDeterminers;
    }

    @Override
    public Set<String> articles() {
        return articles;
    }

    @Override
    public Set<String> coordinators() {
        return coordinators;
    }

    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return OptionalDouble.empty();
    }

    @Override
    public boolean analysesStyle() {
        return transitions != null;
    }

    /** A Lucene light stemmer ({@code stem(char[], int)}) as a function over words. */
    interface CharStemmer {
        int stem(char[] word, int length);
    }

    static UnaryOperator<String> light(CharStemmer stemmer) {
        return word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, stemmer.stem(chars, chars.length));
        };
    }
}
