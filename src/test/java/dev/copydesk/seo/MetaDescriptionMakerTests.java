package dev.copydesk.seo;

import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.seo.make.MetaDescriptionMaker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaDescriptionMakerTests {

    private static final String CUT_AT_147 = "Un plan de cent vingt millions d'euros pour tripler la longueur des pistes "
            + "cyclables de la métropole de Lyon d'ici la fin de la décennie a été voté";
    private static final String SENTENCE_157 = CUT_AT_147 + " ce jeudi.";
    private static final String ABOUT_PLAN = "Lyon a voté jeudi un plan de 120 millions d'euros pour tripler ses pistes "
            + "cyclables d'ici 2030, malgré l'inquiétude des commerçants du centre";
    private static final String SUGGESTION_156 = ABOUT_PLAN + " de la commune.";
    private static final String SUGGESTION_157 = ABOUT_PLAN + " de cette ville.";

    private final MetaDescriptionMaker maker = new MetaDescriptionMaker();

    @Test
    void staysBetween120And156CharsAndEndsOnAWholeWord() {
        assertEquals(157, SENTENCE_157.length());
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst(SENTENCE_157).text());

        String description = maker.make(text, null, "pistes cyclables");

        // The last space within 156 characters is before "jeudi."; "ce" then dangles.
        assertEquals(CUT_AT_147, description);
        assertEquals(147, description.length());
        assertTrue(MetaDescriptionMaker.hasRightLength(description));
    }

    @Test
    void carriesNoMarkupFromTheArticleTextOrTheSuggestion() {
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder()
                .standfirst("<img src=x onerror=alert(1)> " + SUGGESTION_156).text());

        assertEquals(SUGGESTION_156, maker.make(text, null, "vélo"));
        assertEquals(SUGGESTION_156, maker.make(text, "<b>" + SUGGESTION_156 + "</b>", "vélo"));
        assertEquals(SUGGESTION_156, maker.make(text, "&lt;b&gt;" + SUGGESTION_156 + "&lt;/b&gt;", "vélo"),
                "markup written as references goes too");
    }

    @Test
    void keepsAStandfirstOfExactly156Chars() {
        assertEquals(156, SUGGESTION_156.length());
        assertEquals(SUGGESTION_156, maker.make(TextAnalysis.of(new ArticleBuilder().standfirst(SUGGESTION_156).text()), null, "vélo"));
    }

    @Test
    void usesASuggestionOf156CharsButNotOf157() {
        assertEquals(157, SUGGESTION_157.length());
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst(SENTENCE_157).text());

        assertEquals(SUGGESTION_156, maker.make(text, SUGGESTION_156, "pistes cyclables"));
        assertEquals(CUT_AT_147, maker.make(text, SUGGESTION_157, "pistes cyclables"));
    }

    @Test
    void passesOverASuggestionThatLacksTheKeyphrase() {
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst(SUGGESTION_156).text());
        String withoutKeyphrase = "x".repeat(130);

        assertEquals(SUGGESTION_156, maker.make(text, withoutKeyphrase, "pistes cyclables"));
        assertEquals(withoutKeyphrase, maker.make(text, withoutKeyphrase, "tramway"));
    }

    @Test
    void addsFollowingSentencesUntilTheMinimumIsReached() {
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder()
                .standfirst("Le vélo gagne du terrain à Lyon.")
                .section(null, "La métropole a adopté jeudi un plan de 120 millions d'euros. Il prévoit de tripler "
                        + "la longueur des pistes cyclables d'ici 2030. Les commerçants redoutent des travaux.")
                .text());

        // 32 + 1 + 60 = 93 characters is too short; the third sentence makes 160, cut before "2030." and the
        // dangling "d'ici".
        assertEquals("Le vélo gagne du terrain à Lyon. La métropole a adopté jeudi un plan de 120 millions d'euros. "
                + "Il prévoit de tripler la longueur des pistes cyclables", maker.make(text, null, "pistes cyclables"));
    }

    @Test
    void startsFromTheSentenceThatNamesTheKeyphraseWhenTheLeadDoesNot() {
        String namesKeyphrase = "Il prévoit de tripler la longueur des pistes cyclables d'ici 2030.";
        String next = "Les travaux commenceront à l'automne sur les grands axes de l'agglomération.";
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder()
                .standfirst("Les commerçants redoutent des années de travaux dans les quartiers centraux.")
                .section(null, "La métropole a adopté jeudi un plan de 120 millions d'euros. " + namesKeyphrase + " " + next)
                .text());

        assertEquals(namesKeyphrase + " " + next, maker.make(text, null, "pistes cyclables"));
    }

    @Test
    void returnsWhatExistsForATinyArticle() {
        assertEquals("Court.", maker.make(TextAnalysis.of(new ArticleBuilder().standfirst("Court.").text()), null, "court"));
    }

    @Test
    void theFixingPassKeepsADescriptionThatNamesTheKeyphrase() {
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst(SUGGESTION_156).text());
        assertEquals(SUGGESTION_156, maker.withKeyphrase(text, SUGGESTION_156, "pistes cyclables"));
    }

    @Test
    void theFixingPassStartsFromTheSentenceNamingTheKeyphraseWhenThatIsLongEnough() {
        String naming = "Les pistes cyclables de la métropole passeront de 600 à 1 800 kilomètres d'ici la fin de la "
                + "décennie, selon le plan voté jeudi soir par le conseil.";
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst("Lyon voit grand pour le vélo.").section(null, naming).text());

        assertEquals(naming, maker.withKeyphrase(text, "Lyon voit grand pour le vélo.", "pistes cyclables"));
    }

    @Test
    void theFixingPassOtherwisePutsTheKeyphraseBeforeTheLeadText() {
        TextAnalysis text = TextAnalysis.of(new ArticleBuilder().standfirst(SENTENCE_157).section(null, "Le vélo avance.").text());

        String fixed = maker.withKeyphrase(text, CUT_AT_147, "budget vélo");
        // "Budget vélo : " (14) + the standfirst cut to fit 156 characters on a whole word.
        assertEquals("Budget vélo : Un plan de cent vingt millions d'euros pour tripler la longueur des pistes "
                + "cyclables de la métropole de Lyon d'ici la fin de la décennie", fixed);
        assertTrue(fixed.length() <= MetaDescriptionMaker.MAX_CHARS);
    }
}
