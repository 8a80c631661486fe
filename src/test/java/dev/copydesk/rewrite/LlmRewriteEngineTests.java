package dev.copydesk.rewrite;

import dev.copydesk.kafka.DeadLetterException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.AttemptHistory;
import dev.copydesk.llm.Backoff;
import dev.copydesk.llm.CircuitBreaker;
import dev.copydesk.llm.LlmClient;
import dev.copydesk.llm.ProviderCanary;
import dev.copydesk.llm.ProviderCooldown;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.llm.RetryPolicy;
import dev.copydesk.llm.TokenBudget;
import dev.copydesk.llm.LlmReply;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.support.Samples;
import dev.copydesk.support.SeoDrafts;
import dev.copydesk.testing.SeoInstructionFollower;
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
        final List<String> requests = new ArrayList<>();
        int calls;

        ScriptedClient then(Supplier<LlmReply> step) {
            script.add(step);
            return this;
        }

        @Override
        public LlmReply chat(String systemPrompt, String userPrompt) {
            if (userPrompt.equals(ProviderCanary.USER_PROMPT)) {
                return new LlmReply("OK", 5, 1);
            }
            calls++;
            requests.add(userPrompt);
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
        return engine(client, false);
    }

    private LlmRewriteEngine engine(LlmClient client, boolean seoRepair) {
        Clock clock = Clock.systemUTC();
        ResilientLlm llm = new ResilientLlm(client,
                new CircuitBreaker(100, Duration.ofSeconds(1), Duration.ofSeconds(1), clock, waits::add),
                new TokenBudget(0, 0, clock, waits::add), new ProviderCooldown(),
                new RetryPolicy(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5)), 3, 4,
                        Duration.ofMinutes(10)), clock, waits::add);
        return new LlmRewriteEngine(llm, PromptTemplates.bundled(), new RewriteGates(Samples.DETECTOR),
                new LlmRewriteSettings(2, 4096, 2, 0.5, 1.5, seoRepair), new RewriteCache(1_000_000));
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
    void anArticleTheModelKeepsFailingWhileItAnswersOthersIsDeadLetteredWithItsAttemptHistory() {
        ScriptedClient client = new ScriptedClient();
        for (int i = 0; i < 4; i++) {
            client.then(() -> { throw new dev.langchain4j.exception.HttpException(500, "boom"); });
        }
        DeadLetterException rejected = assertThrows(DeadLetterException.class,
                () -> engine(client).rewrite(seedItem));
        assertEquals(LlmRewriteEngine.LLM_FAILED_FOR_ARTICLE, rejected.reasonCode());
        assertEquals("4", rejected.details().get(AttemptHistory.ATTEMPTS_HEADER));
        assertTrue(rejected.details().get(AttemptHistory.FAILURES_HEADER).contains("http-500/article"));
        assertEquals(4, client.calls);
    }

    @Test
    void anEmptyAnswerIsAProviderFaultNotAnUnparseableAnswer() {
        ScriptedClient client = new ScriptedClient()
                .then(() -> new LlmReply("", 10, 0))
                .then(() -> new LlmReply("", 10, 0));
        RewrittenArticle article = engine(client).rewrite(seedItem);
        assertEquals(3, article.provenance().attempts(), "two empty answers, though max-unparseable-attempts is 2");
        assertEquals(ArticleStatus.REWRITTEN, article.status(), "gates: " + article.gates());
    }

    @Test
    void givesUpOnRepeatedlyUnparseableAnswersWithAReasonCode() {
        ScriptedClient client = new ScriptedClient()
                .then(() -> new LlmReply("désolé, je ne peux pas", 10, 5))
                .then(() -> new LlmReply("toujours pas", 10, 5));
        DeadLetterException rejected = assertThrows(DeadLetterException.class,
                () -> engine(client).rewrite(seedItem));
        assertEquals("llm-unparseable-output", rejected.reasonCode());
        assertEquals(2, client.calls);
    }

    private static final String SHORT_ANSWER =
            "# Titre\n\nUn chapeau très court en français sur Poutine et la Chine.\n\n## Partie\n\n"
                    + "Vladimir Poutine et Xi Jinping ont parlé de la guerre en Ukraine et de Bakhmut.\n";

    @Test
    void asksTheModelToRepairAFailedGateWithTheSpecificProblem() {
        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(SHORT_ANSWER, 10, 10));
        RewrittenArticle article = engine(client).rewrite(seedItem);
        assertEquals(2, client.calls);
        assertTrue(client.requests.get(1).contains("the brief asks for at least 700"), "repair names the problem");
        assertTrue(client.requests.get(1).contains("<previous>"), "repair shows the previous draft");
        assertEquals(1, article.provenance().repairs());
        assertEquals(ArticleStatus.REWRITTEN, article.status(), "gates: " + article.failedGates());
    }

    @Test
    void sendsToReviewWhatStillFailsAfterTheRepairs() {
        ScriptedClient client = new ScriptedClient();
        for (int i = 0; i < 3; i++) {
            client.then(() -> new LlmReply(SHORT_ANSWER, 10, 10));
        }
        RewrittenArticle article = engine(client).rewrite(seedItem);
        assertEquals(3, client.calls, "one answer and two repairs");
        assertEquals(2, article.provenance().repairs());
        assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
        assertTrue(article.failedGates().stream().anyMatch(gate -> gate.code().equals("min-words")));
    }

    @Test
    void deadLettersAnArticleStillInTheWrongLanguageAfterTheRepairs() {
        String english = "# Putin turns to China\n\nPutin seeks closer ties with China after setbacks in Ukraine.\n\n"
                + "## The front\n\nRussian commanders believe their troops cannot advance any further to seize"
                + " Bakhmut, and China has refused to take sides in the war to present itself as a peacemaker.\n";
        ScriptedClient client = new ScriptedClient();
        for (int i = 0; i < 3; i++) {
            client.then(() -> new LlmReply(english, 10, 10));
        }
        DeadLetterException rejected = assertThrows(DeadLetterException.class,
                () -> engine(client).rewrite(seedItem));
        assertTrue(rejected.reasonCode().startsWith("gate-failed:") && rejected.reasonCode().contains("target-language"),
                rejected.reasonCode());
    }

    @Test
    void pricesTheTokens() {
        RewrittenArticle article = engine(new ScriptedClient()).rewrite(seedItem);
        // 1000 tokens in at 0.5 per 1k, 1200 out at 1.5 per 1k
        assertEquals(0.5 + 1.8, article.provenance().estimatedCost(), 1e-9);
    }

    @Test
    void aReplayOfUnchangedInputIsServedFromTheCacheAtNoCost() {
        ScriptedClient client = new ScriptedClient();
        LlmRewriteEngine engine = engine(client);
        RewrittenArticle first = engine.rewrite(seedItem);
        RewrittenArticle replay = engine.rewrite(seedItem);
        assertEquals(1, client.calls);
        assertTrue(replay.provenance().cached());
        assertEquals(0, replay.provenance().tokensIn() + replay.provenance().tokensOut());
        assertEquals(first.sections(), replay.sections());
        assertEquals(first.provenance().inputHash(), replay.provenance().inputHash());
    }

    // The SEO repair round. The stub answer misses the keyphrase density by a hair; FLAWED misses much more.

    private static final String FLAWED = SeoDrafts.missingTargets(GOOD_ANSWER);

    /** The latest request, answered as the SEO instructions in it say. */
    private static LlmReply followingInstructions(ScriptedClient client) {
        return new LlmReply(new SeoInstructionFollower().answer(client.requests.get(client.requests.size() - 1)),
                900, 1100);
    }

    private static SeoRepair.Findings findings(RewrittenArticle article) {
        return SeoRepair.assess(article);
    }

    @Test
    void aDraftThatMissesTheSearchTargetsIsSentBackOnceAndTheRepairKept() {
        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(FLAWED, 1000, 1200));
        client.then(() -> followingInstructions(client));
        RewrittenArticle article = engine(client, true).rewrite(seedItem);

        assertEquals(2, client.calls);
        assertTrue(client.requests.get(1).contains("[sentence-length]"), "the request names what to fix");
        assertEquals(1, article.provenance().seoRepairs());
        assertEquals(RewriteProvenance.SEO_REPAIR_KEPT, article.provenance().seoRepairOutcome());
        assertEquals(0, article.provenance().repairs(), "no gate failed");
        assertEquals(1900, article.provenance().tokensIn(), "both calls' tokens");
        assertEquals(2300, article.provenance().tokensOut());
        assertEquals(1.9 * 0.5 + 2.3 * 1.5, article.provenance().estimatedCost(), 1e-9);
        assertEquals(ArticleStatus.REWRITTEN, article.status(), "gates: " + article.failedGates());
        assertTrue(findings(article).passes(), "still missed: " + findings(article).failed());
    }

    @Test
    void theSeoRepairRoundIsSkippedWhenTheDraftMeetsEveryTarget() {
        ScriptedClient probe = new ScriptedClient().then(() -> new LlmReply(FLAWED, 1, 1));
        engine(probe, true).rewrite(seedItem);
        String meetsEveryTarget = new SeoInstructionFollower().answer(probe.requests.get(1));

        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(meetsEveryTarget, 1000, 1200));
        RewrittenArticle article = engine(client, true).rewrite(seedItem);
        assertEquals(1, client.calls);
        assertEquals(0, article.provenance().seoRepairs());
        assertEquals(null, article.provenance().seoRepairOutcome());
    }

    @Test
    void aRepairedDraftThatFailsAGateIsDiscardedAndTheEarlierDraftKept() {
        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(FLAWED, 1000, 1200));
        client.then(() -> {
            LlmReply followed = followingInstructions(client);
            return new LlmReply(followed.text().replace("grand partenariat eurasien", "vaste alliance eurasienne"),
                    followed.tokensIn(), followed.tokensOut());
        });
        RewrittenArticle article = engine(client, true).rewrite(seedItem);

        assertEquals(2, client.calls, "the repaired draft gets no repair of its own");
        assertEquals(RewriteProvenance.SEO_REPAIR_DISCARDED, article.provenance().seoRepairOutcome());
        assertEquals(1, article.provenance().seoRepairs());
        assertEquals(1900, article.provenance().tokensIn(), "the discarded call is counted too");
        assertEquals(2300, article.provenance().tokensOut());
        assertEquals(ArticleStatus.REWRITTEN, article.status(), "gates: " + article.failedGates());
        ParsedArticle earlier = new MarkdownArticleParser().parse(FLAWED);
        assertEquals(earlier.sections(), article.sections(), "the draft that passed the gates goes on");
    }

    @Test
    void theSeoRepairRoundHappensAtMostOnce() {
        ScriptedClient client = new ScriptedClient();
        for (int i = 0; i < 4; i++) {
            client.then(() -> new LlmReply(FLAWED, 10, 10)); // a model that ignores the instructions
        }
        RewrittenArticle article = engine(client, true).rewrite(seedItem);
        assertEquals(2, client.calls);
        assertEquals(1, article.provenance().seoRepairs());
        assertTrue(!findings(article).passes(), "the targets are still missed, and no third call was made");
    }

    @Test
    void theSeoRepairSettingIsPartOfTheInputHashSoNoCachedAnswerCrossesIt() {
        String on = engine(new ScriptedClient(), true).rewrite(seedItem).provenance().inputHash();
        String off = engine(new ScriptedClient(), false).rewrite(seedItem).provenance().inputHash();
        assertEquals(PromptTemplates.bundled().render(seedItem, "script-1").inputHash(), off);
        assertTrue(!on.equals(off), on);
    }

    @Test
    void noSeoRepairRoundWhenItIsSwitchedOff() {
        ScriptedClient client = new ScriptedClient().then(() -> new LlmReply(FLAWED, 10, 10));
        RewrittenArticle article = engine(client, false).rewrite(seedItem);
        assertEquals(1, client.calls);
        assertEquals(0, article.provenance().seoRepairs());
        assertTrue(!findings(article).passes());
    }

    @Test
    void aDraftThatNeedsReviewGetsNoSeoRepairRound() {
        ScriptedClient client = new ScriptedClient();
        for (int i = 0; i < 3; i++) {
            client.then(() -> new LlmReply(SHORT_ANSWER, 10, 10));
        }
        RewrittenArticle article = engine(client, true).rewrite(seedItem);
        assertEquals(3, client.calls, "one answer and two gate repairs, no SEO round");
        assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
        assertEquals(0, article.provenance().seoRepairs());
    }

    private static String resource(String path) {
        try (InputStream in = LlmRewriteEngineTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
