package dev.copydesk.rewrite;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RewriteCacheTests {

    private static final String HASH = "0123456789abcdef";

    /** The stub model's French rewrite (about 800 words), with passed and failed gates and a full provenance. */
    static RewriteCache.Entry entry(String inputHash) {
        try {
            String answer = Files.readString(Path.of("src/test/resources/stub/rewrite-fr.md"));
            ParsedArticle parsed = new MarkdownArticleParser().parse(answer);
            List<GateResult> gates = List.of(GateResult.pass("min-words", "812 words, at least 700"),
                    GateResult.fail("subheadings", "2 subheadings < 3 \"expected\" & more"));
            RewriteProvenance provenance = new RewriteProvenance("llm", "openai", "gpt-4o-mini", "pv-1234",
                    inputHash, 3, 2100, 1400, 5234, 1, 0.0123, false);
            return new RewriteCache.Entry(parsed, gates, ArticleStatus.NEEDS_REVIEW, provenance);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEntryRoundTripsThroughItsJsonExactly() {
        RewriteCache.Entry entry = entry(HASH);
        byte[] json = entry.toJson();

        RewriteCache.Entry read = RewriteCache.Entry.fromJson(HASH, json);

        assertEquals(entry, read);
        assertEquals(entry.parsed().hints(), read.parsed().hints());
        assertFalse(read.provenance().cached());
        System.out.printf("cache entry of the stub's French rewrite: %d bytes of JSON%n", json.length);
    }

    @Test
    void anEntryWithoutSeoHintsRoundTripsToo() {
        RewriteCache.Entry full = entry(HASH);
        ParsedArticle bare = new ParsedArticle(full.parsed().title(), null, full.parsed().sections(),
                dev.copydesk.model.SeoHints.NONE);
        RewriteCache.Entry entry = new RewriteCache.Entry(bare, List.of(), ArticleStatus.REWRITTEN, full.provenance());

        assertEquals(entry, RewriteCache.Entry.fromJson(HASH, entry.toJson()));
    }

    @Test
    void aRecordThatIsNotAnEntryForItsKeyIsRefused() {
        byte[] json = entry(HASH).toJson();
        assertThrows(IllegalArgumentException.class, () -> RewriteCache.Entry.fromJson("ffffffffffffffff", json));
        assertThrows(IllegalArgumentException.class,
                () -> RewriteCache.Entry.fromJson(HASH, "not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> RewriteCache.Entry.fromJson(HASH, "{\"status\":\"rewritten\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLocalCacheNeverHoldsMoreBytesThanItsBound() {
        int entryBytes = entry("h0").toJson().length;
        long bound = entryBytes * 7L / 2;
        RewriteCache cache = new RewriteCache(bound);

        for (int i = 0; i < 20; i++) {
            cache.put("h" + i, entry("h" + i));
            assertTrue(cache.weightedBytes() <= bound, "held " + cache.weightedBytes() + " bytes, bound " + bound);
        }
        assertEquals(3, cache.size(), "three entries of " + entryBytes + " bytes fit in " + bound);
    }

    @Test
    void anEntryLargerThanTheWholeBoundIsNotKept() {
        RewriteCache cache = new RewriteCache(entry(HASH).toJson().length - 1);

        cache.put(HASH, entry(HASH));

        assertFalse(cache.contains(HASH));
        assertEquals(0, cache.weightedBytes());
    }

    @Test
    void anAcceptedAnswerIsSharedButAnEntryReadFromTheTopicIsNot() {
        List<String> shared = new ArrayList<>();
        RewriteCache cache = new RewriteCache(10_000_000);
        cache.shareThrough(new RewriteCache.Sharing() {
            @Override
            public void publish(String inputHash, byte[] json) {
                shared.add(inputHash);
            }

            @Override
            public void awaitInitialLoad() {
            }
        });

        cache.put("answered", entry("answered"));
        cache.load("from-topic", entry("from-topic"), 100);
        cache.remove("answered");

        assertEquals(List.of("answered"), shared);
        assertFalse(cache.contains("answered"));
        assertTrue(cache.get("from-topic").isPresent());
    }
}
