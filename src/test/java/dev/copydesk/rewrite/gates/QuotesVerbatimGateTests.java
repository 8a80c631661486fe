package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesVerbatimGateTests {

    private final QuotesVerbatimGate gate = new QuotesVerbatimGate();

    private static final WorkItem FRENCH = GateFixtures.source("fr", "fr-FR", "Sommet à Moscou",
            "Les commandants pensent avoir atteint un «point culminant» dans la bataille.",
            "Poutine a évoqué un « grand partenariat eurasien » avec la Chine.");

    @Test
    void passesWhenEveryGuillemetQuoteIsKeptWithNonBreakingSpaces() {
        GateResult result = gate.check(GateFixtures.output(FRENCH, "Poutine courtise Pékin",
                "Selon l’état-major, l’offensive a atteint un «\u00A0point culminant\u00A0».",
                "Le président russe vante un «\u202Fgrand partenariat eurasien\u202F»."));
        assertTrue(result.passed(), result.message());
        assertEquals("quotes-verbatim", result.code());
    }

    @Test
    void failsWhenAQuoteIsReworded() {
        GateResult result = gate.check(GateFixtures.seedAndStubWith("grand partenariat eurasien",
                "vaste partenariat eurasien"));
        assertFalse(result.passed());
        assertEquals("the quotation « grand partenariat eurasien » from the source is missing or altered; "
                + "quote it word for word", result.message());
    }

    @Test
    void failsWhenAQuoteIsCutShortAndListsEveryMissingOne() {
        GateResult result = gate.check(GateFixtures.output(FRENCH, "Poutine courtise Pékin",
                "L’offensive a atteint un « point » critique.",
                "Poutine parle d’un partenariat avec la Chine."));
        assertFalse(result.passed());
        assertTrue(result.message().contains("« point culminant »"), result.message());
        assertTrue(result.message().contains("« grand partenariat eurasien »"), result.message());
        assertTrue(result.message().contains("quote each of them word for word"), result.message());
    }

    @Test
    void matchesASingleWordQuoteAsAWholeWord() {
        WorkItem source = GateFixtures.source("fr", "fr-FR", "Xi se dit neutre",
                "Le président Xi a déclaré que la Chine était « impartiale » sur le conflit.");
        assertFalse(gate.check(GateFixtures.output(source, "Xi reste prudent",
                "La Chine se veut « impartialement » neutre.")).passed());
        assertTrue(gate.check(GateFixtures.output(source, "Xi reste prudent",
                "Pékin se dit « impartiale » dans ce conflit.")).passed());
    }

    @Test
    void forgivesQuoteStyleApostrophesAndTheFinalFullStop() {
        WorkItem source = GateFixtures.source("en", "en-GB", "Talks in Moscow",
                "He said: “We won’t back down on this point.” Officials agreed.",
                "She called it \"a turning point\" for the region.");
        GateResult result = gate.check(GateFixtures.output(source, "Moscow talks",
                "\"We won't back down on this point\", he said.",
                "It was ‘a turning point’ for the region, she said."));
        assertTrue(result.passed(), result.message());
    }

    @Test
    void doesNotForgiveAChangedWordInsideAQuote() {
        WorkItem source = GateFixtures.source("en", "en-GB", "Talks in Moscow",
                "He said: “We won’t back down on this point.”");
        assertFalse(gate.check(GateFixtures.output(source, "Moscow talks",
                "“We will not back down on this point,” he said.")).passed());
    }

    @Test
    void shortensLongQuotesInTheMessage() {
        GateResult result = gate.check(GateFixtures.seedAndStubWith("Je suis convaincu", "Je suis certain"));
        assertFalse(result.passed());
        assertTrue(result.message().startsWith("the quotation « Je suis convaincu que ces accords"), result.message());
        assertTrue(result.message().contains("… »"), result.message());
        assertTrue(result.message().length() < 200, result.message());
    }

    @Test
    void countsTranslatedQuotesBySimilarLength() {
        WorkItem source = GateFixtures.source("fr", "en-GB", "Sommet à Moscou",
                "Poutine a évoqué un « grand partenariat eurasien » avec la Chine.",
                "Xi a déclaré que la Chine était « impartiale ».");
        GateResult kept = gate.check(GateFixtures.output(source, "Putin courts Beijing",
                "Putin spoke of a “great Eurasian partnership” with China.",
                "Xi said China was “impartial”."));
        assertTrue(kept.passed(), kept.message());

        GateResult dropped = gate.check(GateFixtures.output(source, "Putin courts Beijing",
                "Putin spoke of a great Eurasian partnership with China.",
                "Xi said China was “impartial”."));
        assertFalse(dropped.passed());
        assertTrue(dropped.message().startsWith("the quotation « grand partenariat eurasien » from the source has "
                + "no translated counterpart"), dropped.message());
    }

    @Test
    void doesNotCountATranslatedQuoteOfVeryDifferentLength() {
        WorkItem source = GateFixtures.source("fr", "en-GB", "Sommet",
                "Il a déclaré : « Je suis convaincu que ces accords constitueront la base de notre croissance ».");
        GateResult result = gate.check(GateFixtures.output(source, "Summit",
                "He said he was “convinced”, adding that the deals would underpin growth."));
        assertFalse(result.passed(), result.message());
    }

    @Test
    void passesWhenTheSourceHasNoQuotations() {
        WorkItem source = GateFixtures.source("fr", "fr-FR", "Sommet", "Poutine a rencontré Xi à Moscou.");
        GateResult result = gate.check(GateFixtures.output(source, "Sommet", "Xi et Poutine se sont vus."));
        assertTrue(result.passed());
        assertEquals("the source has no quotations", result.message());
    }
}
