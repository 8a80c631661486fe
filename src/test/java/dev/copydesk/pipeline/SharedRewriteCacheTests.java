package dev.copydesk.pipeline;

import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.rewrite.PromptTemplates;
import dev.copydesk.rewrite.RewriteCache;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.OpenAiStub;
import dev.copydesk.testing.KafkaTestClient;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rewrite cache shared through its compacted topic, on the real broker: an accepted answer is written there; the
 * entries the topic held before the worker started are served to the first records; an entry another worker writes
 * while this one runs is served without a model call; a tombstone takes it away again.
 */
@QuarkusTest
@TestProfile(SharedRewriteCacheTests.Profile.class)
class SharedRewriteCacheTests {

    static final String PREFIX = "it-cache";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String OTHER_WORKERS_TITLE = "Titre écrit par un autre worker";

    @InjectOpenAiStub
    OpenAiStub llm;

    @Inject
    ArticleIngestor ingestor;

    @Inject
    RewriteCache cache;

    @Inject
    MeterRegistry registry;

    PipelineTopics topics;

    @BeforeEach
    void connect() {
        llm.reset();
        topics = new PipelineTopics(PREFIX);
    }

    @AfterEach
    void disconnect() {
        llm.reset();
        topics.close();
    }

    @Test
    void anArticleRewrittenOnceHasItsEntryOnTheCacheTopic() {
        String id = PREFIX + "-written";
        topics.produce(id, Samples.seedAs(id));

        RewrittenArticle rewritten = awaitRewritten(id);
        String inputHash = rewritten.provenance().inputHash();
        assertEquals(inputHashOf(Samples.seedAs(id)), inputHash, "the test computes the hash as the engine does");
        ConsumerRecord<String, byte[]> record = topics.await(topics.llmCache, PipelineTopics.keyed(inputHash), 1,
                TIMEOUT).get(0);

        RewriteCache.Entry entry = RewriteCache.Entry.fromJson(inputHash, record.value());
        assertEquals(rewritten.title(), entry.parsed().title());
        assertEquals(rewritten.sections(), entry.parsed().sections());
        assertEquals(rewritten.gates(), entry.gates());
        assertEquals(rewritten.status(), entry.status());
        assertFalse(entry.provenance().cached());
        assertEquals(rewritten.provenance().tokensOut(), entry.provenance().tokensOut());
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(json.contains(OpenAiStubResource.API_KEY), "the API key must never reach the cache topic");
        assertEquals(1, llm.requestCount());
    }

    @Test
    void aWorkerStartingServesTheEntriesTheTopicHeldBeforeIt() {
        // Both the entry and the raw article were on their topics before this worker started (CacheHeldBefore).
        assertEquals(inputHashOf(CacheHeldBefore.raw()), CacheHeldBefore.inputHash(),
                "the entry written before the start is keyed as the engine computes the hash");

        RewrittenArticle rewritten = awaitRewritten(CacheHeldBefore.ID);

        assertEquals(OTHER_WORKERS_TITLE, rewritten.title());
        assertTrue(rewritten.provenance().cached());
    }

    @Test
    void anEntryAnotherWorkerWroteIsServedWithoutCallingTheModel() {
        String id = PREFIX + "-other-worker";
        byte[] raw = Samples.seedAs(id);
        String inputHash = inputHashOf(raw);
        double loadedBefore = registry.counter("copydesk.rewrite.cache.loaded").count();
        topics.produce(topics.llmCache, inputHash, otherWorkersEntry(inputHash).toJson());
        await(() -> cache.contains(inputHash), "the entry written by another worker is loaded");

        topics.produce(id, raw);

        RewrittenArticle rewritten = awaitRewritten(id);
        assertEquals(OTHER_WORKERS_TITLE, rewritten.title());
        assertTrue(rewritten.provenance().cached());
        assertEquals(0, rewritten.provenance().tokensIn());
        assertEquals(0, llm.requestCount(), "served from the shared cache: no call to the model");
        assertTrue(registry.counter("copydesk.rewrite.cache.loaded").count() > loadedBefore);
    }

    @Test
    void aTombstoneRemovesTheEntry() {
        String id = PREFIX + "-tombstone";
        byte[] raw = Samples.seedAs(id);
        String inputHash = inputHashOf(raw);
        topics.produce(topics.llmCache, inputHash, otherWorkersEntry(inputHash).toJson());
        await(() -> cache.contains(inputHash), "the entry is loaded");

        topics.produce(topics.llmCache, inputHash, null);
        await(() -> !cache.contains(inputHash), "the tombstone removes the entry");
        topics.produce(id, raw);

        RewrittenArticle rewritten = awaitRewritten(id);
        assertNotEquals(OTHER_WORKERS_TITLE, rewritten.title());
        assertFalse(rewritten.provenance().cached());
        assertEquals(1, llm.requestCount(), "the entry is gone: the model is asked");
    }

    /** The input hash the engine computes for this raw article's French rewrite. */
    private String inputHashOf(byte[] raw) {
        WorkItem item = ingestor.ingest(raw).workItems().get(0);
        return PromptTemplates.bundled().render(item, OpenAiStubResource.MODEL).inputHash();
    }

    /** What another worker would have cached for this input: the stub's rewrite under a title of its own. */
    static RewriteCache.Entry otherWorkersEntry(String inputHash) {
        String stubAnswer;
        try (InputStream in = SharedRewriteCacheTests.class.getResourceAsStream("/stub/rewrite-fr.md")) {
            stubAnswer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedArticle answer = new MarkdownArticleParser().parse(stubAnswer);
        ParsedArticle parsed = new ParsedArticle(OTHER_WORKERS_TITLE, answer.standfirst(), answer.sections(),
                answer.hints());
        RewriteProvenance provenance = new RewriteProvenance("llm", "openai", OpenAiStubResource.MODEL,
                PromptTemplates.bundled().version(), inputHash, 1, 1500, 1200, 900, 0, 0, false);
        return new RewriteCache.Entry(parsed, List.of(), ArticleStatus.REWRITTEN, provenance);
    }

    private RewrittenArticle awaitRewritten(String id) {
        ConsumerRecord<String, byte[]> record = topics.await(topics.rewritten, PipelineTopics.keyed(id + ":fr-FR"), 1,
                TIMEOUT).get(0);
        return Json.read(record.value(), RewrittenArticle.class);
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + TIMEOUT + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    /**
     * Before the worker starts: an entry on the cache topic, as a worker that ran earlier would have left it, and the
     * raw article it answers (a replay), which the rewrite stage gets as soon as it starts.
     */
    public static class CacheHeldBefore implements QuarkusTestResourceLifecycleManager {

        static final String ID = PREFIX + "-held-before";

        /** The seed under this id, its tone given so that the hash does not depend on the brief defaults. */
        static byte[] raw() {
            return new String(Samples.seedAs(ID), StandardCharsets.UTF_8)
                    .replace("\"customTitle\": true", "\"customTitle\": true, \"tone\": \"neutral\"")
                    .getBytes(StandardCharsets.UTF_8);
        }

        static String inputHash() {
            WorkItem item = Samples.ingestor().ingest(raw()).workItems().get(0);
            return PromptTemplates.bundled().render(item, OpenAiStubResource.MODEL).inputHash();
        }

        @Override
        public Map<String, String> start() {
            try (KafkaTestClient client = new KafkaTestClient(KafkaBrokerResource.bootstrapServers())) {
                client.produce(PREFIX + ".llm-cache", inputHash(), otherWorkersEntry(inputHash()).toJson());
                client.produce(PREFIX + ".raw", ID, raw());
            }
            return Map.of();
        }

        @Override
        public void stop() {
        }

        /** After the broker (order 0). */
        @Override
        public int order() {
            return 1;
        }
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(PipelineTopics.config(PREFIX));
            config.put("copydesk.cache.shared", "true");
            // These tests count the calls of one rewrite and compute its input hash without the SEO repair round.
            config.put("copydesk.rewrite.seo-repair", "false");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                    new TestResourceEntry(OpenAiStubResource.class), new TestResourceEntry(CacheHeldBefore.class));
        }
    }
}
