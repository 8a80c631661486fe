package dev.copydesk.seo.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericRulesTests {

    private final LanguageRules spanish = LanguageRules.forLanguage("es");

    @Test
    void aLanguageWithoutItsOwnClassGetsTheGenericRules() {
        assertInstanceOf(GenericRules.class, spanish);
        assertInstanceOf(FrenchRules.class, LanguageRules.forLanguage("fr"));
        assertInstanceOf(EnglishRules.class, LanguageRules.forLanguage("en"));
        assertEquals("es", spanish.language());
    }

    @Test
    void keepsWhatTheSeoAssessmentsNeedAndClaimsNoStyleLists() {
        assertTrue(spanish.isStopWord("los"));
        assertEquals(spanish.key("Educación"), spanish.key("educacion"));
        assertEquals(List.of("El plan avanza.", "Sí."), spanish.sentences("El plan avanza. Sí."));
        assertFalse(spanish.analysesStyle());
        assertTrue(spanish.fleschReadingEase(10, 1.5).isEmpty());
        assertFalse(spanish.hasTransition(List.of("sin", "embargo")));
    }
}
