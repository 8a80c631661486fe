package dev.copydesk.seo.language;

import dev.copydesk.text.StopWords;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Rules for a language that has no class of its own (Spanish, German...): sentences, stop words (Lucene's list
 * for the language) and accent-folded keys are enough for the SEO assessments; transition words, passive voice
 * and Flesch are not assessed rather than assessed with another language's lists.
 */
public final class GenericRules implements LanguageRules {

    private static final SentenceSplitter SENTENCES = new SentenceSplitter(Set.of());
    private static final VowelGroups VOWELS = new VowelGroups("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ");

    private final String language;

    public GenericRules(String language) {
        this.language = language;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<String> sentences(String paragraph) {
        return SENTENCES.split(paragraph);
    }

    @Override
    public int syllables(String word) {
        return Math.max(1, VOWELS.count(VowelGroups.lettersOf(word), VowelGroups.RunBreak.NEVER));
    }

    @Override
    public boolean hasTransition(List<String> lowerCaseWords) {
        return false;
    }

    @Override
    public boolean isPassive(List<String> lowerCaseWords) {
        return false;
    }

    @Override
    public boolean isStopWord(String word) {
        return StopWords.isStopWord(language, word);
    }

    @Override
    public String withoutElision(String word) {
        return word;
    }

    @Override
    public String key(String word) {
        return Folding.fold(word);
    }

    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return OptionalDouble.empty();
    }

    @Override
    public boolean analysesStyle() {
        return false;
    }
}
