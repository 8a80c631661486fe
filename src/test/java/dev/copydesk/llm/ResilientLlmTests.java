package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResilientLlmTests {

    private static final LlmReply GOOD = new LlmReply("# ok", 10, 20);
    private static final int MAX_ARTICLE_FAILURES = 4;

    private final FakeTime time = new FakeTime();
    private final ProviderCooldown cooldown = new ProviderCooldown(time);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), Duration.ofMinutes(1),
            time, time);

    /**
     * A provider on the fake clock: the article's calls answer as {@link #article} says, the canary is answered
     * unless the provider is down, and everything fails with 503 while it is down.
     */
    private final class Provider implements LlmClient {
        Function<String, LlmReply> article = prompt -> GOOD;
        Instant downUntil = Instant.EPOCH;
        int articleCalls;
        int canaryCalls;

        Provider downFor(Duration duration) {
            downUntil = time.instant().plus(duration);
            return this;
        }

        @Override
        public LlmReply chat(String systemPrompt, String userPrompt) {
            boolean canary = userPrompt.equals(ProviderCanary.USER_PROMPT);
            if (canary) {
                canaryCalls++;
            } else {
                articleCalls++;
            }
            if (time.instant().isBefore(downUntil)) {
                throw new HttpException(503, "down");
            }
            return canary ? new LlmReply("OK", 5, 1) : article.apply(userPrompt);
        }

        @Override
        public String provider() {
            return "fake";
        }

        @Override
        public String model() {
            return "m";
        }
    }

    private ResilientLlm llm(LlmClient client) {
        return new ResilientLlm(client, breaker, new TokenBudget(0, 0, time, time), cooldown,
                new RetryPolicy(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)), 3, MAX_ARTICLE_FAILURES,
                        Duration.ofMinutes(5)), time, time);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void waitsOutALongOutageAndNeverGivesUp() {
        Provider provider = new Provider().downFor(Duration.ofMinutes(20));
        LlmReply answer = llm(provider).call("s", "article", 100, "a:fr-FR");
        assertEquals("# ok", answer.text());
        assertTrue(time.slept().compareTo(Duration.ofMinutes(20)) >= 0, "longer than the article's 5 min limit");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "the successful probe closed the circuit");
    }

    @Test
    void anOutageOpensTheCircuitSoCallsAreHeldBack() {
        Provider provider = new Provider().downFor(Duration.ofSeconds(1));
        llm(provider).call("s", "article", 100, "a:fr-FR");
        // the canary failed with each article call: three shared failures opened the circuit, so the next call waited
        // for the probe time (10 s), not just the backoff
        assertEquals(1, breaker.openings());
        assertTrue(time.slept().compareTo(Duration.ofSeconds(10)) >= 0, "slept " + time.slept());
    }

    @Test
    void aFiveHundredOnlyThisArticleGetsIsGivenUpAfterItsLimitWithoutOpeningTheCircuit() {
        Provider provider = new Provider();
        provider.article = prompt -> {
            throw new HttpException(500, "this input crashes the server");
        };
        LlmFailedForArticleException failed = assertThrows(LlmFailedForArticleException.class,
                () -> llm(provider).call("s", "article", 100, "bad:fr-FR"));

        assertEquals(MAX_ARTICLE_FAILURES, provider.articleCalls);
        assertEquals(0, breaker.openings());
        assertEquals(0, breaker.consecutiveFailures(), "the canary kept answering");
        Map<String, String> headers = failed.history().headers();
        assertEquals("4", headers.get(AttemptHistory.ATTEMPTS_HEADER));
        assertEquals("4", headers.get(AttemptHistory.ARTICLE_FAILURES_HEADER));
        assertEquals("1:http-500/article,2:http-500/article,3:http-500/article,4:http-500/article",
                headers.get(AttemptHistory.FAILURES_HEADER));
        assertTrue(Long.parseLong(headers.get(AttemptHistory.ELAPSED_HEADER)) > 0);
    }

    @Test
    void aGenerationThatTimesOutEveryTimeIsGivenUpWhenItsTimeIsSpent() {
        Provider provider = new Provider();
        provider.article = prompt -> {
            time.advance(Duration.ofMinutes(2));
            throw new RuntimeException("read timed out", new SocketTimeoutException("Read timed out"));
        };
        LlmFailedForArticleException failed = assertThrows(LlmFailedForArticleException.class,
                () -> llm(provider).call("s", "long article", 100, "slow:fr-FR"));

        assertEquals(3, provider.articleCalls, "3 × 2 min passed the 5 min limit before the 4 attempts");
        assertTrue(failed.history().failureList().startsWith("1:timeout/article"), failed.history().failureList());
        assertEquals(0, breaker.openings());
    }

    @Test
    void anotherCallAnsweredMeanwhileMakesTheFailureTheArticlesOwnWithoutACanary() {
        Provider provider = new Provider();
        ResilientLlm llm = llm(provider);
        provider.article = prompt -> {
            if (prompt.equals("bad")) {
                llm.call("s", "good", 100, "good:fr-FR");
                throw new HttpException(502, "bad gateway for this one");
            }
            return GOOD;
        };
        LlmFailedForArticleException failed = assertThrows(LlmFailedForArticleException.class,
                () -> llm.call("s", "bad", 100, "bad:fr-FR"));

        assertEquals(0, provider.canaryCalls);
        assertEquals(MAX_ARTICLE_FAILURES, failed.history().count(AttemptHistory.Whose.ARTICLE));
    }

    @Test
    void anEmptyAnswerIsRetriedAsAProviderFault() {
        Provider provider = new Provider();
        int[] calls = {0};
        provider.article = prompt -> ++calls[0] == 1 ? new LlmReply("  ", 10, 0) : GOOD;
        LlmReply answer = llm(provider).call("s", "article", 100, "a:fr-FR");

        assertEquals("# ok", answer.text());
        assertEquals(2, answer.attempts());
        assertEquals(0, breaker.consecutiveFailures(), "the canary answered: the empty answer was not an outage");
    }

    @Test
    void anArticleThatAlwaysGetsAnEmptyAnswerIsGivenUpAsTheArticlesProviderFault() {
        Provider provider = new Provider();
        provider.article = prompt -> new LlmReply("", 10, 4096);
        LlmFailedForArticleException failed = assertThrows(LlmFailedForArticleException.class,
                () -> llm(provider).call("s", "article", 100, "a:fr-FR"));

        assertTrue(failed.history().failureList().matches("(\\d:empty-answer/article,?){4}"),
                failed.history().failureList());
    }

    @Test
    void everyCallAnsweringEmptyIsAnOutageNotABadArticle() {
        int[] empties = {12};
        LlmClient provider = new LlmClient() {
            @Override
            public LlmReply chat(String systemPrompt, String userPrompt) {
                return empties[0]-- > 0 ? new LlmReply("", 1, 0) : GOOD;
            }

            @Override
            public String provider() {
                return "fake";
            }

            @Override
            public String model() {
                return "m";
            }
        };
        LlmReply answer = llm(provider).call("s", "article", 100, "a:fr-FR");
        assertEquals("# ok", answer.text());
        assertTrue(breaker.openings() >= 1, "an empty canary too: shared, the circuit opened");
    }

    @Test
    void theCircuitsProbeIsACanarySoABadArticleCannotKeepItOpen() {
        Provider provider = new Provider().downFor(Duration.ofSeconds(3));
        provider.article = prompt -> {
            throw new HttpException(500, "this input crashes the server");
        };
        assertThrows(LlmFailedForArticleException.class, () -> llm(provider).call("s", "article", 100, "bad:fr-FR"));

        assertEquals(1, breaker.openings(), "opened by the outage, closed by the canary probe, never reopened");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aConnectionFailureIsAnOutageEvenWhenTheCanaryAnswers() {
        Provider provider = new Provider();
        int[] calls = {0};
        provider.article = prompt -> {
            if (++calls[0] <= 6) {
                throw new RuntimeException(new ConnectException("Connection refused"));
            }
            return GOOD;
        };
        LlmReply answer = llm(provider).call("s", "article", 100, "a:fr-FR");
        assertEquals(7, answer.attempts(), "six failures, more than the article's limit, and not given up");
        assertEquals(2, breaker.openings(), "no article makes a connection fail: each failure fed the breaker");
    }

    @Test
    void anInterruptDuringACallIsNotAnOutageFailure() {
        Provider provider = new Provider();
        provider.article = prompt -> {
            Thread.currentThread().interrupt();
            throw new RuntimeException(new InterruptedIOException("interrupted"));
        };
        assertThrows(IllegalStateException.class, () -> llm(provider).call("s", "article", 100, "a:fr-FR"));

        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        assertEquals(0, breaker.consecutiveFailures());
        assertEquals(1, provider.articleCalls);
        assertEquals(0, provider.canaryCalls);
    }

    @Test
    void throttlingWaitsAsLongAsRetryAfterSays() {
        Provider provider = new Provider();
        int[] calls = {0};
        provider.article = prompt -> {
            if (++calls[0] == 1) {
                cooldown.retryAfter("30");
                throw new HttpException(429, "quota");
            }
            return GOOD;
        };
        LlmReply answer = llm(provider).call("s", "article", 100, "a:fr-FR");
        assertEquals(2, answer.attempts());
        assertTrue(time.slept().compareTo(Duration.ofSeconds(30)) >= 0, "slept " + time.slept());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "a quota is not an outage");
    }

    @Test
    void aRequestTheProviderRefusesIsGivenUpAfterTheLimit() {
        Provider provider = new Provider();
        provider.article = prompt -> {
            throw new HttpException(400, "context length exceeded");
        };
        LlmCallException refused = assertThrows(LlmCallException.class,
                () -> llm(provider).call("s", "article", 100, "a:fr-FR"));
        assertFalse(refused instanceof LlmFailedForArticleException);
        assertEquals(3, provider.articleCalls);
        assertEquals("1:http-400/rejected,2:http-400/rejected,3:http-400/rejected",
                refused.history().failureList());
    }
}
