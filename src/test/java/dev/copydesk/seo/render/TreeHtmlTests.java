package dev.copydesk.seo.render;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.language.Language;
import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Section;
import dev.copydesk.model.Source;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML written straight from the article tree is the HTML of the safelist path (commonmark's renderer, then
 * jsoup's cleaner, on the Markdown read back) byte for byte, and hostile text cannot become markup through it.
 */
class TreeHtmlTests {

    private static final Set<String> TAGS = Set.of("h1", "h2", "p", "em", "strong", "code", "a", "img");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel");

    private final HtmlRenderer renderer = new HtmlRenderer(Optional.of("https://news.example.com"));
    private final List<ArticleImage> images = List.of(
            new ArticleImage("https://img.example.org/1.jpg?a=1&b=2", "Légende & \"guillemets\"", "AFP", "Alt <b>x</b>"),
            new ArticleImage("https://img.example.org/2.jpg", null, "Crédit", "Alt [deux] \u00a0»"));
    private final Source source = new Source("https://wire.example.org/story?id=7&x=8", "Agence [Exemple] & co", null,
            null);

    @Test
    void writesTheSafelistPathsHtmlForEveryGoldenArticle() throws Exception {
        List<ArticleText> texts = goldens();
        assertTrue(texts.size() > 30, "golden articles found: " + texts.size());
        for (ArticleText text : texts) {
            ArticleMarkdown.Written written = ArticleMarkdown.write(text, images, source);
            HtmlRenderer.Page straight = TreeHtml.page(written, url -> !url.startsWith("https://news.example.com"));
            assertNotNull(straight, "written straight: " + text.title());
            assertEquals(renderer.render(written.markdown()), renderer.render(written), written.markdown());
        }
    }

    @Test
    void hostileTextAndLinksCannotBecomeMarkup() {
        String[] hostile = {
            "<script>alert(1)</script> et <img src=x onerror=alert(1)> et <a href=\"javascript:x\">a</a>",
            "\"><script>alert(1)</script> ' onmouseover='alert(1)' &lt;script&gt; &amp;lt; &#60;b&#62; &quot;",
            "Un [lien](https://other.example.org/a?b=1&c=2 \"titre\\\" onmouseover=\\\"x <b>\") et *emph <i>x</i>*.",
            "[js](javascript:alert(1)) [data](data:text/html,<script>x</script>) [rel](/x) [mail](mailto:a@b.c)",
            "![img\" onerror=\"x](https://img.example.org/i.jpg \"t&t\\\"><script>\") `code </code><script>`",
            "[x](https://z.example.org/\"><script>) [y](https://a.org/x'onclick=y) <https://auto.example.org/p?q=1&r=2>",
            "**<b>fort</b>** __x__ ***w*** [a [b](https://b.org)](https://a.org) ![a ![b](https://b.org/b.png)](https://a.org/a.png)",
            "Entités &copy; &#169; &nbsp; \u00a0 &bogus; &#0; ok » « ’ 😀 \u202f ; fin",
        };
        for (String paragraph : hostile) {
            ArticleText text = new ArticleText(Language.of("fr"), "Titre " + paragraph, paragraph,
                    List.of(new Section("Inter " + paragraph, List.of(paragraph, paragraph))));
            List<ArticleImage> hostileImages = List.of(new ArticleImage("https://img.example.org/h.jpg",
                    paragraph, paragraph, paragraph));
            ArticleMarkdown.Written written = ArticleMarkdown.write(text, hostileImages, source);
            String html = renderer.render(written).html();

            assertNotNull(TreeHtml.page(written, url -> true), "written straight: " + paragraph);

            assertEquals(renderer.render(written.markdown()).html(), html, paragraph);
            assertFalse(html.toLowerCase().contains("<script"), html);
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                if (element.tagName().equals("body")) {
                    continue;
                }
                assertTrue(TAGS.contains(element.tagName()), element.tagName() + " in " + html);
                for (Attribute attribute : element.attributes()) {
                    assertTrue(ATTRIBUTES.contains(attribute.getKey()), attribute.getKey() + " in " + html);
                    if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                        assertTrue(attribute.getValue().startsWith("https://"), attribute + " in " + html);
                    }
                }
            }
        }
    }

    @Test
    void leavesToTheSafelistPathWhatItDoesNotWriteAsJsoupWould() {
        String[] unusual = {"Un contrôle \u0007 ici.", "Une demi-paire \ud800 ici.", "Un non-caractère \ufffe ici.",
            "Un [lien](<https://a.org/x y>) à espace.", "Un [lien](HTTPS://A.ORG/x) en capitales.",
            "Un [lien](https://a.org:99999/x) à port.", "Un ![code `x`](https://a.org/a.png) dans l'alt."};
        for (String paragraph : unusual) {
            ArticleText text = new ArticleText(Language.of("fr"), "Titre", "",
                    List.of(new Section(null, List.of(paragraph))));
            ArticleMarkdown.Written written = ArticleMarkdown.write(text, List.of(), null);

            assertNull(TreeHtml.page(written, url -> true), paragraph);
            assertEquals(renderer.render(written.markdown()), renderer.render(written), paragraph);
        }
    }

    @Test
    void callsPlainOnlyAbsoluteWebUrlsThatNeedNoQuoting() {
        for (String url : new String[] {"https://a.org", "http://a.org/", "https://www.a-b.org:8443/x/y?q=1&r=%20#f",
                "https://a.org/(x)/[y]/~z;p=1,2+3!*'@$"}) {
            assertTrue(TreeHtml.isPlainWebUrl(url), url);
        }
        for (String url : new String[] {"javascript:alert(1)", "https://", "https:///x", "//a.org/x", "/x",
                "ftp://a.org", "HTTPS://a.org", "https://a.org/x y", "https://a.org/\"x", "https://a.org/<x>",
                "https://a.org\\x", "https://user@a.org/", "https://a.org:/x", "https://a.org:123456/",
                "https://a.org/é", "https://.a.org", "https://a.org/{x}", "https://a.org/`x`", "https://a.org/|"}) {
            assertFalse(TreeHtml.isPlainWebUrl(url), url);
        }
    }

    /** The sample rewrites and every golden rewrite of the integrity corpus, as the SEO stage reads them. */
    private static List<ArticleText> goldens() throws IOException, URISyntaxException {
        List<ArticleText> texts = new ArrayList<>();
        texts.add(text(resource("/stub/rewrite-fr.md"), "fr"));
        texts.add(text(resource("/seo/rewrite-en.md"), "en"));
        Path good = Path.of(TreeHtmlTests.class.getResource("/integrity/good").toURI());
        try (Stream<Path> dirs = Files.list(good)) {
            for (Path dir : dirs.sorted().toList()) {
                texts.add(text(Files.readString(dir.resolve("rewrite.md")), dir.getFileName().toString().substring(0, 2)));
            }
        }
        return texts;
    }

    private static ArticleText text(String answer, String language) {
        ParsedArticle parsed = new MarkdownArticleParser().parse(answer);
        return new ArticleText(Language.of(language), parsed.title(),
                parsed.standfirst() == null ? "" : parsed.standfirst(), parsed.sections());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TreeHtmlTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
