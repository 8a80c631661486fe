/**
 * What the analysis knows about each language, behind {@link dev.copydesk.language.Language}: sentence
 * splitting, syllables, transition words, passive voice, stop words, word keys (elision, stemming, accents) and
 * the Flesch formula. {@link dev.copydesk.language.French} and
 * {@link dev.copydesk.language.English} are complete; other languages get
 * {@link dev.copydesk.language.GenericRules}, which leaves out what needs word lists. A new language is one
 * class implementing the interface, named in {@code Languages}. The building blocks they share
 * ({@link dev.copydesk.language.Words}, {@link dev.copydesk.language.SentenceSplitter},
 * {@link dev.copydesk.language.PhraseList}, {@code PassiveVoice}, {@code VowelGroups},
 * {@link dev.copydesk.language.Folding}) hold no language data of their own.
 */
package dev.copydesk.language;
