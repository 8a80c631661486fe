package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.Paragraph;
import dev.copydesk.analysis.Sentence;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.language.Words;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.copydesk.seo.ProducedBuilder.filler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalysisTests {

    @Test
    void countsWordsAsTheRewriteGatesDo() {
        ArticleText text = FrenchCyclingArticle.builder().text();

        assertEquals(Words.count(text.countedBlocks()), TextAnalysis.of(text).wordCount());
    }

    @Test
    void measuresTheTextBeforeTheFirstSubheadingAndUnderEach() {
        TextAnalysis analysis = TextAnalysis.of(new ArticleBuilder().standfirst(filler(10)).section(null, filler(20))
                .section("Un", filler(30), filler(5)).section("Deux").section("Trois", filler(7)).text());

        assertEquals(List.of(30, 35, 0, 7), analysis.sectionWords());
        assertEquals(List.of(10, 20, 30, 5, 7), analysis.paragraphs().stream().map(Paragraph::words).toList());
        assertEquals(10, analysis.introduction().words());
    }

    @Test
    void hasNoStretchBeforeASubheadingThatOpensTheText() {
        TextAnalysis analysis = TextAnalysis.of(new ArticleBuilder().section("Un", filler(30)).text());

        assertEquals(List.of(30), analysis.sectionWords());
    }

    @Test
    void readsEachSentenceOnce() {
        TextAnalysis analysis = TextAnalysis.of(new ArticleBuilder()
                .section(null, "Cependant, le pont est construit. Le chat dort.").text());

        Sentence first = analysis.sentences().get(0);
        assertEquals(5, first.words());
        assertEquals("cependant", first.firstWord());
        assertTrue(first.passive());
        assertTrue(first.transition());
        Sentence second = analysis.sentences().get(1);
        assertFalse(second.passive() || second.transition());
        // le chat dort: one syllable each
        assertEquals(3, second.syllables());
    }
}
