package dev.copydesk.model;

import java.util.Objects;

/**
 * The Kafka key of one article in one locale, {@code id:locale} (e.g. {@code afp-123:fr-FR}): the key of the
 * rewritten, published, review and metrics records, so that every version of one article in one locale lands on
 * one partition, in order, and the compacted published topic keeps the latest. Built and parsed only here. An id may
 * itself contain ':'; the locale, a BCP 47 tag, never does, so the last ':' separates them.
 */
public record ArticleKey(String id, String locale) {

    public ArticleKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
    }

    /** The key of a raw article's record and of events that belong to no locale: the id alone. */
    public static String of(String id, String locale) {
        return locale == null ? id : new ArticleKey(id, locale).toString();
    }

    /** The id and locale of {@code key}, or null when it has no locale part. */
    public static ArticleKey parse(String key) {
        int colon = key == null ? -1 : key.lastIndexOf(':');
        return colon <= 0 || colon == key.length() - 1 ? null
                : new ArticleKey(key.substring(0, colon), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return id + ":" + locale;
    }
}
