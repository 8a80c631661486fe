package dev.copydesk.desk;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.ReviewRef;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeskStateTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String TOPIC = "articles.review";

    @Test
    void anArticleIsPendingUntilAFinalDecisionNamesItsLatestReviewRecord() {
        DeskState state = new DeskState();
        state.review(item("a", "fr-FR", 0, 10, NOW.minusSeconds(60), "min-words"));
        state.decision(decision("a", "fr-FR", 10, ReviewDecision.Action.EDITED));
        assertEquals(DeskState.Status.PENDING, state.entry("a:fr-FR").orElseThrow().status());
        assertEquals(ReviewDecision.Action.EDITED, state.entry("a:fr-FR").orElseThrow().draft().action());

        state.decision(decision("a", "fr-FR", 10, ReviewDecision.Action.APPROVED));
        assertEquals(DeskState.Status.APPROVED, state.entry("a:fr-FR").orElseThrow().status());
        assertEquals(ReviewDecision.Action.EDITED, state.entry("a:fr-FR").orElseThrow().draft().action(),
                "the edit is what the approval published");

        state.review(item("a", "fr-FR", 0, 25, NOW, "min-words"));
        DeskState.Entry again = state.entry("a:fr-FR").orElseThrow();
        assertEquals(DeskState.Status.PENDING, again.status(), "a newer review record waits again");
        assertEquals(2, again.history().size(), "the earlier decisions stay in the history");
    }

    @Test
    void aDecisionReadBeforeItsReviewRecordStillApplies() {
        DeskState state = new DeskState();
        state.decision(decision("b", "en-GB", 4, ReviewDecision.Action.REJECTED));
        state.review(item("b", "en-GB", 1, 4, NOW, "quotes-verbatim"));
        assertEquals(DeskState.Status.REJECTED, state.entry("b:en-GB").orElseThrow().status());
    }

    @Test
    void anOlderReviewRecordReadLateDoesNotReplaceANewerOne() {
        DeskState state = new DeskState();
        state.review(item("c", "fr-FR", 2, 30, NOW, "min-words"));
        state.review(item("c", "fr-FR", 2, 12, NOW.minusSeconds(600), "subheadings"));
        assertEquals(30, state.entry("c:fr-FR").orElseThrow().item().ref().offset());
    }

    @Test
    void theFirstFinalDecisionStandsWhenTwoEditorsRace() {
        DeskState state = new DeskState();
        state.review(item("d", "fr-FR", 0, 1, NOW, "min-words"));
        state.decision(decision("d", "fr-FR", 1, ReviewDecision.Action.REJECTED));
        state.decision(decision("d", "fr-FR", 1, ReviewDecision.Action.APPROVED));
        assertEquals(DeskState.Status.REJECTED, state.entry("d:fr-FR").orElseThrow().status());
    }

    @Test
    void theQueueListsPendingArticlesNewestFirstFilteredWithCountsOverTheWholeQueue() {
        DeskState state = new DeskState();
        state.review(item("old", "fr-FR", 0, 1, NOW.minus(Duration.ofDays(3)), "min-words", "entities-kept"));
        state.review(item("new", "fr-FR", 1, 1, NOW.minus(Duration.ofMinutes(5)), "no-invented-numbers"));
        state.review(item("mid", "en-GB", 2, 1, NOW.minus(Duration.ofHours(5)), "min-words"));
        state.review(item("done", "en-GB", 3, 1, NOW, "min-words"));
        state.decision(decision("done", "en-GB", 1, ReviewDecision.Action.APPROVED));

        DeskState.Queue all = state.queue(new DeskState.Filter(null, null, DeskState.Age.ANY), NOW, 10);
        assertEquals(List.of("new:fr-FR", "mid:en-GB", "old:fr-FR"), keys(all));
        assertEquals(3, all.pending());
        assertEquals(2, all.byLocale().get("fr-FR"));
        assertEquals(1, all.byLocale().get("en-GB"));
        assertEquals(2, all.byGate().get("min-words"));

        DeskState.Queue minWordsInFrench = state.queue(new DeskState.Filter("fr-FR", "min-words", DeskState.Age.ANY),
                NOW, 10);
        assertEquals(List.of("old:fr-FR"), keys(minWordsInFrench));
        assertEquals(1, minWordsInFrench.matching());
        assertEquals(3, minWordsInFrench.pending());

        assertEquals(List.of("old:fr-FR"), keys(state.queue(new DeskState.Filter(null, null, DeskState.Age.OVER_1D),
                NOW, 10)));
        assertEquals(List.of("new:fr-FR"), keys(state.queue(new DeskState.Filter(null, null,
                DeskState.Age.UNDER_1H), NOW, 10)));
        DeskState.Queue firstPage = state.queue(new DeskState.Filter(null, null, DeskState.Age.ANY), NOW, 2);
        assertEquals(List.of("new:fr-FR", "mid:en-GB"), keys(firstPage));
        assertEquals(3, firstPage.matching());
    }

    private static List<String> keys(DeskState.Queue queue) {
        return queue.entries().stream().map(entry -> entry.item().key()).toList();
    }

    private static DeskState.ReviewItem item(String id, String locale, int partition, long offset, Instant at,
                                             String... failed) {
        List<GateResult> gates = java.util.Arrays.stream(failed).map(code -> GateResult.fail(code, code)).toList();
        RewrittenArticle article = new RewrittenArticle(id, locale, "fr", "Title " + id, null,
                List.of(new Section(null, List.of("text"))), List.of(), ArticleStatus.NEEDS_REVIEW, gates, null, null,
                null, null);
        return new DeskState.ReviewItem(article.key(), article, new ReviewRef(TOPIC, partition, offset,
                at.toEpochMilli()));
    }

    private static ReviewDecision decision(String id, String locale, long offset, ReviewDecision.Action action) {
        // The partition of a key's review records: item() above uses the one the test gives; decisions name it.
        int partition = switch (id) {
            case "b" -> 1;
            case "c" -> 2;
            case "done" -> 3;
            default -> 0;
        };
        return new ReviewDecision("d-" + id + "-" + action, action, id, locale,
                new ReviewRef(TOPIC, partition, offset, NOW.toEpochMilli()), "editor", NOW, "why", null, null, null, null);
    }
}
