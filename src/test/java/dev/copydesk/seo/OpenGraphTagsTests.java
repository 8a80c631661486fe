package dev.copydesk.seo;

import dev.copydesk.seo.render.OpenGraphTags;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenGraphTagsTests {

    @Test
    void describesAnArticleWithItsImageAndCanonicalUrl() {
        assertEquals(Map.of(
                "og:title", PageFactsFixtures.SEO_TITLE,
                "og:description", PageFactsFixtures.META,
                "og:type", "article",
                "og:locale", "fr_FR",
                "og:url", PageFactsFixtures.CANONICAL,
                "og:image", "https://img.example.org/1.jpg",
                "article:published_time", "2025-03-14T09:30:00+01:00",
                "twitter:card", "summary_large_image",
                "twitter:title", PageFactsFixtures.SEO_TITLE,
                "twitter:description", PageFactsFixtures.META), OpenGraphTags.of(PageFactsFixtures.complete()));
    }

    @Test
    void usesTheSummaryCardWithoutAnImageAndLeavesOutUnknownTags() {
        var tags = OpenGraphTags.of(PageFactsFixtures.minimal());

        assertEquals(List.of("og:description", "og:locale", "og:title", "og:type", "twitter:card",
                "twitter:description", "twitter:title"), List.copyOf(tags.keySet()));
        assertEquals("summary", tags.get("twitter:card"));
        assertEquals("en_GB", tags.get("og:locale"));
    }
}
