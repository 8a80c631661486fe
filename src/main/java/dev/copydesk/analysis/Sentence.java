package dev.copydesk.analysis;

import dev.copydesk.analysis.Terms.Term;

import java.util.List;

/**
 * One sentence of running text with what the readability and keyphrase assessments ask of it, worked out once.
 *
 * @param text      the sentence as written
 * @param firstWord lower-case first word, "" for a sentence without words
 */
public record Sentence(String text, int words, int syllables, boolean passive, boolean transition, String firstWord,
                List<Term> terms) {

    public Sentence {
        terms = List.copyOf(terms);
    }
}
