package dev.copydesk.seo.language;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Everything the SEO and readability analysis needs to know about one language. The analysis itself is written
 * once, against this interface; supporting a new language means writing one implementation and naming it in
 * {@link #forLanguage}. Implementations are immutable and thread-safe.
 * <p>
 * Word lists handed to {@link #hasTransition} and {@link #isPassive} are a sentence's words as {@link Tokenizer}
 * splits them, lower-cased with {@link Tokenizer#lowerCase}: elisions stay attached ({@code qu'il}), as do
 * hyphenated words ({@code c'est-à-dire}).
 */
public interface LanguageRules {

    /** ISO 639-1 code, e.g. {@code fr}. */
    String language();

    /** The sentences of a paragraph, in order, whitespace-trimmed. */
    List<String> sentences(String paragraph);

    /** Spoken syllables of one word as written in running text (case, elision and accents as they come). */
    int syllables(String word);

    /** Whether the sentence contains a transition word or phrase ("however", "en effet", "parce que"...). */
    boolean hasTransition(List<String> lowerCaseWords);

    /** Whether the sentence has a passive construction (auxiliary + past participle, false friends excluded). */
    boolean isPassive(List<String> lowerCaseWords);

    /** Whether the word (any case, with or without an elided prefix) carries no meaning a searcher looks for. */
    boolean isStopWord(String word);

    /**
     * The word without an elided article or pronoun ("l'État" gives "État"); the word itself in languages
     * without elision.
     */
    String withoutElision(String word);

    /**
     * What word forms are compared by: lower case, accents folded, light stemming, so that "pistes cyclables",
     * "Piste cyclable" and "PISTES CYCLABLES" all give the same keys.
     */
    String key(String word);

    /**
     * Flesch reading ease with this language's coefficients, or empty where the analysis has none for the
     * language (the assessment is then left out rather than computed with another language's formula).
     */
    OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord);

    /** A colon as this language's typography sets it between two phrases: ": ", or " : " in French. */
    default String colon() {
        return ": ";
    }

    /**
     * Whether this language has word lists for transition words and passive voice; without them those two
     * assessments and Flesch are left out instead of scoring every text as lacking transitions.
     */
    default boolean analysesStyle() {
        return true;
    }

    /** The rules for an ISO 639-1 language; languages without their own class get {@link GenericRules}. */
    static LanguageRules forLanguage(String language) {
        return KnownLanguages.rulesFor(language);
    }
}
