package dev.copydesk.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The latest published version of each article that a feed shows, fed record by record from the compacted published
 * topic (a later record of a key replaces its entry; a tombstone, a non-published status or an unusable record
 * removes it). Bounded: it keeps the newest articles of the last 48 hours for the sitemap and the newest per locale
 * for the Atom feeds, each with as many again in reserve, so that an article removed from a full list is replaced by
 * the next one; everything else is dropped as it arrives. Thread-safe: one thread applies records while requests read.
 */
final class FeedStore {

    /** Google News takes articles published in the last two days. */
    static final Duration SITEMAP_WINDOW = Duration.ofHours(48);
    /** Google News reads at most 1,000 URLs per news sitemap. */
    static final int SITEMAP_MAX_URLS = 1000;
    /**
     * Entries kept per list, as a multiple of what it shows. A list that had to drop entries cannot get them back
     * when shown ones are removed (the topic is not read again); a reserve as large as the list makes that need as
     * many removals among the newest articles as the list shows.
     */
    private static final int RESERVE = 2;

    private final int atomEntries;
    private final Clock clock;
    private final Map<String, FeedEntry> byKey = new HashMap<>();
    /** Articles published in the window, newest first. */
    private final TreeSet<FeedEntry> recent = new TreeSet<>(FeedEntry.NEWEST_FIRST);
    /** By path segment ("fr-fr"): a locale stays known once an article was published in it, even if removed. */
    private final Map<String, LocaleEntries> locales = new HashMap<>();

    FeedStore(int atomEntries, Clock clock) {
        if (atomEntries < 1) {
            throw new IllegalArgumentException("copydesk.feeds.atom-entries must be at least 1, not " + atomEntries);
        }
        this.atomEntries = atomEntries;
        this.clock = clock;
    }

    /** The entries of one locale's Atom feed, and when that feed last changed. */
    record LocaleFeed(FeedLocale locale, List<FeedEntry> entries, Instant updated) {
    }

    private static final class LocaleEntries {
        final FeedLocale locale;
        final TreeSet<FeedEntry> entries = new TreeSet<>(FeedEntry.NEWEST_FIRST);
        Instant updated;

        LocaleEntries(FeedLocale locale, Instant updated) {
            this.locale = locale;
            this.updated = updated;
        }
    }

    /** Record {@code key}'s latest version, written at {@code recordTime}: its entry, or none (removed). */
    synchronized void apply(String key, Optional<FeedEntry> entry, Instant recordTime) {
        FeedEntry previous = byKey.remove(key);
        if (previous != null) {
            recent.remove(previous);
            LocaleEntries ofLocale = locales.get(previous.locale().pathSegment());
            ofLocale.entries.remove(previous);
            ofLocale.updated = later(ofLocale.updated, recordTime);
        }
        Instant now = clock.instant();
        expire(now);
        if (entry.isEmpty()) {
            return;
        }
        FeedEntry added = entry.get();
        byKey.put(key, added);
        LocaleEntries ofLocale = locales.computeIfAbsent(added.locale().pathSegment(),
                segment -> new LocaleEntries(added.locale(), recordTime));
        ofLocale.updated = later(ofLocale.updated, recordTime);
        ofLocale.entries.add(added);
        if (!added.published().toInstant().isBefore(now.minus(SITEMAP_WINDOW))) {
            recent.add(added);
            if (recent.size() > RESERVE * SITEMAP_MAX_URLS) {
                release(recent.pollLast());
            }
        }
        if (ofLocale.entries.size() > RESERVE * atomEntries) {
            release(ofLocale.entries.pollLast());
        }
    }

    /**
     * The news sitemap's articles: published in the last 48 hours (not in the future: an article dated ahead of
     * the clock waits for its time), newest first, at most 1,000.
     */
    synchronized List<FeedEntry> sitemap() {
        Instant now = clock.instant();
        expire(now);
        return recent.stream().filter(entry -> !entry.published().toInstant().isAfter(now))
                .limit(SITEMAP_MAX_URLS).toList();
    }

    /** The Atom feed of {@code locale}, newest first; empty when no article was ever published in that locale. */
    synchronized Optional<LocaleFeed> atom(FeedLocale locale) {
        LocaleEntries ofLocale = locales.get(locale.pathSegment());
        if (ofLocale == null) {
            return Optional.empty();
        }
        return Optional.of(new LocaleFeed(ofLocale.locale,
                ofLocale.entries.stream().limit(atomEntries).toList(), ofLocale.updated));
    }

    /** Entries held, for the memory bound's tests and gauge. */
    synchronized int size() {
        return byKey.size();
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(SITEMAP_WINDOW);
        while (!recent.isEmpty() && recent.last().published().toInstant().isBefore(oldest)) {
            release(recent.pollLast());
        }
    }

    /** Forgets {@code dropped} once neither the sitemap's list nor its locale's keeps it. */
    private void release(FeedEntry dropped) {
        if (!recent.contains(dropped) && !locales.get(dropped.locale().pathSegment()).entries.contains(dropped)) {
            byKey.remove(dropped.key(), dropped);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
