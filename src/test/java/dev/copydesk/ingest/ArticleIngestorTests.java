package dev.copydesk.ingest;

import dev.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIngestorTests {

    private final ArticleIngestor ingestor = Samples.ingestor();

    private String reasonFor(String json) {
        return assertThrows(RejectedInputException.class,
                () -> ingestor.ingest(json.getBytes(StandardCharsets.UTF_8))).reasonCode();
    }

    @Test
    void rejectsMalformedJson() {
        assertEquals("malformed-json", reasonFor("{\"id\": \"a\", \"body\": "));
    }

    @Test
    void rejectsAJsonValueThatIsNotAnObject() {
        assertEquals("malformed-json", reasonFor("[1, 2]"));
    }

    @Test
    void rejectsAMissingBody() {
        assertEquals("missing-field:body", reasonFor("{\"id\": \"a\", \"title\": \"t\"}"));
    }

    @Test
    void rejectsAMissingId() {
        assertEquals("missing-field:id", reasonFor("{\"body\": \"Un texte.\"}"));
    }

    @Test
    void rejectsAnUnsupportedLocale() {
        assertEquals("unsupported-locale",
                reasonFor("{\"id\": \"a\", \"body\": \"Un texte.\", \"brief\": {\"targetLocales\": [\"xx-YY\"]}}"));
    }

    @Test
    void rejectsAnUnknownFormatNamingTheField() {
        assertEquals("invalid-field:format", reasonFor("{\"id\": \"a\", \"body\": \"x\", \"format\": \"rtf\"}"));
    }

    @Test
    void rejectsAWrongTypeNamingTheField() {
        assertEquals("invalid-field:brief.minWords",
                reasonFor("{\"id\": \"a\", \"body\": \"x\", \"brief\": {\"minWords\": \"lots\"}}"));
    }

    @Test
    void fillsTheBriefFromDefaults() {
        NormalizedArticle article = ingestor.ingest(
                "{\"id\": \"a\", \"language\": \"fr\", \"body\": \"Un texte.\", \"brief\": {\"minWords\": 300}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("fr-FR"), article.brief().targetLocales());
        assertEquals(300, article.brief().minWords());
        assertTrue(article.brief().subheadings());
    }

    @Test
    void detectsTheLanguageWhenAbsent() {
        NormalizedArticle article = ingestor.ingest(Samples.seedBytes());
        assertEquals("fr", article.sourceLanguage());
    }

    @Test
    void cleansTheSeedSample() {
        NormalizedArticle article = ingestor.ingest(Samples.seedBytes());
        assertEquals(2, article.highlights().size());
        assertEquals(2, article.strayCaptions().size());
        assertFalse(article.paragraphs().stream().anyMatch(p -> p.startsWith("Source link")));
        assertFalse(article.paragraphs().stream().anyMatch(p -> p.contains("(photo")));
        assertTrue(article.paragraphs().stream().anyMatch(p -> p.contains("« grand partenariat eurasien »")));
        assertEquals(1, article.workItems().size());
        assertEquals("fr-FR", article.workItems().get(0).locale());
    }

    @Test
    void readsHtmlBodiesAsParagraphs() {
        NormalizedArticle article = ingestor.ingest(("{\"id\": \"a\", \"language\": \"fr\", \"format\": \"html\", "
                + "\"body\": \"<p>Un <b>premier</b> paragraphe.</p><script>alert(1)</script><p>Le second.</p>\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Un premier paragraphe.", "Le second."), article.paragraphs());
    }

    @Test
    void canonicalisesLocaleTags() {
        NormalizedArticle article = ingestor.ingest(("{\"id\": \"a\", \"language\": \"fr\", \"body\": \"x\", "
                + "\"brief\": {\"targetLocales\": [\"fr_fr\", \"en-us\"]}}").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("fr-FR", "en-US"), article.brief().targetLocales());
    }

    @Test
    void rejectsEmptyNullAndNonObjectValuesAsMalformedJson() {
        assertEquals("malformed-json", assertThrows(RejectedInputException.class,
                () -> ingestor.ingest(null)).reasonCode());
        assertEquals("malformed-json", assertThrows(RejectedInputException.class,
                () -> ingestor.ingest(new byte[0])).reasonCode());
        assertEquals("malformed-json", reasonFor("null"));
        assertEquals("malformed-json", reasonFor("   "));
        assertEquals("malformed-json", reasonFor("\u0000\u0001garbage"));
    }

    @Test
    void rejectsAnIdLongerThanTheLimit() {
        assertEquals("id-too-long", reasonFor("{\"id\": \"" + "x".repeat(201) + "\", \"body\": \"Un texte.\"}"));
    }

    @Test
    void rejectsABodyLongerThanTheLimit() {
        assertEquals("body-too-large", reasonFor("{\"id\": \"a\", \"body\": \"" + "x".repeat(200_001) + "\"}"));
    }

    /**
     * The body is only markup (it would be empty-body once cleaned) and its language unknown: the limit wins, which
     * shows that it is checked before cleaning and detection.
     */
    @Test
    void rejectsTooManyTargetLocalesBeforeCleaningOrDetection() {
        String locales = String.join(", ", Collections.nCopies(11, "\"fr-FR\""));
        RejectedInputException rejected = assertThrows(RejectedInputException.class, () -> ingestor.ingest(
                ("{\"id\": \"a\", \"format\": \"html\", \"body\": \"<p></p>\", \"brief\": {\"targetLocales\": ["
                        + locales + "]}}").getBytes(StandardCharsets.UTF_8)));
        assertEquals("too-many-target-locales", rejected.reasonCode());
        assertTrue(rejected.getMessage().contains("11") && rejected.getMessage().contains("max-target-locales"),
                rejected.getMessage());
    }

    @Test
    void acceptsExactlyTheLimitOfTargetLocales() {
        String locales = String.join(", ", Collections.nCopies(10, "\"fr-FR\""));
        NormalizedArticle article = ingestor.ingest(("{\"id\": \"a\", \"language\": \"fr\", \"body\": \"x\", "
                + "\"brief\": {\"targetLocales\": [" + locales + "]}}").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("fr-FR"), article.brief().targetLocales(), "duplicates dropped after the count");
    }

    @Test
    void rejectsTooManyImagesAndHighlights() {
        String images = String.join(", ", Collections.nCopies(51, "{\"url\": \"https://e.org/i.jpg\"}"));
        assertEquals("too-many-images",
                reasonFor("{\"id\": \"a\", \"body\": \"x\", \"images\": [" + images + "]}"));
        String highlights = String.join(", ", Collections.nCopies(51, "\"point\""));
        assertEquals("too-many-highlights",
                reasonFor("{\"id\": \"a\", \"body\": \"x\", \"highlights\": [" + highlights + "]}"));
    }

    @Test
    void rejectsALongFieldNamingItWithoutIndexInTheCodeAndWithItInTheMessage() {
        RejectedInputException rejected = assertThrows(RejectedInputException.class, () -> ingestor.ingest(
                ("{\"id\": \"a\", \"body\": \"x\", \"images\": [{\"url\": \"https://e.org/1.jpg\"}, "
                        + "{\"url\": \"https://e.org/2.jpg\", \"caption\": \"" + "c".repeat(2001) + "\"}]}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("field-too-long:images.caption", rejected.reasonCode());
        assertTrue(rejected.getMessage().startsWith("images[1].caption has 2001 characters"), rejected.getMessage());
        assertEquals("field-too-long:title",
                reasonFor("{\"id\": \"a\", \"body\": \"x\", \"title\": \"" + "t".repeat(2001) + "\"}"));
        assertEquals("field-too-long:brief.tone", reasonFor("{\"id\": \"a\", \"body\": \"x\", "
                + "\"brief\": {\"tone\": \"" + "t".repeat(2001) + "\"}}"));
    }
}
