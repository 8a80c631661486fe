package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.PublishedArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedStoreTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final FeedLocale FR = FeedLocale.parse("fr-FR").orElseThrow();
    private static final FeedLocale EN = FeedLocale.parse("en-GB").orElseThrow();

    private final MutableClock clock = new MutableClock(NOW);
    private final FeedStore store = new FeedStore(3, clock);

    @Test
    void theLatestVersionOfAKeyWins() {
        publish("a1", "fr-FR", "Premier titre", ago(Duration.ofHours(1)));
        publish("a1", "fr-FR", "Titre corrigé", ago(Duration.ofHours(1)));
        assertEquals(List.of("Titre corrigé"), titles(store.sitemap()));
        assertEquals(List.of("Titre corrigé"), titles(store.atom(FR).orElseThrow().entries()));
    }

    @Test
    void aTombstoneRemovesTheArticleFromEveryFeed() {
        publish("a1", "fr-FR", "Un", ago(Duration.ofHours(1)));
        publish("a2", "fr-FR", "Deux", ago(Duration.ofHours(2)));
        store.apply("a1:fr-FR", Optional.empty(), NOW);
        assertEquals(List.of("Deux"), titles(store.sitemap()));
        assertEquals(List.of("Deux"), titles(store.atom(FR).orElseThrow().entries()));
    }

    @Test
    void aLaterVersionThatIsNotPublishedRemovesTheArticle() throws FeedEntry.Unusable {
        publish("a1", "fr-FR", "Un", ago(Duration.ofHours(1)));
        PublishedArticle review = FeedArticles.article("a1", "fr-FR", ArticleStatus.NEEDS_REVIEW, "Un",
                FeedArticles.SITE + "/fr-fr/a1", null, NOW);
        store.apply("a1:fr-FR", FeedEntry.of("a1:fr-FR", review, NOW), NOW);
        assertTrue(store.sitemap().isEmpty());
        assertEquals(List.of(), store.atom(FR).orElseThrow().entries(), "the locale stays known, with an empty feed");
        assertEquals(0, store.size());
    }

    @Test
    void theSitemapHoldsTheLast48HoursOnlyAndTheCutMovesWithTheClock() {
        publish("old", "fr-FR", "Trop vieux", ago(Duration.ofHours(48).plusSeconds(1)));
        publish("edge", "fr-FR", "Tout juste", ago(Duration.ofHours(48)));
        publish("new", "fr-FR", "Récent", ago(Duration.ofMinutes(5)));
        assertEquals(List.of("Récent", "Tout juste"), titles(store.sitemap()));

        clock.now = NOW.plusSeconds(1);
        assertEquals(List.of("Récent"), titles(store.sitemap()));
        assertEquals(List.of("Récent", "Tout juste", "Trop vieux"), titles(store.atom(FR).orElseThrow().entries()),
                "the Atom feed is the latest N, however old");
    }

    @Test
    void anArticleDatedAheadOfTheClockWaitsForItsTime() {
        publish("ahead", "fr-FR", "En avance", NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
        assertTrue(store.sitemap().isEmpty());
        clock.now = NOW.plusSeconds(600);
        assertEquals(List.of("En avance"), titles(store.sitemap()));
    }

    @Test
    void theSitemapHasAtMost1000UrlsNewestFirstAcrossLocales() {
        for (int i = 0; i < 1500; i++) {
            publish("a" + i, i % 2 == 0 ? "fr-FR" : "en-GB", "T" + i, ago(Duration.ofSeconds(10L * i)));
        }
        List<FeedEntry> sitemap = store.sitemap();
        assertEquals(FeedStore.SITEMAP_MAX_URLS, sitemap.size());
        assertEquals("T0", sitemap.get(0).title());
        assertEquals("T999", sitemap.get(999).title());
        for (int i = 1; i < sitemap.size(); i++) {
            assertTrue(!sitemap.get(i).published().isAfter(sitemap.get(i - 1).published()), "newest first at " + i);
        }
    }

    @Test
    void eachAtomFeedHasTheLatestNOfItsLocaleOnly() {
        for (int i = 0; i < 10; i++) {
            publish("f" + i, "fr-FR", "F" + i, ago(Duration.ofDays(i)));
            publish("e" + i, "en-GB", "E" + i, ago(Duration.ofDays(i)));
        }
        assertEquals(List.of("F0", "F1", "F2"), titles(store.atom(FR).orElseThrow().entries()));
        assertEquals(List.of("E0", "E1", "E2"), titles(store.atom(EN).orElseThrow().entries()));
        assertTrue(store.atom(FeedLocale.parse("de-DE").orElseThrow()).isEmpty(), "no article in de-DE: no feed");
    }

    @Test
    void memoryIsBoundedByWhatTheFeedsShowWithTheirReserve() {
        for (int i = 0; i < 20_000; i++) {
            publish("a" + i, i % 2 == 0 ? "fr-FR" : "en-GB", "T" + i, ago(Duration.ofSeconds(i)));
        }
        // Sitemap: 2 x 1,000 kept; Atom: 2 x 3 per locale, which here are among the newest anyway.
        assertEquals(2 * FeedStore.SITEMAP_MAX_URLS, store.size());
        for (int i = 0; i < 20_000; i++) {
            publish("old" + i, "de-DE", "Alt" + i, ago(Duration.ofDays(3).plusSeconds(i)));
        }
        assertEquals(2 * FeedStore.SITEMAP_MAX_URLS + 2 * 3, store.size(), "old articles: only a locale's latest");
    }

    @Test
    void anArticleRemovedFromAFullListIsReplacedByTheNextOne() {
        for (int i = 0; i < 6; i++) {
            publish("a" + i, "fr-FR", "T" + i, ago(Duration.ofDays(3 + i)));
        }
        store.apply("a0:fr-FR", Optional.empty(), NOW);
        store.apply("a1:fr-FR", Optional.empty(), NOW);
        assertEquals(List.of("T2", "T3", "T4"), titles(store.atom(FR).orElseThrow().entries()));
    }

    @Test
    void theFeedIsUpdatedWhenOneOfItsArticlesIsWrittenOrRemoved() {
        publish("a1", "fr-FR", "Un", ago(Duration.ofHours(3)), NOW.minusSeconds(100));
        assertEquals(NOW.minusSeconds(100), store.atom(FR).orElseThrow().updated());
        store.apply("a1:fr-FR", Optional.empty(), NOW.minusSeconds(10));
        assertEquals(NOW.minusSeconds(10), store.atom(FR).orElseThrow().updated());
    }

    private void publish(String id, String locale, String title, OffsetDateTime publishedAt) {
        publish(id, locale, title, publishedAt, NOW);
    }

    private void publish(String id, String locale, String title, OffsetDateTime publishedAt, Instant written) {
        PublishedArticle article = FeedArticles.published(id, locale, title, publishedAt);
        store.apply(article.key(), Optional.of(FeedArticles.entry(article, written)), written);
    }

    private static OffsetDateTime ago(Duration age) {
        return NOW.minus(age).atOffset(ZoneOffset.ofHours(1));
    }

    private static List<String> titles(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::title).toList();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
