package dev.copydesk.seo;

import dev.copydesk.seo.render.HtmlRenderer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTests {

    private final HtmlRenderer renderer = new HtmlRenderer(Optional.of("https://news.example.com"));

    @Test
    void rendersMarkdown() {
        assertEquals("<h1>Titre</h1>\n<p>Un <strong>plan</strong> ambitieux.</p>\n",
                renderer.render("# Titre\n\nUn **plan** ambitieux.\n").html());
    }

    @Test
    void stripsScriptsAndEventHandlers() {
        String html = renderer.render("# Titre\n\nBonjour <script>alert(1)</script><b onclick=\"steal()\">gras</b>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n\n<style>p { color: red }</style>\n\n"
                + "<img src=\"https://img.example.org/a.jpg\" onerror=\"steal()\">\n").html();

        for (String banned : new String[] {"script", "alert", "onclick", "onerror", "steal", "iframe", "style"}) {
            assertFalse(html.contains(banned), banned + " left in " + html);
        }
        assertTrue(html.contains("<b>gras</b>"), html);
        assertTrue(html.contains("<img src=\"https://img.example.org/a.jpg\">"), html);
    }

    @Test
    void dropsJavascriptLinks() {
        String html = renderer.render("[clic](javascript:alert(1))").html();
        assertEquals("<p>clic</p>\n", html);
    }

    @Test
    void externalLinksGetNofollow() {
        Document page = Jsoup.parseBodyFragment(renderer.render(
                "[a](https://other.example.org/x) [b](https://news.example.com/fr-fr/y) [c](https://www.news.example.com/z)").html());

        assertEquals("nofollow noopener", page.select("a[href^=https://other]").attr("rel"));
        assertFalse(page.select("a[href^=https://news]").hasAttr("rel"));
        assertFalse(page.select("a[href^=https://www.news]").hasAttr("rel"));
    }

    @Test
    void countsTheOutboundLinksAndH1sOfTheCleanedPage() {
        HtmlRenderer.Page page = renderer.render("# Titre\n\n# Autre\n\n[a](https://other.example.org/x) "
                + "[b](https://news.example.com/y) [c](javascript:alert(1)) [d](mailto:x@example.org)\n");

        assertEquals(1, page.h1Count());
        assertEquals(1, page.outboundLinks());
    }

    @Test
    void everyLinkIsExternalWithoutASiteUrl() {
        String html = new HtmlRenderer(Optional.empty()).render("[b](https://news.example.com/y)").html();
        assertEquals("<p><a href=\"https://news.example.com/y\" rel=\"nofollow noopener\">b</a></p>\n", html);
    }

    @Test
    void keepsExactlyOneH1() {
        Document page = Jsoup.parseBodyFragment(renderer.render("# Titre\n\n# Autre\n\n<h1>brut</h1>\n").html());

        assertEquals(1, page.select("h1").size());
        assertEquals("Titre", page.select("h1").text());
        assertEquals(2, page.select("h2").size());
    }

    @Test
    void keepsTheTextOfRelativeLinksButNotTheLink() {
        assertEquals("<p>voir la suite</p>\n", renderer.render("[voir la suite](/fr-fr/suite)").html());
    }
}
