package dev.copydesk.rewrite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownArticleParserTests {

    private final MarkdownArticleParser parser = new MarkdownArticleParser();

    private static final String CONTRACT = """
            ---
            title: Poutine se tourne vers Pékin
            keyphrase: Poutine et la Chine
            meta_description: Une description.
            ---
            # Poutine se tourne vers Pékin

            Le chapeau de l'article.

            ## Le front

            Premier paragraphe.

            Deuxième paragraphe.

            ## La diplomatie

            Troisième paragraphe.
            """;

    @Test
    void readsFrontMatterTitleStandfirstAndSections() {
        ParsedArticle article = parser.parse(CONTRACT);
        assertEquals("Poutine se tourne vers Pékin", article.title());
        assertEquals("Le chapeau de l'article.", article.standfirst());
        assertEquals(2, article.sections().size());
        assertEquals("Le front", article.sections().get(0).heading());
        assertEquals(2, article.sections().get(0).paragraphs().size());
        assertEquals("Poutine et la Chine", article.hints().keyphrase());
        assertEquals("Une description.", article.hints().metaDescription());
    }

    @Test
    void toleratesCodeFencesAndChatterAroundTheArticle() {
        ParsedArticle article = parser.parse("Bien sûr ! Voici l'article :\n\n```markdown\n" + CONTRACT + "```\n");
        assertEquals("Poutine se tourne vers Pékin", article.title());
        assertEquals(2, article.sections().size());
        assertEquals("Poutine et la Chine", article.hints().keyphrase());
    }

    @Test
    void worksWithoutFrontMatter() {
        ParsedArticle article = parser.parse("# Titre\n\nChapeau.\n\n## Partie\n\nTexte.\n");
        assertEquals("Titre", article.title());
        assertNull(article.hints().keyphrase());
        assertEquals("Partie", article.sections().get(0).heading());
    }

    @Test
    void keepsTheArticleWhenTheFrontMatterIsBrokenYaml() {
        ParsedArticle article = parser.parse("---\ntitle: [unclosed\n---\n# Titre\n\nChapeau.\n");
        assertEquals("Titre", article.title());
        assertNull(article.hints().title());
    }

    @Test
    void rejectsAnAnswerWithoutAnyTitle() {
        assertThrows(UnparseableOutputException.class, () -> parser.parse("Juste du texte sans titre."));
    }

    @Test
    void rejectsAnAnswerWithoutText() {
        assertThrows(UnparseableOutputException.class, () -> parser.parse("# Titre seul\n"));
    }

    @Test
    void dropsRawHtmlBlocks() {
        ParsedArticle article = parser.parse("# Titre\n\nChapeau.\n\n<script>alert(1)</script>\n\n## A\n\nTexte.\n");
        assertEquals(1, article.sections().size());
        assertEquals("Texte.", article.sections().get(0).paragraphs().get(0));
    }

    @Test
    void dropsIndentedFenceLinesAndKeepsTheRest() {
        assertEquals("# T\n\nTexte.\n", MarkdownArticleParser.withoutFenceLines("  ```markdown\n# T\n\nTexte.\n\t~~~\n"));
    }

    @Test
    void readsAnAnswerPaddedWithAHundredThousandBlankLines() {
        ParsedArticle article = parser.parse("\n".repeat(100_000) + "```\n# Titre\n\n" + "\n".repeat(100_000)
                + "Un paragraphe.\n```");
        assertEquals("Titre", article.title());
        assertEquals("Un paragraphe.", article.standfirst());
    }

    @Test
    void readsAnAnswerFullOfAlmostClosedFrontMatter() {
        ParsedArticle article = parser.parse("---\ntitle: T\n" + "\n---   x".repeat(30_000) + "\n---\n# Titre\n\nTexte.");
        assertEquals("Titre", article.title());
        assertEquals("Texte.", article.standfirst());
    }

    @Test
    void refusesAnswersNestedDeeperThanAnyArticleInsteadOfOverflowingTheStack() {
        UnparseableOutputException quotes = assertThrows(UnparseableOutputException.class,
                () -> parser.parse("# Titre\n\n" + ">".repeat(50_000) + " texte"));
        assertTrue(quotes.getMessage().contains("levels deep"), quotes.getMessage());
        assertThrows(UnparseableOutputException.class,
                () -> parser.parse("# Titre\n\n" + "*".repeat(20_000) + "x" + "*".repeat(20_000)));
        assertThrows(UnparseableOutputException.class, () -> parser.parse("# Titre\n\n" + "- ".repeat(20_000) + "x"));
    }
}
