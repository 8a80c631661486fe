package dev.copydesk.ingest;

import dev.copydesk.model.BodyFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyTextTests {

    @Test
    void guessesHtmlFromABlockTagThatIsClosedSomewhereAfter() {
        assertEquals(BodyFormat.HTML, BodyText.guessFormat("Intro <p class=\"x\">texte</p>"));
        assertEquals(BodyFormat.HTML, BodyText.guessFormat("<br/>"));
        assertEquals(BodyFormat.TEXT, BodyText.guessFormat("a <pre> is not a sign, nor <link>"));
        assertEquals(BodyFormat.TEXT, BodyText.guessFormat("x > y and then <p never closed"));
    }

    @Test
    void guessesMarkdownFromAHeadingLineOfOneToSixHashes() {
        assertEquals(BodyFormat.MARKDOWN, BodyText.guessFormat("Intro\n## Une partie\ntexte"));
        assertEquals(BodyFormat.MARKDOWN, BodyText.guessFormat("# Titre"));
        assertEquals(BodyFormat.TEXT, BodyText.guessFormat("####### sept dièses"));
        assertEquals(BodyFormat.TEXT, BodyText.guessFormat("#hashtag\n# \nun # au milieu"));
    }

    @Test
    void readsTextOutsideHtmlBlocksInsteadOfDroppingIt() {
        assertEquals(List.of("Chapeau dans un div.", "Premier paragraphe.", "Après le bloc."),
                BodyText.paragraphs("<div>Chapeau dans un div.</div><p>Premier <b>paragraphe</b>.</p>Après le bloc.",
                        BodyFormat.HTML));
    }

    @Test
    void readsANestedHtmlBlockAsPartOfItsOutermostBlock() {
        assertEquals(List.of("Citation : Un paragraphe cité."),
                BodyText.paragraphs("<blockquote>Citation : <p>Un paragraphe cité.</p></blockquote>",
                        BodyFormat.HTML));
    }

    @Test
    void readsMarkdownListItemsAsBulletsAndKeepsLinkTextNotUrls() {
        assertEquals(List.of("Titre", "• Un point avec un lien", "• Second point sous-point", "Un paragraphe cité."),
                BodyText.paragraphs("# Titre\n\n- Un point avec [un lien](https://example.org)\n- Second point\n"
                        + "  - sous-point\n\n> Un paragraphe *cité*.\n\n```\ncode\n```\n", BodyFormat.MARKDOWN));
    }

    @Test
    void emphasisInsideAWordDoesNotSplitIt() {
        assertEquals(List.of("unmotcomposé"), BodyText.paragraphs("un*mot*composé", BodyFormat.MARKDOWN));
    }

    @Test
    void collapsesWhitespaceRunsAndNoBreakSpaces() {
        assertEquals(List.of("a b c"), BodyText.paragraphs("  a \u00a0\t b\u000B\fc  ", BodyFormat.TEXT));
    }
}
