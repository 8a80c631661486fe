package dev.copydesk.rewrite;

import dev.copydesk.ingest.RejectedInputException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.Backoff;
import dev.copydesk.llm.CircuitBreaker;
import dev.copydesk.llm.LlmClient;
import dev.copydesk.llm.ProviderCooldown;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.llm.TokenBudget;
import dev.copydesk.llm.LlmReply;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmRewriteEngineTests {

    private static final String GOOD_ANSWER = resource("/stub/rewrite-fr.md");

    /** Answers from a script, one per call; a step may throw. */
    private static final class ScriptedClient implements LlmClient {
        private final Deque<Supplier<LlmReply>> script = new ArrayDeque<>();
        int calls;

        ScriptedClient then(Supplier<LlmReply> step) {
            script.add(step);
            return this;
        }

        @Override
        public LlmReply chat(String systemPrompt, String userPrompt) {
            calls++;
            return script.isEmpty() ? new LlmReply(GOOD_ANSWER, 1000, 1200) : script.poll().get();
        }

        @Override
        public String provider() {
            return "scripted";
        }

        @Override
        public String model() {
            return "script-1";
        }
    }

    private final List<Duration> waits = new ArrayList<>();
    private final WorkItem seedItem = Samples.ingestor().ingest(Samples.seedBytes()).workItems().get(0);

    private LlmRewriteEngine engine(LlmClient client) {
        Clock clock = Clock.systemUTC();
        ResilientLlm llm = new ResilientLlm(client,
                new CircuitBreaker(100, Duration.ofSeconds(1), Duration.ofSeconds(1), clock, waits::add),
                new TokenBudget(0, 0, clock, waits::add), new ProviderCooldown(),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5)), 3, waits::add);
        return new LlmRewriteEngine(llm, PromptTemplates.bundled(), new RewriteGates(Samples.DETECTOR), 2, 4096);
    }

    @Test
    void retriesAFailingModelWithGrowingWaitsUntilItAnswers() {
        ScriptedClient client = new ScriptedClient()
                .then(() -> { throw new IllegalStateException("HTTP 500"); })
                .then(() -> { throw new IllegalStateException("connection refused"); });
        RewrittenArticle article = engine(client).rewrite(seedItem);
        assertEquals(3, client.calls);
        assertEquals(2, waits.size());
        assertTrue(waits.get(1).compareTo(waits.get(0)) >= 0 || waits.get(1).toMillis() >= 100);
        assertEquals(3, article.provenance().attempts());
        assertEquals(ArticleStatus.REWRITTEN, article.status(), "gates: " + article.gates());
    }

    @Test
    void recordsProvenanceOfTheCall() {
        RewrittenArticle article = engine(new ScriptedClient()).rewrite(seedItem);
        assertEquals("llm", article.provenance().engine());
        assertEquals("scripted", article.provenance().provider());
        assertEquals("script-1", article.provenance().model());
        assertEquals(PromptTemplates.bundled().version(), article.provenance().promptVersion());
        assertEquals(1000, article.provenance().tokensIn());
        assertEquals(1200, article.provenance().tokensOut());
        assertTrue(article.seoHints().keyphrase() != null);
    }

    @Test
    void givesUpOnRepeatedlyUnparseableAnswersWithAReasonCode() {
        ScriptedClient client = new ScriptedClient()
                .then(() -> new LlmReply("désolé, je ne peux pas", 10, 5))
                .then(() -> new LlmReply("toujours pas", 10, 5));
        RejectedInputException rejected = assertThrows(RejectedInputException.class,
                () -> engine(client).rewrite(seedItem));
        assertEquals("llm-unparseable-output", rejected.reasonCode());
        assertEquals(2, client.calls);
    }

    @Test
    void sendsAShortAnswerToReviewWithTheMinWordsGate() {
        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(
                "# Titre\n\nUn chapeau très court en français.\n\n## Partie\n\nPoutine et Xi ont parlé de la guerre.\n",
                10, 10));
        RewrittenArticle article = engine(client).rewrite(seedItem);
        assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
        assertTrue(article.failedGates().stream().anyMatch(gate -> gate.code().equals("min-words")));
    }

    private static String resource(String path) {
        try (InputStream in = LlmRewriteEngineTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
