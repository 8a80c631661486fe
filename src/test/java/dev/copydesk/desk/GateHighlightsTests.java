package dev.copydesk.desk;

import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateHighlightsTests {

    @Test
    void inventedNumbersAreMarkedInTheRewriteAsWholeNumbersOnly() {
        List<GateHighlights.Term> terms = GateHighlights.of(List.of(GateResult.fail("no-invented-numbers",
                "the numbers 987 and 3,5 appear in the output but not in the source; remove them or use only "
                        + "figures from the source")));
        assertEquals(List.of("987", "3,5"), terms.stream().map(GateHighlights.Term::text).toList());
        assertTrue(terms.stream().allMatch(term -> term.side() == GateHighlights.Side.REWRITE));

        List<GateHighlights.Segment> segments = GateHighlights.segments("Il y a 9870 chars, 987 blindés et 3,5 %.",
                terms);
        assertEquals(List.of("987", "3,5"), segments.stream().filter(GateHighlights.Segment::marked)
                .map(GateHighlights.Segment::text).toList());
        assertEquals("Il y a 9870 chars, 987 blindés et 3,5 %.", segments.stream().map(GateHighlights.Segment::text)
                .reduce("", String::concat), "the runs put together are the text");
    }

    @Test
    void missingNamesAndQuotationsAreMarkedInTheSource() {
        List<GateHighlights.Term> terms = GateHighlights.of(List.of(
                GateResult.fail("entities-kept", "the output leaves out names the source gives: Xi Jinping, Bakhmut "
                        + "and Zelensky; name these people, places and organisations as the source does (3 of 6)"),
                GateResult.fail("quotes-verbatim", "the quotation « point culminant » from the source is missing "
                        + "or altered; quote it word for word"),
                GateResult.pass("min-words", "812 words")));
        assertEquals(List.of("Xi Jinping", "Bakhmut", "Zelensky", "point culminant"),
                terms.stream().map(GateHighlights.Term::text).toList());
        assertTrue(terms.stream().allMatch(term -> term.side() == GateHighlights.Side.SOURCE));
        List<GateHighlights.Segment> marked = GateHighlights.segments(
                "Le président Xi Jinping parle ; à Bakhmut, un «point culminant».", terms).stream()
                .filter(GateHighlights.Segment::marked).toList();
        assertEquals(List.of("Xi Jinping", "Bakhmut", "point culminant"),
                marked.stream().map(GateHighlights.Segment::text).toList());
        assertEquals("entities-kept", marked.get(0).gate());
    }

    @Test
    void aGateWhoseMessageNamesNothingMarksNothing() {
        assertTrue(GateHighlights.of(List.of(GateResult.fail("min-words",
                "512 words, the brief asks for at least 700"))).isEmpty());
    }
}
