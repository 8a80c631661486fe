package dev.copydesk.seo;

import dev.copydesk.analysis.ReadabilityAssessments;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.copydesk.seo.ProducedBuilder.filler;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadabilityAssessmentsTests {

    private static final String PASSIVE = "Le pont est construit par la région.";
    private static final String PLAIN = "Le chat dort.";
    private static final String LINKED = "Cependant, le chien aboie.";

    private static ReadabilityAssessments of(ArticleBuilder article) {
        return new ReadabilityAssessments(TextAnalysis.of(article.text()));
    }

    private static ReadabilityAssessments paragraph(String text) {
        return of(new ArticleBuilder().section(null, text));
    }

    /** {@code times} copies of {@code sentence} and {@code others} copies of {@code other}, as one paragraph. */
    private static String sentences(String sentence, int times, String other, int others) {
        return ((sentence + " ").repeat(times) + (other + " ").repeat(others)).strip();
    }

    /** A sentence of {@code words} words. */
    private static String sentenceOf(int words) {
        return "Mot " + "mot ".repeat(words - 2) + "fin.";
    }

    @Test
    void listsTheAssessmentsInAFixedOrder() {
        assertEquals(List.of("subheading-distribution", "paragraph-length", "sentence-length", "passive-voice",
                        "transition-words", "consecutive-sentences", "flesch-reading-ease"),
                paragraph(PLAIN).all().stream().map(Assessment::id).toList());
    }

    @Test
    void leavesOutWhatNeedsWordListsTheLanguageHasNot() {
        assertEquals(List.of("subheading-distribution", "paragraph-length", "sentence-length", "consecutive-sentences"),
                of(new ArticleBuilder().locale("it-IT").section(null, "Il cane dorme.")).all().stream()
                        .map(Assessment::id).toList());
    }

    @Test
    void wantsNoMoreThan300WordsWithoutASubheading() {
        Assessment good = of(new ArticleBuilder().section(null, filler(300)).section("Titre", filler(100)))
                .subheadingDistribution();
        assertEquals(9, good.score());
        assertEquals("The longest text without a subheading has 300 words (subheadings: 1); aim for at most 300.",
                good.message());
        assertEquals(6, of(new ArticleBuilder().section(null, filler(100)).section("Titre", filler(350)))
                .subheadingDistribution().score());
        assertEquals(3, of(new ArticleBuilder().section(null, filler(351))).subheadingDistribution().score());
        // The standfirst belongs to the text before the first subheading: 200 + 101 words.
        assertEquals(6, of(new ArticleBuilder().standfirst(filler(200)).section(null, filler(101)).section("Titre", "x"))
                .subheadingDistribution().score());
    }

    @Test
    void wantsParagraphsOfAtMost150Words() {
        assertEquals(9, paragraph(filler(150)).paragraphLength().score());
        Assessment long151 = paragraph(filler(151)).paragraphLength();
        assertEquals(6, long151.score());
        assertEquals("The longest paragraph has 151 words (paragraphs over 150 words: 1); aim for at most 150.",
                long151.message());
        assertEquals(6, paragraph(filler(200)).paragraphLength().score());
        assertEquals(3, paragraph(filler(201)).paragraphLength().score());
    }

    @Test
    void wantsAtMostAQuarterOfSentencesOver20Words() {
        // A sentence of 20 words is not long; of 21 it is. The title ("Titre") is one of the page's sentences.
        assertEquals(9, paragraph(sentences(sentenceOf(21), 1, sentenceOf(20), 2)).sentenceLength().score(), "25 %");
        Assessment some = paragraph(sentences(sentenceOf(21), 2, sentenceOf(5), 4)).sentenceLength();
        assertEquals(6, some.score());
        assertEquals("2 of 7 sentences have more than 20 words (28.6 %); aim for at most 25 %.", some.message());
        assertEquals(3, paragraph(sentences(sentenceOf(21), 1, sentenceOf(5), 1)).sentenceLength().score(), "33 %");
    }

    @Test
    void countsTheTitleAndSubheadingsAmongTheSentencesAsYoastDoes() {
        Assessment withHeadings = of(new ArticleBuilder().section(null, sentences(sentenceOf(21), 2, sentenceOf(5), 1))
                .section("Un", sentenceOf(5)).section("Deux", sentenceOf(5))).sentenceLength();
        // Title, three sentences, "Un", one, "Deux", one.
        assertEquals("2 of 8 sentences have more than 20 words (25.0 %); aim for at most 25 %.", withHeadings.message());
    }

    @Test
    void takesTheLanguagesOwnLongSentenceLength() {
        Assessment spanish = of(new ArticleBuilder().locale("es-ES").section(null, sentenceOf(25))).sentenceLength();
        assertEquals("0 of 2 sentences have more than 25 words (0.0 %); aim for at most 25 %.", spanish.message());
    }

    @Test
    void wantsAtMostTenPercentOfSentencesInThePassiveVoice() {
        assertEquals(9, paragraph(sentences(PASSIVE, 1, PLAIN, 8)).passiveVoice().score(), "10 %");
        assertEquals(6, paragraph(sentences(PASSIVE, 3, PLAIN, 16)).passiveVoice().score(), "15 %");
        Assessment tooMany = paragraph(sentences(PASSIVE, 2, PLAIN, 10)).passiveVoice();
        assertEquals(3, tooMany.score());
        assertEquals("2 of 13 sentences are in the passive voice (15.4 %); aim for at most 10 %.", tooMany.message());
    }

    @Test
    void doesNotCountVerbsThatTakeEtreInTheActiveVoiceAsPassive() {
        String active = "Il est allé à Lyon. Elle est née à Paris. La digue s'est effondrée. Ils sont venus hier.";
        assertEquals("0 of 5 sentences are in the passive voice (0.0 %); aim for at most 10 %.",
                paragraph(active).passiveVoice().message());
    }

    @Test
    void wantsTransitionWordsInAtLeast30PercentOfSentences() {
        // Nine sentences of 25 words (225, a long text) and the title.
        String linked = "Cependant, le chien aboie" + " fort".repeat(20) + ".";
        String plain = "Le chat dort" + " bien".repeat(22) + ".";
        Assessment enough = paragraph(sentences(linked, 3, plain, 6)).transitionWords();
        assertEquals(9, enough.score());
        assertEquals("3 of 10 sentences have a transition word (30.0 %); aim for at least 30 %.", enough.message());
        assertEquals(6, paragraph(sentences(linked, 2, plain, 7)).transitionWords().score(), "20 %");
        assertEquals(3, paragraph(sentences(linked, 1, plain, 8)).transitionWords().score(), "10 %");
    }

    @Test
    void asksNoTransitionWordsOfAShortText() {
        assertEquals(9, paragraph(sentences(PLAIN, 10, LINKED, 0)).transitionWords().score(), "under 200 words");
    }

    @Test
    void findsMultiWordTransitionsAndElidedOnes() {
        String text = "En effet, le plan avance. Il part parce qu'il pleut. Le chat dort.";
        assertEquals("2 of 4 sentences have a transition word (50.0 %); aim for at least 30 %.",
                paragraph(text).transitionWords().message());
    }

    @Test
    void flagsThreeSentencesInARowStartingWithTheSameWord() {
        Assessment repetitive = paragraph("Il dort. Il aboie. Il chante.").consecutiveSentences();
        assertEquals(3, repetitive.score());
        assertEquals("3 sentences in a row start with 'il'; vary the openings.", repetitive.message());
        assertEquals(9, paragraph("Il dort. Il aboie. Elle chante. Il dort.").consecutiveSentences().score());
        // Across paragraphs too: the reader does not stop at the paragraph break.
        assertEquals(3, of(new ArticleBuilder().section(null, "Il dort. Il aboie.", "Il chante."))
                .consecutiveSentences().score());
    }

    @Test
    void takesAnArticleAndTheWordAfterItAsTheOpeningAsYoastDoes() {
        assertEquals(9, paragraph("Le chat dort. Le chien aboie. Le merle chante.").consecutiveSentences().score());
        Assessment repetitive = paragraph("Le chat dort. Le chat mange. Le chat chante.").consecutiveSentences();
        assertEquals(3, repetitive.score());
        assertEquals("3 sentences in a row start with 'le chat'; vary the openings.", repetitive.message());
    }

    @Test
    void computesKandelAndMolesFleschForFrench() {
        // Syllables, spoken: le chat dort sur le ca-na-pé (8); l'é-cole ou-vre de-main (2 + 1 + 2 = 5), the elided
        // "l'" and the final "e"s silent. 207 - 1.015 * 9/2 - 73.6 * 13/9 = 96.12.
        Assessment ease = paragraph("Le chat dort sur le canapé. L'école ouvre demain.").fleschReadingEase().orElseThrow();
        assertEquals(9, ease.score());
        assertEquals("Flesch reading ease 96.1 (very easy): 9 words, 2 sentences, 13 syllables; aim for 60 or more.",
                ease.message());
    }

    @Test
    void computesFleschForEnglish() {
        // yes-ter-day the coun-cil ap-proved a beau-ti-ful gar-den (14); chil-dren will play there (5).
        // 206.835 - 1.015 * 11/2 - 84.6 * 19/11 = 55.13.
        Assessment ease = of(new ArticleBuilder().locale("en-GB")
                .section(null, "Yesterday the council approved a beautiful garden. Children will play there."))
                .fleschReadingEase().orElseThrow();
        assertEquals(6, ease.score());
        assertEquals("Flesch reading ease 55.1 (fairly difficult): 11 words, 2 sentences, 19 syllables; aim for 60 or "
                + "more.", ease.message());
    }

    @Test
    void scoresTheWholeAsYoastDoesByPenaltyPoints() {
        // bad 3, ok 2, good 0: up to 4 points is 90, up to 6 is 60, more is 30. Flesch is not counted.
        assertEquals(90, ReadabilityAssessments.overall(List.of(rated("passive-voice", 9), rated("sentence-length", 3),
                rated("flesch-reading-ease", 3))));
        assertEquals(60, ReadabilityAssessments.overall(List.of(rated("passive-voice", 6), rated("sentence-length", 3))));
        assertEquals(30, ReadabilityAssessments.overall(List.of(rated("passive-voice", 3), rated("sentence-length", 3),
                rated("transition-words", 6))));
        // Without the passive and transition checks (Italian), bad weighs 4 and the bars are 2 and 4.
        assertEquals(60, ReadabilityAssessments.overall(List.of(rated("sentence-length", 3))));
        assertEquals(90, ReadabilityAssessments.overall(List.of(rated("sentence-length", 6))));
        assertEquals(30, ReadabilityAssessments.overall(List.of(rated("sentence-length", 3), rated("paragraph-length", 6))));
        assertEquals(0, ReadabilityAssessments.overall(List.of()));
    }

    private static Assessment rated(String id, int score) {
        return Assessment.scored(id, score, "");
    }
}
