package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupGateTests {

    private final MarkupGate gate = new MarkupGate();

    private static final WorkItem SOURCE = GateFixtures.source("fr", "fr-FR", "Titre", "Un paragraphe.");

    private GateResult check(String... paragraphs) {
        return gate.check(GateFixtures.output(SOURCE, "Titre", paragraphs));
    }

    @Test
    void flagsAScriptTag() {
        GateResult result = check("Le texte.", "Suite <script>alert(1)</script> du texte.");
        assertFalse(result.passed());
        assertEquals("no-markup", result.code());
        assertEquals("the output contains markup: <script> tag; write plain text only, with no HTML tags, scripts "
                + "or links", result.message());
    }

    @Test
    void flagsAnUnclosedImageTagWithAnEventHandler() {
        GateResult result = check("Le texte.", "Voir <img src=x onerror=alert(1)");
        assertFalse(result.passed());
        assertTrue(result.message().contains("<img> tag"), result.message());
        assertTrue(result.message().contains("'onerror=' attribute"), result.message());
    }

    @Test
    void flagsAJavascriptLinkAndAnHtmlComment() {
        GateResult link = check("Cliquez ici : javascript:alert(document.cookie)");
        assertFalse(link.passed());
        assertTrue(link.message().contains("'javascript:' link"), link.message());
        GateResult comment = check("Un texte <!-- caché --> ici.");
        assertFalse(comment.passed());
        assertTrue(comment.message().contains("HTML comment"), comment.message());
    }

    @Test
    void flagsMarkupInTheTitleToo() {
        assertFalse(gate.check(GateFixtures.output(SOURCE, "Titre <b>gras</b>", "Texte.")).passed());
    }

    @Test
    void passesPlainTextWithComparisonsAndArrows() {
        GateResult result = check("La hausse est < 5 % et 3<4, ce qui donne a < b.", "Paris -> Lyon, x <= y.");
        assertTrue(result.passed(), result.message());
    }
}
