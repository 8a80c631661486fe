/**
 * What the analysis knows about each language, behind {@link dev.copydesk.seo.language.LanguageRules}: sentence
 * splitting, syllables, transition words, passive voice, stop words, word keys (elision, stemming, accents) and
 * the Flesch formula. {@link dev.copydesk.seo.language.FrenchRules} and
 * {@link dev.copydesk.seo.language.EnglishRules} are complete; other languages get
 * {@link dev.copydesk.seo.language.GenericRules}, which leaves out what needs word lists. A new language is one
 * class implementing the interface, named in {@code KnownLanguages}. The building blocks they share
 * ({@link dev.copydesk.seo.language.Tokenizer}, {@link dev.copydesk.seo.language.SentenceSplitter},
 * {@link dev.copydesk.seo.language.PhraseList}, {@code PassiveVoice}, {@code VowelGroups},
 * {@link dev.copydesk.seo.language.Folding}) hold no language data of their own.
 */
package dev.copydesk.seo.language;
