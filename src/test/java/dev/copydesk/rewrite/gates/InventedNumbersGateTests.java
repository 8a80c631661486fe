package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventedNumbersGateTests {

    private final InventedNumbersGate gate = new InventedNumbersGate();

    private GateResult french(String source, String output) {
        WorkItem item = GateFixtures.source("fr", "fr-FR", "Titre", source);
        return gate.check(GateFixtures.output(item, "Titre", output));
    }

    @Test
    void toleratesThousandsSeparatorsAndDecimalCommas() {
        GateResult result = french(
                "L’armée a envoyé 1 000 soldats, 12\u202F500 obus et 3,5 milliards d’euros ; 1,000 tonnes.",
                "Au total, 1000 soldats et 12 500 obus, pour 3.5 milliards ; 1\u00A0000 tonnes, soit 1,000 t.");
        assertTrue(result.passed(), result.message());
        assertEquals("no-invented-numbers", result.code());
    }

    @Test
    void flagsAYearTheSourceLacks() {
        GateResult result = french("Les troupes sont entrées dans la ville en 2023.",
                "Entrées dans la ville en 2023, les troupes y étaient déjà en 2022.");
        assertFalse(result.passed());
        assertEquals("the number 2022 appears in the output but not in the source; remove it or use only figures "
                + "from the source", result.message());
    }

    @Test
    void flagsANumberWordTheSourceLacks() {
        GateResult result = french("Des soldats ont été blessés près de Bakhmut.",
                "Trois soldats ont été blessés près de Bakhmut, et 57 autres évacués.");
        assertFalse(result.passed());
        assertEquals("the numbers Trois and 57 appear in the output but not in the source; remove them or use "
                + "only figures from the source", result.message());
    }

    @Test
    void acceptsANumberWordForDigitsOfTheSourceAndTheReverse() {
        assertTrue(french("3 soldats et dix-sept civils.", "trois soldats et 17 civils.").passed());
        assertTrue(french("vingt-deux chars", "22 chars").passed());
        assertTrue(french("quatre-vingt-dix jours", "90 jours").passed());
    }

    @Test
    void ignoresUnAndUne() {
        assertTrue(french("Des soldats sont arrivés.", "Un soldat et une femme sont arrivés.").passed());
        WorkItem english = GateFixtures.source("en", "en-GB", "Title", "Soldiers arrived.");
        assertTrue(gate.check(GateFixtures.output(english, "Title", "One soldier and a woman arrived.")).passed());
        assertFalse(gate.check(GateFixtures.output(english, "Title", "Two soldiers arrived.")).passed());
    }

    @Test
    void readsOrdinalsAndPercentagesByValue() {
        assertTrue(french("Le 1er mars, la hausse était de 12 % ; c’est le 2e record.",
                "La hausse de 12\u00A0% du 1er mars est le 2e record.").passed());
        assertFalse(french("Le 1er mars, la hausse était de 12 %.", "La hausse de 13 % du 1er mars.").passed());
    }

    @Test
    void doesNotTakeNeufTheAdjectiveForNine() {
        assertTrue(french("Un bâtiment a été inauguré.", "Un bâtiment neuf a été inauguré.").passed());
        assertFalse(french("Des membres ont voté.", "Les neuf membres ont voté.").passed());
    }

    @Test
    void acceptsMillionsWrittenOutForTheSourceDigits() {
        assertTrue(french("2 000 000 de réfugiés ont fui.", "Deux millions de réfugiés ont fui.").passed());
        assertTrue(french("1 200 000 habitants", "plus d’un million d’habitants").passed());
        assertFalse(french("Des habitants ont fui.", "Des millions d’habitants ont fui.").passed());
    }

    @Test
    void doesNotTreatPourCentAsAHundred() {
        assertTrue(french("Une hausse de 5 %.", "Une hausse de 5 pour cent.").passed());
    }

    @Test
    void flagsANumberAddedToTheGoodRewrite() {
        GateInput input = GateFixtures.seedAndStubWith("des milliers de renforts", "4 500 renforts");
        GateResult result = gate.check(input);
        assertFalse(result.passed());
        assertTrue(result.message().contains("4 500"), result.message());
    }
}
