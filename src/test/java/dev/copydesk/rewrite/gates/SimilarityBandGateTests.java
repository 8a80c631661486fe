package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarityBandGateTests {

    private final SimilarityBandGate gate = new SimilarityBandGate();

    private static final String[] OTHER_STORY = {
            "Le peloton du Tour de France a traversé les Pyrénées sous une chaleur écrasante mardi.",
            "Le maillot jaune a conservé son avance après une étape de montagne disputée jusqu’au sommet.",
            "Les coureurs ont grimpé le col du Tourmalet devant des milliers de spectateurs enthousiastes.",
            "Un sprinteur belge a abandonné après une chute dans la descente, selon son équipe.",
            "L’étape de demain, plus courte, devrait favoriser les attaquants et les baroudeurs du peloton."};

    /** The seed's own paragraphs, as an output. */
    private static GateInput copyOfTheSeed(WorkItem item, String... extraParagraphs) {
        List<String> paragraphs = new ArrayList<>(GateFixtures.seedItem().article().paragraphs());
        paragraphs.addAll(List.of(extraParagraphs));
        return new GateInput(item, item.article().title(), paragraphs.get(0),
                List.of(new Section("Le front", paragraphs.subList(1, paragraphs.size()))));
    }

    @Test
    void flagsANearCopy() {
        GateResult result = gate.check(copyOfTheSeed(GateFixtures.seedItem()));
        assertFalse(result.passed());
        assertEquals("similarity-band", result.code());
        assertTrue(result.message().startsWith("the output is a near-copy of the source (100 %"), result.message());
        assertTrue(result.message().contains("rewrite it in your own words"), result.message());
    }

    @Test
    void flagsANearCopyPaddedWithNewText() {
        GateResult result = gate.check(copyOfTheSeed(GateFixtures.seedItem(), OTHER_STORY));
        assertFalse(result.passed(), result.message());
        assertTrue(result.message().startsWith("the output is a near-copy"), result.message());
    }

    @Test
    void flagsADifferentStory() {
        WorkItem seed = GateFixtures.seedItem();
        GateResult result = gate.check(GateFixtures.output(seed, "Le Tour de France dans les Pyrénées",
                OTHER_STORY));
        assertFalse(result.passed());
        assertTrue(result.message().startsWith("the output reads like a different story: it uses only "),
                result.message());
    }

    @Test
    void passesARealRewrite() {
        GateResult result = gate.check(GateFixtures.seedAndStub());
        assertTrue(result.passed(), result.message());
        assertTrue(result.message().startsWith("shingle similarity "), result.message());
    }

    @Test
    void leavesQuotationsOutOfTheNearCopyMeasure() {
        WorkItem source = GateFixtures.source("fr", "fr-FR", "Déclaration",
                "Il a déclaré : « Je suis convaincu que ces accords constitueront la base de la croissance et du "
                        + "développement futurs de nos pays et de notre peuple ». Les négociations ont duré tard.");
        GateResult result = gate.check(GateFixtures.output(source, "Accords",
                "Selon lui, « Je suis convaincu que ces accords constitueront la base de la croissance et du "
                        + "développement futurs de nos pays et de notre peuple ». Les pourparlers se sont "
                        + "prolongés dans la nuit, a-t-on appris de source diplomatique."));
        assertTrue(result.passed(), result.message());
    }

    @Test
    void flagsATranslationThatWasNotTranslated() {
        WorkItem english = GateFixtures.source("fr", "en-GB", GateFixtures.seedItem().article().title(),
                GateFixtures.seedItem().article().paragraphs().toArray(String[]::new));
        GateResult result = gate.check(copyOfTheSeed(english));
        assertFalse(result.passed());
        assertTrue(result.message().contains("it was not translated"), result.message());
    }

    @Test
    void doesNotAssessARealTranslation() {
        WorkItem english = GateFixtures.source("fr", "en-GB", "Poutine se tourne vers Pékin",
                "Poutine espère renforcer ses relations avec la Chine.");
        GateResult result = gate.check(GateFixtures.output(english, "Putin turns to Beijing",
                "Putin hopes to strengthen his relations with China."));
        assertTrue(result.passed());
        assertTrue(result.message().startsWith("not assessed for translations"), result.message());
    }
}
