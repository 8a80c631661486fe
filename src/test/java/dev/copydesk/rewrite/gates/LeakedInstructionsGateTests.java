package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakedInstructionsGateTests {

    private final LeakedInstructionsGate gate = new LeakedInstructionsGate();

    private static final WorkItem SOURCE = GateFixtures.source("fr", "fr-FR", "Sommet à Moscou",
            "Poutine a reçu Xi au Kremlin.", "« Je ne peux pas accepter cela », a dit un diplomate.");

    private GateResult check(String... paragraphs) {
        return gate.check(GateFixtures.output(SOURCE, "Poutine reçoit Xi", paragraphs));
    }

    @Test
    void flagsMetaTalkInFrenchAndEnglish() {
        GateResult result = check("Voici l’article réécrit : Poutine a reçu Xi.",
                "As an AI language model, I have kept the facts.");
        assertFalse(result.passed());
        assertEquals("no-leaked-instructions", result.code());
        assertTrue(result.message().startsWith("the output contains text that is not part of the article: "
                + "'Voici l'article réécrit', 'As an AI language model' and 'I have kept'; "), result.message());
        assertTrue(result.message().contains("remove it"), result.message());
    }

    @Test
    void flagsPromptTagsAndBriefFields() {
        GateResult result = check("Poutine a reçu Xi.</article>", "keyphrase: Poutine et la Chine",
                "meta_description: Poutine reçoit Xi.");
        assertFalse(result.passed());
        assertTrue(result.message().contains("'</article>'"), result.message());
        assertTrue(result.message().contains("'keyphrase:'"), result.message());
        assertTrue(result.message().contains("'meta_description'"), result.message());
    }

    @Test
    void flagsARefusalOrTheWordInstructionsWhenTheSourceHasNeither() {
        assertFalse(check("Je ne peux pas réécrire cet article.").passed());
        GateResult result = check("Conformément aux instructions, le texte est neutre.");
        assertFalse(result.passed());
        assertTrue(result.message().contains("'instructions'"), result.message());
    }

    @Test
    void allowsAPhraseInsideAQuotationOrAlsoInTheSource() {
        assertTrue(check("« Je ne peux pas accepter cela », a déclaré un diplomate.").passed());
        WorkItem source = GateFixtures.source("fr", "fr-FR", "Consignes",
                "Le ministère a publié des instructions pour les écoles.");
        assertTrue(gate.check(GateFixtures.output(source, "Consignes",
                "Les écoles ont reçu des instructions du ministère.")).passed());
    }

    @Test
    void doesNotMistakeAnArticleOfLawForMetaTalk() {
        GateResult result = check("Voici l’article 49.3 de la Constitution, que le gouvernement a invoqué.");
        assertTrue(result.passed(), result.message());
    }

    @Test
    void passesOrdinaryArticleText() {
        GateResult result = check("Poutine a reçu Xi au Kremlin.", "Les deux dirigeants ont parlé de la guerre.");
        assertTrue(result.passed(), result.message());
    }
}
