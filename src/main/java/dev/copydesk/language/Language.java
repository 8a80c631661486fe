package dev.copydesk.language;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Everything copydesk knows about one language, in one place: ingest, the rewrite gates and the SEO analysis all
 * ask here, so a word, a sentence, a stop word or a number means the same to every stage. One class per language
 * implements it (named in {@link Languages}); a new language is one class plus its data. Implementations are
 * immutable and thread-safe.
 *
 * <p>What a word is does not depend on the language: see {@link Words}. Word lists handed to
 * {@link #hasTransition} and {@link #isPassive} are a sentence's words as {@link Words} splits them, lower-cased
 * with {@link Words#lowerCase}: elisions stay attached ({@code qu'il}), as do hyphenated words
 * ({@code c'est-à-dire}).
 */
public interface Language {

    /** ISO 639-1 code, e.g. {@code fr}. */
    String language();

    /** The language for an ISO 639-1 code; throws {@link UnsupportedLanguageException} for one without rules. */
    static Language of(String code) {
        return Languages.of(code);
    }

    /** The sentences of a paragraph, in order, whitespace-trimmed. */
    List<String> sentences(String paragraph);

    /**
     * Whether {@code lowerCaseWord} (without its point) is an abbreviation written with a final point that does
     * not end a sentence ("m" in "M. Macron", "dr", "etc" is not one).
     */
    boolean isAbbreviation(String lowerCaseWord);

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
     * What word forms are compared by: elision dropped, lower case, accents folded, light stemming, so that
     * "pistes cyclables", "Piste cyclable" and "PISTES CYCLABLES" all give the same keys.
     */
    String key(String word);

    /** Numbers written in words, read back into values (ICU spell-out rules). */
    NumberWords numbers();

    /**
     * Determiners after which "two" refers back to two things already named ("les deux pays", "the two men",
     * "los dos países", "die zwei"): folded, lower case.
     */
    Set<String> definiteDeterminers();

    /** Articles and determiners that mark a common noun ("la", "the", "der", "im"): folded, lower case. */
    Set<String> articles();

    /**
     * Whether the language capitalises every noun (German), so that a capital letter alone does not make a name.
     */
    default boolean capitalisesNouns() {
        return false;
    }

    /** Conjunctions that join the items of a list ("et", "and", "y", "und"): folded, lower case. */
    Set<String> coordinators();

    /**
     * Flesch reading ease with this language's coefficients, or empty where the analysis has none for the
     * language (the assessment is then left out rather than computed with another language's formula).
     */
    OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord);

    /**
     * Words from which a sentence counts as long. Yoast's research sets 20 for English and as the default, 25
     * for Spanish, Italian and Portuguese, whose sentences run longer
     * (https://github.com/Yoast/research/wiki/Sentence-Length-Spanish).
     */
    default int longSentenceWords() {
        return 20;
    }

    /** A colon as this language's typography sets it between two phrases: ": ", or " : " in French. */
    default String colon() {
        return ": ";
    }

    /**
     * Whether this language has word lists for transition words and passive voice and a Flesch formula; without
     * them those assessments are left out instead of scoring every text as lacking transitions.
     */
    default boolean analysesStyle() {
        return true;
    }
}
