package dev.copydesk.seo;

import dev.copydesk.seo.make.ImageAltTexts;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.language.Language;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageAltTextsTests {

    private static final Language FRENCH = Language.of("fr");
    private static final String TITLE = "Lyon va tripler son réseau de pistes cyclables";
    private static final String URL = "https://img.example.org/a.jpg";

    private static String altOf(ArticleImage image) {
        return ImageAltTexts.complete(List.of(image), TITLE, "fr").get(0).alt();
    }

    @Test
    void keepsAnExistingAltText() {
        assertEquals("Une piste cyclable", altOf(new ArticleImage(URL, "Légende", null, " Une piste cyclable ")));
    }

    @Test
    void fallsBackToTheCaptionShortenedTo125CharsOnAWordBoundary() {
        String caption = "Une piste cyclable bidirectionnelle sur les quais du Rhône, à Lyon, un matin de semaine, "
                + "quelques minutes avant l'heure de pointe."; // 130 characters; character 125 falls in "pointe"
        assertEquals("Une piste cyclable bidirectionnelle sur les quais du Rhône, à Lyon, un matin de semaine, "
                + "quelques minutes avant l'heure", altOf(new ArticleImage(URL, caption, "AFP", "  ")));
    }

    @Test
    void fallsBackToTheTitleWithoutCaption() {
        assertEquals(TITLE, altOf(new ArticleImage(URL, null, "AFP", null)));
    }

    @Test
    void dropsImagesWithoutUrlAndKeepsTheRestInOrder() {
        List<ArticleImage> images = ImageAltTexts.complete(Arrays.asList(
                new ArticleImage(" ", "Sans adresse", null, null),
                new ArticleImage(URL + " ", null, "AFP", "Premier"),
                null,
                new ArticleImage("https://img.example.org/b.jpg", null, null, "Second")), TITLE, "fr");

        assertEquals(List.of(new ArticleImage(URL, null, "AFP", "Premier"),
                new ArticleImage("https://img.example.org/b.jpg", null, null, "Second")), images);
    }

    @Test
    void theFixingPassPutsTheKeyphraseInTheLeadImagesGeneratedAltText() {
        List<ArticleImage> source = List.of(new ArticleImage(URL, "Le maire à vélo", null, null),
                new ArticleImage("https://img.example.org/b.jpg", null, null, null));
        List<ArticleImage> completed = ImageAltTexts.complete(source, TITLE, "fr");

        List<ArticleImage> fixed = ImageAltTexts.withKeyphrase(completed, source, TITLE, "budget vélo", FRENCH);

        assertEquals("Budget vélo : Le maire à vélo", fixed.get(0).alt());
        assertEquals(completed.get(1), fixed.get(1));
    }

    @Test
    void theFixingPassLeavesAltTextsAloneWhenOneNamesTheKeyphrase() {
        List<ArticleImage> source = List.of(new ArticleImage(URL, "Le maire", null, null),
                new ArticleImage("https://img.example.org/b.jpg", "Une piste cyclable", null, null));
        List<ArticleImage> completed = ImageAltTexts.complete(source, TITLE, "fr");

        assertEquals(completed, ImageAltTexts.withKeyphrase(completed, source, TITLE, "pistes cyclables", FRENCH));
    }
}
