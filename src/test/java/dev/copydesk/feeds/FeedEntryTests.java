package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedEntryTests {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-11-29T09:30:00+01:00");
    private static final Instant WRITTEN = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void onlyAPublishedArticleMakesAnEntry() throws FeedEntry.Unusable {
        for (ArticleStatus status : ArticleStatus.values()) {
            PublishedArticle article = FeedArticles.article("a1", "fr-FR", status, "Titre", FeedArticles.SITE + "/fr-fr/a1",
                    null, WRITTEN);
            assertEquals(status == ArticleStatus.PUBLISHED, FeedEntry.of("a1:fr-FR", article, WRITTEN).isPresent(),
                    status.wireName());
        }
    }

    @Test
    void theEntryIsDatedByTheSourcesPublicationTimeWithItsOffsetElseByWhenTheRawArticleCameIn() throws Exception {
        FeedEntry withSource = FeedArticles.entry(FeedArticles.published("a1", "fr-FR", "Titre", PUBLISHED), WRITTEN);
        assertEquals(PUBLISHED, withSource.published());
        assertEquals(WRITTEN, withSource.updated());

        Instant received = Instant.parse("2026-11-29T08:00:00Z");
        PublishedArticle noDate = FeedArticles.article("a2", "fr-FR", ArticleStatus.PUBLISHED, "Titre",
                FeedArticles.SITE + "/fr-fr/a2", new Source(null, null, null, null), received);
        FeedEntry entry = FeedEntry.of("a2:fr-FR", noDate, WRITTEN).orElseThrow();
        assertEquals(received.atOffset(ZoneOffset.UTC), entry.published());
        assertEquals("", entry.author());
    }

    @Test
    void aVersionWrittenBeforeItsPublicationDateIsUpdatedNoEarlierThanPublished() {
        FeedEntry entry = FeedArticles.entry(FeedArticles.published("a1", "fr-FR", "Titre", PUBLISHED),
                PUBLISHED.toInstant().minusSeconds(60));
        assertEquals(PUBLISHED.toInstant(), entry.updated());
    }

    @Test
    void anArticleWithoutAWebCanonicalUrlOrATitleOrAWellFormedLocaleCannotBeShown() {
        for (String url : new String[]{null, "", "javascript:alert(1)", "/fr-fr/a1", "https://x.org/" + "a".repeat(2100)}) {
            PublishedArticle article = FeedArticles.article("a1", "fr-FR", ArticleStatus.PUBLISHED, "Titre", url, null,
                    WRITTEN);
            assertThrows(FeedEntry.Unusable.class, () -> FeedEntry.of("a1:fr-FR", article, WRITTEN), url);
        }
        PublishedArticle blankTitle = FeedArticles.article("a1", "fr-FR", ArticleStatus.PUBLISHED, " \u0000 ",
                FeedArticles.SITE + "/fr-fr/a1", null, WRITTEN);
        assertThrows(FeedEntry.Unusable.class, () -> FeedEntry.of("a1:fr-FR", blankTitle, WRITTEN));
        PublishedArticle badLocale = FeedArticles.article("a1", "fr FR", ArticleStatus.PUBLISHED, "Titre",
                FeedArticles.SITE + "/fr-fr/a1", null, WRITTEN);
        assertThrows(FeedEntry.Unusable.class, () -> FeedEntry.of("a1:fr FR", badLocale, WRITTEN));
    }

    @Test
    void theAtomIdDependsOnTheKeyAloneAndIsAUrn() {
        FeedEntry first = FeedArticles.entry(FeedArticles.published("a1", "fr-FR", "Titre", PUBLISHED), WRITTEN);
        FeedEntry retitled = FeedArticles.entry(FeedArticles.published("a1", "fr-FR", "Autre titre", PUBLISHED), WRITTEN);
        FeedEntry english = FeedArticles.entry(FeedArticles.published("a1", "en-GB", "Title", PUBLISHED), WRITTEN);
        assertEquals(first.atomId(), retitled.atomId());
        assertNotEquals(first.atomId(), english.atomId());
        assertTrue(first.atomId().matches("urn:uuid:[0-9a-f-]{36}"), first.atomId());
    }
}
