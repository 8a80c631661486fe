package dev.copydesk.drills;

import dev.copydesk.kafka.DeadLetter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor's accounting rules, on hand-built output records: no broker. */
class AuditorTests {

    private static final Set<String> ALL_OUTPUTS = Set.copyOf(Auditor.OUTPUT_TOPICS);

    private final List<OutputRecord> outputs = new ArrayList<>();
    private final Map<String, Long> nextOffset = new HashMap<>();
    private long clock = 1_000_000;

    @Test
    void anInputPublishedOnceIsAccountedAsPublishedWithNothingElse() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(1, report.inputs());
        assertEquals(1, report.published());
        assertEquals(0, report.lost());
        assertEquals(0, report.duplicates());
        assertEquals(0, report.versionRegressions());
        assertTrue(report.passes());
    }

    @Test
    void anInputWithNoOutcomeIsLostAndFailsTheAudit() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        SentInput b = raw("b", 1, 11, "fr-FR");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a, b);

        assertEquals(1, report.lost());
        assertTrue(report.samples().stream().anyMatch(line -> line.startsWith("lost: b fr-FR")), report.samples()
                .toString());
        assertTrue(!report.passes());
    }

    @Test
    void eachLocaleOfAnInputIsAccountedSeparately() {
        SentInput a = raw("a", 0, 10, "fr-FR", "en-GB");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(2, report.inputs());
        assertEquals(1, report.published());
        assertEquals(1, report.lost());
    }

    @Test
    void aNeedsReviewArticleCountsAsReviewNotPublished() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        review(a, "fr-FR");
        publish(a, "fr-FR", "needs_review");

        AuditReport report = audit(a);

        assertEquals(1, report.review());
        assertEquals(0, report.published());
        assertEquals(0, report.duplicates(), "the review record is not a second publication");
    }

    @Test
    void aRecordRejectedBeforeFanOutAccountsForAllItsLocalesWithOneDeadLetter() {
        SentInput a = raw("a", 2, 7, "fr-FR", "en-GB", "de-DE");
        deadLetter(a.source(), null, "{}");

        AuditReport report = audit(a);

        assertEquals(3, report.deadLetter());
        assertEquals(0, report.lost());
        assertEquals(0, report.duplicates());
    }

    @Test
    void aDeadLetterOfOneLocaleLeavesTheOthersToAccountFor() {
        SentInput a = raw("a", 2, 7, "fr-FR", "en-GB");
        deadLetter(a.source(), "en-GB", "{}");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(1, report.deadLetter());
        assertEquals(1, report.published());
        assertEquals(0, report.lost());
    }

    @Test
    void aSeoStageDeadLetterIsMatchedThroughTheRewrittenArticlesSourceVersion() {
        SentInput a = raw("a", 2, 7, "fr-FR");
        // The SEO stage's dead letter points at articles.rewritten; its value, the rewritten article, says the source.
        deadLetter(new SourceCoord(Auditor.REWRITTEN, 4, 99), "fr-FR", articleJson(a, "fr-FR", "rewritten", true));

        AuditReport report = audit(a);

        assertEquals(1, report.deadLetter());
        assertEquals(0, report.unattributed());
    }

    @Test
    void theSamePublicationTwiceIsOneDuplicateAndNotALoss() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        publish(a, "fr-FR", "published");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(1, report.published());
        assertEquals(1, report.duplicates());
        assertTrue(report.passes(), "duplicates are reported, not failed");
    }

    @Test
    void theSameDeadLetterTwiceIsOneDuplicate() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        deadLetter(a.source(), null, "garbage");
        deadLetter(a.source(), null, "garbage");

        assertEquals(1, audit(a).duplicates());
    }

    @Test
    void twoVersionsOfOneIdPublishedInOrderAreNeitherDuplicateNorRegression() {
        SentInput v1 = raw("a", 0, 10, "fr-FR");
        SentInput v2 = raw("a", 0, 20, "fr-FR");
        publish(v1, "fr-FR", "published");
        publish(v2, "fr-FR", "published");

        AuditReport report = audit(v1, v2);

        assertEquals(2, report.published());
        assertEquals(0, report.duplicates());
        assertEquals(0, report.versionRegressions());
    }

    @Test
    void anOlderVersionPublishedAfterANewerOneIsAVersionRegression() {
        SentInput v1 = raw("a", 0, 10, "fr-FR");
        SentInput v2 = raw("a", 0, 20, "fr-FR");
        publish(v2, "fr-FR", "published");
        publish(v1, "fr-FR", "published");

        AuditReport report = audit(v1, v2);

        assertEquals(1, report.versionRegressions());
        assertEquals(0, report.lost());
        assertTrue(!report.passes());
    }

    @Test
    void aReplayOfTheLatestVersionAfterTheRegressionDoesNotHideIt() {
        SentInput v1 = raw("a", 0, 10, "fr-FR");
        SentInput v2 = raw("a", 0, 20, "fr-FR");
        publish(v2, "fr-FR", "published");
        publish(v1, "fr-FR", "published");
        publish(v2, "fr-FR", "published");

        AuditReport report = audit(v1, v2);

        assertEquals(1, report.versionRegressions(), "v1 after v2 happened, even if v2 came back");
        assertEquals(1, report.duplicates());
    }

    @Test
    void aDeadLetteredLaterVersionDoesNotMakeThePublishedOlderOneARegression() {
        SentInput v1 = raw("a", 0, 10, "fr-FR");
        SentInput v2 = raw("a", 0, 20, "fr-FR");
        publish(v1, "fr-FR", "published");
        deadLetter(v2.source(), null, "{}");

        AuditReport report = audit(v1, v2);

        assertEquals(0, report.versionRegressions());
        assertEquals(1, report.deadLetter());
    }

    @Test
    void withoutSourceVersionTheMarkerInTheSourceUrlFindsTheVersion() {
        SentInput v1 = raw("a", 0, 10, "fr-FR");
        SentInput v2 = raw("a", 0, 20, "fr-FR");
        publishWithoutSourceVersion(v2, "fr-FR");
        publishWithoutSourceVersion(v1, "fr-FR");

        AuditReport report = audit(v1, v2);

        assertEquals(2, report.published());
        assertEquals(1, report.versionRegressions());
        assertEquals(2, report.sourceVersionMissing());
    }

    @Test
    void anOutputNoInputExplainsIsCountedUnattributed() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        SentInput stranger = raw("stranger", 0, 99, "fr-FR");
        publish(a, "fr-FR", "published");
        publish(stranger, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(1, report.unattributed());
        assertEquals(0, report.lost());
    }

    @Test
    void anOutcomeOtherThanTheExpectedOneIsCountedButIsNotALoss() {
        SentInput a = new SentInput("a", new SourceCoord(Auditor.RAW, 0, 10), List.of("fr-FR"),
                Outcome.DEAD_LETTER, "m-a");
        publish(a, "fr-FR", "published");

        AuditReport report = audit(a);

        assertEquals(1, report.unexpectedOutcomes());
        assertEquals(0, report.lost());
    }

    @Test
    void theLongestPauseIsTheLargestGapBetweenConsecutiveOutputs() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        SentInput b = raw("b", 0, 11, "fr-FR");
        SentInput c = raw("c", 0, 12, "fr-FR");
        publish(a, "fr-FR", "published");
        clock += 7_000;
        publish(b, "fr-FR", "published");
        clock += 2_000;
        publish(c, "fr-FR", "published");

        assertEquals(Duration.ofSeconds(7), audit(a, b, c).longestPause());
    }

    @Test
    void topicsLeftOutOfThePauseDoNotShortenIt() {
        SentInput a = raw("a", 0, 10, "fr-FR");
        SentInput b = raw("b", 0, 11, "fr-FR");
        publish(a, "fr-FR", "published");
        clock += 5_000;
        record(Auditor.REWRITTEN, "x:fr-FR", Map.of(), "{}"); // an input the drill wrote itself
        clock += 5_000;
        publish(b, "fr-FR", "published");

        AuditReport report = new Auditor(List.of(a, b)).audit(outputs,
                Set.of(Auditor.PUBLISHED, Auditor.REVIEW, Auditor.DLQ, Auditor.METRICS));

        assertEquals(Duration.ofSeconds(10), report.longestPause());
    }

    // ---- builders -------------------------------------------------------------------------------------------------

    private static SentInput raw(String id, int partition, long offset, String... locales) {
        return new SentInput(id, new SourceCoord(Auditor.RAW, partition, offset), List.of(locales), null,
                id + "-" + offset);
    }

    private AuditReport audit(SentInput... inputs) {
        return new Auditor(List.of(inputs)).audit(outputs, ALL_OUTPUTS);
    }

    private void publish(SentInput input, String locale, String status) {
        record(Auditor.PUBLISHED, input.id() + ":" + locale, Map.of(), articleJson(input, locale, status, true));
    }

    private void publishWithoutSourceVersion(SentInput input, String locale) {
        record(Auditor.PUBLISHED, input.id() + ":" + locale, Map.of(),
                articleJson(input, locale, "published", false));
    }

    private void review(SentInput input, String locale) {
        record(Auditor.REVIEW, input.id() + ":" + locale, Map.of(), articleJson(input, locale, "needs_review", true));
    }

    private void deadLetter(SourceCoord original, String locale, String value) {
        Map<String, String> headers = new HashMap<>(Map.of(DeadLetter.REASON_CODE, "test",
                DeadLetter.TOPIC, original.topic(), DeadLetter.PARTITION, String.valueOf(original.partition()),
                DeadLetter.OFFSET, String.valueOf(original.offset())));
        if (locale != null) {
            headers.put(DeadLetter.LOCALE, locale);
        }
        record(Auditor.DLQ, "k", headers, value);
    }

    private void record(String topic, String key, Map<String, String> headers, String value) {
        long offset = nextOffset.merge(topic, 1L, Long::sum) - 1;
        outputs.add(OutputRecord.of(topic, 0, offset, clock, key, headers,
                value.getBytes(StandardCharsets.UTF_8), Auditor.OUTCOME_TOPICS.contains(topic)));
    }

    private static String articleJson(SentInput input, String locale, String status, boolean withSourceVersion) {
        String version = withSourceVersion ? ", \"sourceVersion\": {\"topic\": \"" + input.source().topic()
                + "\", \"partition\": " + input.source().partition() + ", \"offset\": " + input.source().offset()
                + ", \"timestamp\": 1}" : "";
        return "{\"id\": \"" + input.id() + "\", \"locale\": \"" + locale + "\", \"status\": \"" + status
                + "\", \"source\": {\"url\": \"" + MarkerFallback.markedUrl("https://example.com/a", input.marker())
                + "\"}" + version + "}";
    }
}
