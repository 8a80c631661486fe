package dev.copydesk.rewrite.gates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotationsTests {

    private static List<String> texts(String paragraph) {
        return Quotations.in(paragraph).stream().map(Quotations.Quotation::text).toList();
    }

    @Test
    void findsEachKindOfQuotationInReadingOrder() {
        assertEquals(List.of("point culminant", "ne pas", "don’t stop", "Halt", "plain"),
                texts("Un «\u202Fpoint culminant\u202F», “ne pas”, ‘don’t stop’, „Halt“ et \"plain\"."));
    }

    @Test
    void anUnpairedMarkStartsNothing() {
        assertEquals(List.of("deux"), texts("« un « deux » trois"));
        assertEquals(List.of(), texts("l’homme d’État ‘sans fin"));
    }

    @Test
    void anUnclosedQuoteBeforeALongParagraphIsReadOnceWithoutOverflowingTheStack() {
        String paragraph = "Il a dit ‘" + "mot ".repeat(1500) + "et encore " + "«".repeat(100_000) + "fin";
        assertEquals(List.of(), texts(paragraph));
        assertEquals(List.of("x"), texts("\"".repeat(50_001) + "x\""));
    }
}
