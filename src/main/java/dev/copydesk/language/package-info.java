/**
 * Everything copydesk knows about languages, for every stage: {@link dev.copydesk.language.Words} (the one
 * definition of a word), {@link dev.copydesk.language.Language} with one class per accepted language (sentences,
 * abbreviations, elisions, stop words, stemming, number words, transition words, passive voice, syllables, Flesch),
 * {@link dev.copydesk.language.NumberWords} (ICU spell-out rules), {@link dev.copydesk.language.Folding},
 * {@link dev.copydesk.language.Whitespace} and {@link dev.copydesk.language.PlaceNames}. A new language is one class
 * extending {@code BaseLanguage}, named in {@link dev.copydesk.language.Languages}, plus its data. The building
 * blocks ({@code SentenceSplitter}, {@code PhraseList}, {@code PassiveVoice}, {@code VowelGroups}) hold no
 * language data of their own.
 */
package dev.copydesk.language;
