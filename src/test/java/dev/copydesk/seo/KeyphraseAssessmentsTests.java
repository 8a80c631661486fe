package dev.copydesk.seo;

import dev.copydesk.seo.assess.KeyphraseAssessments;

import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.copydesk.seo.ProducedBuilder.filler;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyphraseAssessmentsTests {

    private static KeyphraseAssessments of(ProducedBuilder builder) {
        return new KeyphraseAssessments(builder.build());
    }

    private static ProducedBuilder withHeadings(String... headings) {
        ArticleBuilder article = new ArticleBuilder().section(null, "Texte.");
        for (String heading : headings) {
            article.section(heading, "Texte.");
        }
        return new ProducedBuilder(article);
    }

    @Test
    void listsTheAssessmentsInAFixedOrderWithSubheadingsOnlyWhenThereAreSome() {
        assertEquals(List.of("keyphrase-length", "keyphrase-in-introduction", "keyphrase-density",
                        "keyphrase-in-meta-description", "keyphrase-in-title", "keyphrase-in-slug"),
                of(ProducedBuilder.paragraph("Texte.")).all().stream().map(Assessment::id).toList());
        assertEquals("keyphrase-in-subheadings", of(withHeadings("Partie")).all().get(4).id());
    }

    @Test
    void scoresTheKeyphraseLengthInContentWords() {
        Assessment two = of(ProducedBuilder.paragraph("Texte.")).inText().length();
        assertEquals(9, two.score());
        assertEquals("The keyphrase 'pistes cyclables' has 2 content words; aim for 1 to 4.", two.message());
        // Stop words do not count: "le", "de" and "la" leave four content words.
        assertEquals(9, of(ProducedBuilder.paragraph("x").keyphrase("le budget de la ville de Lyon")).inText().length().score());
        assertEquals(6, of(ProducedBuilder.paragraph("x").keyphrase("budget vélo Lyon métropole travaux")).inText().length().score());
        assertEquals(3, of(ProducedBuilder.paragraph("x").keyphrase("alpha bravo charlie delta echo foxtrot golf hotel india"))
                .inText().length().score());
    }

    @Test
    void wantsTheWholeKeyphraseInOneSentenceOfTheFirstParagraph() {
        Assessment good = of(new ProducedBuilder(new ArticleBuilder()
                .standfirst("Lyon vote un plan. La piste cyclable devient la règle.").section(null, "Texte."))).inText().inIntroduction();
        assertEquals(9, good.score(), "word forms match: 'piste cyclable' is 'pistes cyclables'");
        assertEquals("The keyphrase 'pistes cyclables' appears in one sentence of the first paragraph.", good.message());

        assertEquals(6, of(new ProducedBuilder(new ArticleBuilder()
                .standfirst("Les pistes progressent. Elles sont cyclables.").section(null, "Texte."))).inText().inIntroduction().score());
        // The first paragraph is the standfirst: naming it in the next paragraph is too late.
        assertEquals(3, of(new ProducedBuilder(new ArticleBuilder()
                .standfirst("Lyon vote un plan.").section(null, "Les pistes cyclables progressent."))).inText().inIntroduction().score());
    }

    @Test
    void scoresKeyphraseDensityWeightedByTheKeyphraseLength() {
        // Page words: the title "Titre" (1), the filler and 2 per occurrence. A 2-word keyphrase weighs
        // 0.7 + 2/3 = 1.367: 2 occurrences in 546 words are 0.366 %, 0.5006 % weighted.
        Assessment lowest = of(ProducedBuilder.paragraph(filler(541) + " pistes cyclables".repeat(2))).inText().density();
        assertEquals(9, lowest.score());
        assertEquals("Keyphrase occurrences: 2 in 546 words (0.37 %, 0.50 % weighted for its 2 words); aim for 0.5 to "
                + "3.0 % weighted, at least twice.", lowest.message());
        // 547 words: 0.4997 % weighted.
        assertEquals(3, of(ProducedBuilder.paragraph(filler(542) + " pistes cyclables".repeat(2))).inText().density().score());
        // 4 occurrences in 183 words: 2.99 % weighted; in 182, 3.004 %.
        assertEquals(9, of(ProducedBuilder.paragraph(filler(174) + " pistes cyclables".repeat(4))).inText().density().score());
        assertEquals(3, of(ProducedBuilder.paragraph(filler(173) + " pistes cyclables".repeat(4))).inText().density().score());
        assertEquals(3, of(ProducedBuilder.paragraph(filler(200))).inText().density().score());
    }

    @Test
    void wantsTheKeyphraseAtLeastTwiceWhateverTheShare() {
        // Once in 153 words is 0.89 % weighted, within the band, but one mention is not a subject.
        assertEquals(3, of(ProducedBuilder.paragraph(filler(150) + " pistes cyclables")).inText().density().score());
        assertEquals(9, of(ProducedBuilder.paragraph(filler(150) + " pistes cyclables".repeat(2))).inText().density().score());
    }

    @Test
    void countsTheKeyphraseInTheTitleAndSubheadingsAsOnThePage() {
        Assessment density = of(new ProducedBuilder(new ArticleBuilder().title("Les pistes cyclables de Lyon")
                .section("Des pistes cyclables", filler(100)))).inText().density();
        assertEquals(9, density.score());
        assertEquals("Keyphrase occurrences: 2 in 108 words (1.85 %, 2.53 % weighted for its 2 words); aim for 0.5 to "
                + "3.0 % weighted, at least twice.", density.message());
    }

    @Test
    void countsAnOccurrenceOnlyWhenOneSentenceHasEveryWordInAnyOrder() {
        assertEquals("Keyphrase occurrences: 1 in 4 words (25.00 %, 34.17 % weighted for its 2 words); aim for 0.5 to "
                        + "3.0 % weighted, at least twice.",
                of(ProducedBuilder.paragraph("Cyclables, les pistes.")).inText().density().message());
        assertEquals("Keyphrase occurrences: 0 in 4 words (0.00 %, 0.00 % weighted for its 2 words); aim for 0.5 to "
                        + "3.0 % weighted, at least twice.",
                of(ProducedBuilder.paragraph("Les pistes. Cyclables.")).inText().density().message());
    }

    @Test
    void wantsTheKeyphraseOnceOrTwiceInTheMetaDescription() {
        assertEquals(9, of(ProducedBuilder.paragraph("x").metaDescription("Lyon triple ses pistes cyclables."))
                .inMetaDescription().score());
        Assessment thrice = of(ProducedBuilder.paragraph("x").metaDescription(
                "Pistes cyclables : les pistes cyclables de Lyon, des pistes cyclables partout.")).inMetaDescription();
        assertEquals(3, thrice.score());
        assertEquals("Keyphrase occurrences in the meta description: 3; aim for 1 or 2.", thrice.message());
        assertEquals(3, of(ProducedBuilder.paragraph("x").metaDescription("Lyon voit grand.")).inMetaDescription().score());
    }

    @Test
    void wantsTheKeyphraseIn30To75PercentOfSubheadings() {
        Assessment third = of(withHeadings("Les pistes cyclables", "Le budget", "Le calendrier")).inText().inSubheadings();
        assertEquals(9, third.score());
        assertEquals("1 of 3 subheadings name the keyphrase (33 %); aim for 30 to 75 %.", third.message());
        assertEquals(3, of(withHeadings("Les pistes cyclables", "Le budget", "Le calendrier", "Les travaux"))
                .inText().inSubheadings().score(), "25 %");
        assertEquals(3, of(withHeadings("Pistes cyclables", "Des pistes cyclables", "Piste cyclable")).inText().inSubheadings()
                .score(), "100 % is over-optimised");
        assertEquals(3, of(withHeadings("Le budget", "Le calendrier")).inText().inSubheadings().score());
        assertEquals(9, of(withHeadings("Les pistes cyclables")).inText().inSubheadings().score(), "a single subheading is enough");
    }

    @Test
    void takesASubheadingWithMoreThanHalfTheKeyphraseAsNamingItAsYoastDoes() {
        Assessment half = of(withHeadings("Des pistes partout", "Le budget")).inText().inSubheadings();
        assertEquals(3, half.score());
        assertEquals("0 of 2 subheadings name the keyphrase (0 %); aim for 30 to 75 %.", half.message());
        Assessment twoOfThree = of(withHeadings("Des pistes cyclables partout", "Le budget")
                .keyphrase("pistes cyclables lyonnaises")).inText().inSubheadings();
        assertEquals(9, twoOfThree.score());
        assertEquals("1 of 2 subheadings name the keyphrase (50 %); aim for 30 to 75 %.", twoOfThree.message());
    }

    @Test
    void wantsTheKeyphraseAtTheStartOfTheSeoTitle() {
        assertEquals(9, of(ProducedBuilder.paragraph("x").seoTitle("Pistes cyclables : Lyon voit grand")).inTitle().score());
        Assessment inside = of(ProducedBuilder.paragraph("x").seoTitle("Lyon triple ses pistes cyclables")).inTitle();
        assertEquals(6, inside.score());
        assertEquals("The SEO title contains, but does not start with, the keyphrase 'pistes cyclables'.", inside.message());
        assertEquals(3, of(ProducedBuilder.paragraph("x").seoTitle("Lyon voit grand")).inTitle().score());
    }

    @Test
    void findsTheKeyphraseWordsInTheSlugWhateverTheirForm() {
        assertEquals(9, of(ProducedBuilder.paragraph("x").slug("lyon-piste-cyclable")).inSlug().score());
        Assessment half = of(ProducedBuilder.paragraph("x").slug("lyon-pistes")).inSlug();
        assertEquals(6, half.score());
        assertEquals("The slug 'lyon-pistes' has 1 of the 2 keyphrase words.", half.message());
        assertEquals(3, of(ProducedBuilder.paragraph("x").slug("lyon-velo")).inSlug().score());
        // Accents are folded in slugs: "vélo électrique" is found in "velo-electrique".
        assertEquals(9, of(ProducedBuilder.paragraph("x").keyphrase("vélo électrique").slug("le-velo-electrique"))
                .inSlug().score());
    }
}
