package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.seo.render.ArticleMarkdown;
import dev.copydesk.seo.render.HtmlRenderer;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleMarkdownTests {

    @Test
    void writesTitleStandfirstSectionsAndSpreadsImages() {
        ArticleText text = new ArticleBuilder().title("Titre").standfirst("Chapeau.")
                .section(null, "Intro.").section("Partie", "Un.", "Deux.").text();
        List<ArticleImage> images = List.of(
                new ArticleImage("https://img.example.org/1.jpg", "Légende", "AFP", "Alt un"),
                new ArticleImage("https://img.example.org/2.jpg", null, null, "Alt deux"),
                new ArticleImage("https://img.example.org/3.jpg", null, "Crédit", "Alt trois"),
                new ArticleImage("https://img.example.org/4 (b).jpg", null, null, "Alt [quatre]"));

        assertEquals("""
                # Titre

                Chapeau.

                ![Alt un](https://img.example.org/1.jpg)

                *Légende — AFP*

                Intro.

                ![Alt deux](https://img.example.org/2.jpg)

                ## Partie

                Un.

                Deux.

                ![Alt trois](https://img.example.org/3.jpg)

                *Crédit*

                ![Alt \\[quatre\\]](<https://img.example.org/4%20(b).jpg>)
                """, ArticleMarkdown.of(text, images, null));
    }

    @Test
    void putsTheLeadImageAfterTheTitleWhenThereIsNoStandfirst() {
        ArticleText text = new ArticleBuilder().title("Titre").section(null, "Intro.").text();
        List<ArticleImage> images = List.of(new ArticleImage("https://img.example.org/1.jpg", null, null, "Alt"));

        assertEquals("# Titre\n\n![Alt](https://img.example.org/1.jpg)\n\nIntro.\n", ArticleMarkdown.of(text, images, null));
    }

    @Test
    void anImageUrlWithSpacesAndParenthesesStaysWhole() {
        ArticleText text = new ArticleBuilder().title("Titre").text();
        List<ArticleImage> images = List.of(new ArticleImage("https://img.example.org/4 (b).jpg", null, null, "Alt"));

        Document page = Jsoup.parseBodyFragment(new HtmlRenderer(Optional.empty()).render(ArticleMarkdown.of(text, images, null)).html());

        assertEquals("https://img.example.org/4%20(b).jpg", page.select("img").attr("src"));
    }

    @Test
    void aParagraphCannotBecomeAHeadingAListAQuoteOrARule() {
        ArticleText text = new ArticleBuilder().title("Titre").section(null, "# pas un titre", "- pas une liste",
                "+ pas une liste", "1. pas une liste", "2) pas une liste", "> pas une citation", "---", "* * *",
                "```pas du code", "[ref]: https://example.org").text();

        String markdown = ArticleMarkdown.of(text, List.of(), null);
        Document page = Jsoup.parseBodyFragment(new HtmlRenderer(Optional.empty()).render(markdown).html());

        assertTrue(markdown.contains("\n\\# pas un titre\n"), markdown);
        assertTrue(markdown.contains("\n1\\. pas une liste\n"), markdown);
        assertEquals(1, page.select("h1").size());
        assertEquals(0, page.select("h2, ul, ol, blockquote, hr, pre, code").size(), page.body().html());
        assertEquals(List.of("# pas un titre", "- pas une liste", "+ pas une liste", "1. pas une liste",
                        "2) pas une liste", "> pas une citation", "---", "* * *", "```pas du code",
                        "[ref]: https://example.org"),
                page.select("p").eachText());
    }

    @Test
    void keepsTheModelsInlineMarkdown() {
        ArticleText text = new ArticleBuilder().title("Titre")
                .section(null, "Un **plan** [détaillé](https://example.org/plan) et *ambitieux*.").text();

        assertTrue(ArticleMarkdown.of(text, List.of(), null)
                .contains("\nUn **plan** [détaillé](https://example.org/plan) et *ambitieux*.\n"));
    }

    @Test
    void aParagraphWithLineBreaksStaysOneParagraph() {
        ArticleText text = new ArticleBuilder().title("Titre").section(null, "Première ligne\n- suite\n# encore").text();

        assertTrue(ArticleMarkdown.of(text, List.of(), null).endsWith("\n\nPremière ligne - suite # encore\n"));
    }

    @Test
    void headingsKeepTrailingHashes() {
        ArticleText text = new ArticleBuilder().title("Langage C #").section("Pourquoi C #", "Texte.").text();
        Document page = Jsoup.parseBodyFragment(new HtmlRenderer(Optional.empty()).render(ArticleMarkdown.of(text, List.of(), null)).html());

        assertEquals("Langage C #", page.select("h1").text());
        assertEquals("Pourquoi C #", page.select("h2").text());
    }

    @Test
    void citesTheSourceInTheLastParagraphAsAnOutboundLink() {
        ArticleText text = new ArticleBuilder().title("Titre").section(null, "Texte.").text();
        Source source = new Source("https://wire.example.org/a b", "Agence [Exemple]", null, null);

        String markdown = ArticleMarkdown.of(text, List.of(), source);
        Document page = Jsoup.parseBodyFragment(new HtmlRenderer(Optional.empty()).render(markdown).html());

        assertTrue(markdown.endsWith("\n\nSource : [Agence \\[Exemple\\]](https://wire.example.org/a%20b)\n"), markdown);
        assertEquals("Source : Agence [Exemple]", page.select("p").last().text());
        assertEquals("nofollow noopener", page.select("p").last().select("a").attr("rel"));
    }

    @Test
    void namesTheSourceByItsHostWithoutPublisherAndInTheArticlesLanguage() {
        ArticleText english = new ArticleBuilder().locale("en-GB").title("Title").section(null, "Text.").text();

        assertTrue(ArticleMarkdown.of(english, List.of(), new Source("https://wire.example.org/x", " ", null, null))
                .endsWith("\n\nSource: [wire.example.org](https://wire.example.org/x)\n"));
    }

    @Test
    void citesNoSourceWithoutAWebAddress() {
        ArticleText text = new ArticleBuilder().title("Titre").section(null, "Texte.").text();

        for (Source source : new Source[] {null, new Source(null, "AFP", null, null),
                new Source("ftp://wire.example.org/x", "AFP", null, null), new Source("/relative", "AFP", null, null)}) {
            assertEquals("# Titre\n\nTexte.\n", ArticleMarkdown.of(text, List.of(), source));
        }
    }

    @Test
    void theTreeGivesTheSameHtmlAsItsMarkdownReadBack() throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(Optional.of("https://news.example.com"));
        Source source = new Source("https://wire.example.org/a b", "Agence [Exemple]", null, null);
        List<ArticleImage> images = List.of(new ArticleImage("https://img.example.org/1.jpg", "Légende", "AFP", "Alt"),
                new ArticleImage("https://img.example.org/2 (b).jpg", null, null, "Alt [deux]"));
        List<ArticleText> texts = new java.util.ArrayList<>();
        texts.add(new ArticleBuilder().title("Langage C #").standfirst("« Citation », dit-il.")
                .section(null, "+ pas une liste", "1. pas non plus", "# ni un titre", "> ni une citation",
                        "Un **plan** [détaillé](https://example.org/plan) et *ambitieux* <b>brut</b> [x](javascript:y).",
                        "2025 : une année ; 3 * 4 = 12 _souligné_ `code`")
                .section("Pourquoi C #", "— Un tiret.", "[lien](https://other.example.org) en tête.").text());
        for (YoastCompareExport.Golden golden : YoastCompareExport.goldens()) {
            texts.add(ArticleText.of(golden.article(),
                    dev.copydesk.language.Language.of(golden.article().locale().substring(0, 2))));
        }
        for (ArticleText text : texts) {
            ArticleMarkdown.Written written = ArticleMarkdown.write(text, images, source);
            assertEquals(renderer.render(written.markdown()), renderer.render(written), written.markdown());
        }
    }
}
