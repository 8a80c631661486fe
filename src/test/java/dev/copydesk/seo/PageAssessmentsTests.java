package dev.copydesk.seo;

import dev.copydesk.seo.assess.PageAssessments;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.copydesk.seo.ProducedBuilder.filler;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PageAssessmentsTests {

    private static final String URL = "https://img.example.org/";
    /** 157 characters: one too many for a meta description. */
    private static final String META_157 = "Lyon a voté jeudi un plan de 120 millions d'euros pour tripler ses pistes "
            + "cyclables d'ici 2030, malgré l'inquiétude des commerçants du centre de cette ville.";

    private static PageAssessments of(ProducedBuilder builder) {
        return new PageAssessments(builder.build(), 60);
    }

    private static ArticleImage image(int n, String alt) {
        return new ArticleImage(URL + n + ".jpg", null, null, alt);
    }

    @Test
    void listsTheAssessmentsInAFixedOrder() {
        assertEquals(List.of("text-length", "seo-title-width", "meta-description-length", "single-h1",
                "outbound-links", "image-alt-text"),
                of(ProducedBuilder.paragraph("x")).all().stream().map(Assessment::id).toList());
    }

    @Test
    void scoresTextLengthAgainstTheBriefAndA300WordFloor() {
        assertEquals(9, of(ProducedBuilder.paragraph(filler(700))).textLength().score());
        assertEquals(6, of(ProducedBuilder.paragraph(filler(699))).textLength().score());
        assertEquals(6, of(ProducedBuilder.paragraph(filler(300))).textLength().score());
        Assessment tooShort = of(ProducedBuilder.paragraph(filler(299))).textLength();
        assertEquals(3, tooShort.score());
        assertEquals("bad", tooShort.rating());
        assertEquals("The text has 299 words; aim for at least 700 (the brief asks for 700, search engines for 300).",
                tooShort.message());
        // A brief asking for less does not lower the floor.
        assertEquals(3, of(ProducedBuilder.paragraph(filler(250)).minWords(200)).textLength().score());
        assertEquals(9, of(ProducedBuilder.paragraph(filler(300)).minWords(200)).textLength().score());
    }

    @Test
    void measuresTheSeoTitleInPixelsOfArial20() {
        // 31 W (944/1000 em each) make 585.28 px; one more makes 604.16 px, too wide although only 32 characters.
        assertEquals(9, of(ProducedBuilder.paragraph("x").seoTitle("W".repeat(31))).seoTitleWidth().score());
        Assessment tooWide = of(ProducedBuilder.paragraph("x").seoTitle("W".repeat(32))).seoTitleWidth();
        assertEquals(3, tooWide.score());
        assertEquals("The SEO title is 604 px wide in Arial 20 px and has 32 characters; aim for 400 to 600 px and at "
                + "most 60 characters.", tooWide.message());
        // 60 "i" (222/1000 em) are only 266.4 px: too narrow to fill a result line, but not wrong.
        assertEquals(6, of(ProducedBuilder.paragraph("x").seoTitle("i".repeat(60))).seoTitleWidth().score());
        // 61 characters are too many whatever their width (sites that cut by count would cut it).
        assertEquals(3, of(ProducedBuilder.paragraph("x").seoTitle("i".repeat(61))).seoTitleWidth().score());
    }

    @Test
    void wantsAMetaDescriptionOf120To156Characters() {
        assertEquals(157, META_157.length());
        Assessment tooLong = of(ProducedBuilder.paragraph("x").metaDescription(META_157)).metaDescriptionLength();
        assertEquals(6, tooLong.score());
        assertEquals("The meta description has 157 characters; aim for 120 to 156.", tooLong.message());
        assertEquals(9, of(ProducedBuilder.paragraph("x").metaDescription(META_157.substring(0, 156)))
                .metaDescriptionLength().score());
        assertEquals(9, of(ProducedBuilder.paragraph("x").metaDescription("x".repeat(120))).metaDescriptionLength().score());
        assertEquals(6, of(ProducedBuilder.paragraph("x").metaDescription("x".repeat(119))).metaDescriptionLength().score());
        assertEquals(1, of(ProducedBuilder.paragraph("x").metaDescription("")).metaDescriptionLength().score());
    }

    @Test
    void wantsExactlyOneH1() {
        assertEquals(9, of(ProducedBuilder.paragraph("x").page(1, 0)).singleH1().score());
        Assessment two = of(ProducedBuilder.paragraph("x").page(2, 0)).singleH1();
        assertEquals(3, two.score());
        assertEquals("h1 headings on the page: 2; exactly one, the title, is expected.", two.message());
    }

    @Test
    void wantsAnOutboundLinkAndRatesNofollowedOnesOkAsYoastDoes() {
        // Every outbound link the renderer writes is nofollow: they pass on no ranking signal, so ok, not good.
        assertEquals(6, of(ProducedBuilder.paragraph("x").page(1, 1)).outboundLinks().score());
        assertEquals(3, of(ProducedBuilder.paragraph("x").page(1, 0)).outboundLinks().score());
    }

    @Test
    void wantsImagesWithAltTextsAndTheKeyphraseInOne() {
        assertEquals(3, of(ProducedBuilder.paragraph("x")).imageAltText().score(), "no image");
        Assessment named = of(ProducedBuilder.paragraph("x").images(image(1, "Une piste cyclable à Lyon"),
                image(2, "Le maire"))).imageAltText();
        assertEquals(9, named.score());
        assertEquals("2 of 2 images have an alt text, 1 of them with the keyphrase.", named.message());
        assertEquals(6, of(ProducedBuilder.paragraph("x").images(image(1, "Le maire"))).imageAltText().score());
        assertEquals(3, of(ProducedBuilder.paragraph("x").images(image(1, "Pistes cyclables"), image(2, " ")))
                .imageAltText().score(), "an image without alt text");
    }

    @Test
    void wantsTheKeyphraseIn30To75PercentOfAltTextsFromFiveImages() {
        ArticleImage naming = image(0, "Pistes cyclables");
        assertEquals(6, of(ProducedBuilder.paragraph("x").images(naming, image(2, "a"), image(3, "b"), image(4, "c"),
                image(5, "d"))).imageAltText().score(), "1 of 5 is 20 %");
        assertEquals(9, of(ProducedBuilder.paragraph("x").images(naming, naming, image(3, "b"), image(4, "c"),
                image(5, "d"))).imageAltText().score(), "2 of 5 is 40 %");
        assertEquals(6, of(ProducedBuilder.paragraph("x").images(naming, naming, naming, naming, naming))
                .imageAltText().score(), "5 of 5 is over-optimised");
    }
}
