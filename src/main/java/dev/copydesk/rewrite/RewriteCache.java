package dev.copydesk.rewrite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewriteProvenance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finished model rewrites by input hash (prompt version, model, brief, locale and article text all go into it). A
 * replay of unchanged input is answered from here: identical output, no call, no tokens — model output drifts even
 * at temperature 0, so this is also what makes a replay reproducible. Bounded in bytes: each entry weighs its JSON
 * size, so the bound holds whatever the articles' length. With {@code copydesk.cache.shared} the entries are also
 * written to and read from the compacted cache topic ({@link SharedRewriteCache}), so that other workers and later
 * starts are answered too; otherwise a worker restart starts it empty.
 */
public final class RewriteCache {

    /**
     * What a rewrite produced, minus what belongs to the article it was made for (id, source, images). Its JSON is
     * the value of the cache topic, keyed by the input hash: the rewrite, its gates, status and provenance (provider,
     * model, prompt version, counts), never a key or a prompt.
     */
    public record Entry(ParsedArticle parsed, List<GateResult> gates, ArticleStatus status,
                        RewriteProvenance provenance) {

        public byte[] toJson() {
            return Json.write(this).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * Reads an entry of the cache topic, written by any worker: refuses (IllegalArgumentException) one that is
         * not JSON, lacks a part, or was made for another input hash than its key.
         */
        public static Entry fromJson(String inputHash, byte[] json) {
            Entry entry;
            try {
                entry = Json.read(json, Entry.class);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a cache entry: " + e.getMessage(), e);
            }
            if (entry == null || entry.parsed() == null || entry.parsed().sections() == null
                    || entry.gates() == null || entry.status() == null || entry.provenance() == null) {
                throw new IllegalArgumentException("a cache entry needs parsed, gates, status and provenance");
            }
            if (!inputHash.equals(entry.provenance().inputHash())) {
                throw new IllegalArgumentException("entry made for input " + entry.provenance().inputHash()
                        + " under key " + inputHash);
            }
            return entry;
        }
    }

    /** Where accepted answers go besides this cache, and what a lookup waits for first. */
    interface Sharing {
        Sharing NONE = new Sharing() {
            @Override
            public void publish(String inputHash, byte[] json) {
            }

            @Override
            public void awaitInitialLoad() {
            }
        };

        /** Hands the entry to the other workers; must neither block nor throw. */
        void publish(String inputHash, byte[] json);

        /** Returns once the entries already shared are loaded, or the bounded wait for them is over. */
        void awaitInitialLoad();
    }

    private record Sized(Entry entry, int bytes) {
    }

    private final Cache<String, Sized> entries;
    private volatile Sharing sharing = Sharing.NONE;

    public RewriteCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                .weigher((String hash, Sized sized) -> sized.bytes())
                // Evict on the writing thread: the bound holds as soon as put returns (no background pool lag).
                .executor(Runnable::run)
                .build();
    }

    void shareThrough(Sharing sharing) {
        this.sharing = sharing;
    }

    /** The cached rewrite for this input, once the shared entries are loaded (see {@link Sharing}). */
    Optional<Entry> get(String inputHash) {
        sharing.awaitInitialLoad();
        return Optional.ofNullable(entries.getIfPresent(inputHash)).map(Sized::entry);
    }

    /** An answer the gates accepted, made here: cached and shared. Never call it with an entry served from cache. */
    void put(String inputHash, Entry entry) {
        byte[] json = entry.toJson();
        entries.put(inputHash, new Sized(entry, json.length));
        sharing.publish(inputHash, json);
    }

    /** An entry read from the cache topic (this worker's or another's): cached, not shared again. */
    void load(String inputHash, Entry entry, int bytes) {
        entries.put(inputHash, new Sized(entry, bytes));
    }

    /** A tombstone on the cache topic. */
    void remove(String inputHash) {
        entries.invalidate(inputHash);
    }

    /** Whether an entry for this input is held (tests and the load log). */
    public boolean contains(String inputHash) {
        return entries.getIfPresent(inputHash) != null;
    }

    /** The sum of the entries' JSON sizes held now. */
    public long weightedBytes() {
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    public long size() {
        return entries.estimatedSize();
    }
}
