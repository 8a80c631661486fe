package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.Source;
import dev.copydesk.model.SourceVersion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Published articles for the feed tests, with only the fields the feeds read set. */
final class FeedArticles {

    static final String SITE = "https://news.example.org";

    private FeedArticles() {
    }

    /** A published article of {@code id} in {@code locale}, published at {@code publishedAt}. */
    static PublishedArticle published(String id, String locale, String title, OffsetDateTime publishedAt) {
        return article(id, locale, ArticleStatus.PUBLISHED, title, SITE + "/" + locale.toLowerCase() + "/" + id,
                new Source(null, null, publishedAt, "Jeanne Martin"), publishedAt.toInstant());
    }

    static PublishedArticle article(String id, String locale, ArticleStatus status, String title, String canonicalUrl,
                                    Source source, Instant received) {
        return new PublishedArticle(id, locale, status, title, title, "Meta description of " + title, id, "key",
                canonicalUrl, List.of(), "<p>x</p>", "x", null, Map.of(), 700, 2, List.of(), List.of(), List.of(),
                source, null, new SourceVersion("articles.raw", 0, 1, received.toEpochMilli()));
    }

    /** Its entry, as the reader makes it from a record written at {@code written}. */
    static FeedEntry entry(PublishedArticle article, Instant written) {
        try {
            return FeedEntry.of(article.key(), article, written).orElseThrow();
        } catch (FeedEntry.Unusable e) {
            throw new AssertionError(e);
        }
    }
}
