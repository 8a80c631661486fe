package dev.copydesk.rewrite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;

import java.util.List;
import java.util.Optional;

/**
 * Finished model rewrites by input hash (prompt version, model, brief, locale and article text all go into it). A
 * replay of unchanged input is answered from here: identical output, no call, no tokens — model output drifts even
 * at temperature 0, so this is also what makes a replay reproducible. In-process and bounded; a worker restart
 * starts it empty.
 */
public final class RewriteCache {

    /** What a rewrite produced, minus what belongs to the article it was made for (id, source, images). */
    record Entry(ParsedArticle parsed, List<GateResult> gates, ArticleStatus status, RewriteProvenance provenance) {
    }

    private final Cache<String, Entry> entries;

    public RewriteCache(long maxEntries) {
        this.entries = Caffeine.newBuilder().maximumSize(Math.max(0, maxEntries)).build();
    }

    Optional<Entry> get(String inputHash) {
        return Optional.ofNullable(entries.getIfPresent(inputHash));
    }

    void put(String inputHash, Entry entry) {
        entries.put(inputHash, entry);
    }
}
