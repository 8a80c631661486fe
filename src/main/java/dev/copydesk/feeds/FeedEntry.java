package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.seo.render.WebSafe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * What the feeds keep of one published article, and nothing more (the whole article is ~16 kB; this is its title,
 * meta description and URL): the feeds' memory is bounded by the number of entries they keep.
 *
 * @param key       the record key, {@code id:locale}: the article's identity on the compacted topic
 * @param locale    the article's locale
 * @param title     the article's title, XML-ready (see {@link XmlText})
 * @param summary   its meta description, XML-ready; may be ""
 * @param url       its canonical URL, an absolute http(s) URL
 * @param author    the source's byline, XML-ready; "" when there is none
 * @param published when the article was published: the source's publication time (the JSON-LD's datePublished),
 *                  else when copydesk received the raw article (stable across replays, unlike the record's time)
 * @param updated   when this version was written to the published topic, never before {@code published}
 */
record FeedEntry(String key, FeedLocale locale, String title, String summary, String url, String author,
                 OffsetDateTime published, Instant updated) {

    /** Newest first; the key breaks ties so that two articles published at the same instant are both kept. */
    static final Comparator<FeedEntry> NEWEST_FIRST = Comparator
            .comparing((FeedEntry entry) -> entry.published().toInstant()).reversed()
            .thenComparing(FeedEntry::key);

    /** The sitemap protocol's limit on a URL. */
    static final int MAX_URL_CHARS = 2048;

    /** Why a record's latest version cannot be in the feeds. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The entry of {@code article}, the value of record {@code key} written at {@code recordTime}; empty when the
     * article is not {@code published} (needs_review, say); {@link Unusable} when it is but the feeds cannot show it.
     */
    static Optional<FeedEntry> of(String key, PublishedArticle article, Instant recordTime) throws Unusable {
        if (article.status() != ArticleStatus.PUBLISHED) {
            return Optional.empty();
        }
        FeedLocale locale = FeedLocale.parse(article.locale())
                .orElseThrow(() -> new Unusable("locale is not a well-formed language tag"));
        String url = WebSafe.web(article.canonicalUrl())
                .orElseThrow(() -> new Unusable("no canonical http(s) URL (is copydesk.seo.site-url set?)"));
        if (url.length() > MAX_URL_CHARS) {
            throw new Unusable("canonical URL longer than " + MAX_URL_CHARS + " characters");
        }
        String title = XmlText.of(article.title());
        if (title.isEmpty()) {
            throw new Unusable("no title");
        }
        OffsetDateTime published = publishedAt(article, recordTime);
        Instant updated = recordTime.isBefore(published.toInstant()) ? published.toInstant() : recordTime;
        String author = article.source() == null ? "" : XmlText.of(article.source().author());
        return Optional.of(new FeedEntry(key, locale, title, XmlText.of(article.metaDescription()), url, author,
                published, updated));
    }

    /** A permanent id for the Atom entry: a name-based UUID of the key, whatever the slug or URL becomes. */
    String atomId() {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("copydesk:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime publishedAt(PublishedArticle article, Instant recordTime) {
        if (article.source() != null && article.source().publishedAt() != null) {
            return article.source().publishedAt();
        }
        Instant received = article.sourceVersion() == null ? recordTime
                : Instant.ofEpochMilli(article.sourceVersion().timestamp());
        return received.atOffset(ZoneOffset.UTC);
    }
}
