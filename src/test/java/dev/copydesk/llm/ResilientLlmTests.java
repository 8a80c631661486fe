package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResilientLlmTests {

    private final FakeTime time = new FakeTime();
    private final ProviderCooldown cooldown = new ProviderCooldown(time);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), Duration.ofMinutes(1),
            time, time);

    private static final class Script implements LlmClient {
        final Deque<Supplier<LlmReply>> steps = new ArrayDeque<>();
        int calls;

        Script fail(RuntimeException error, int times) {
            for (int i = 0; i < times; i++) {
                steps.add(() -> { throw error; });
            }
            return this;
        }

        @Override
        public LlmReply chat(String systemPrompt, String userPrompt) {
            calls++;
            return steps.isEmpty() ? new LlmReply("# ok", 10, 20) : steps.poll().get();
        }

        @Override
        public String provider() {
            return "script";
        }

        @Override
        public String model() {
            return "m";
        }
    }

    private ResilientLlm llm(LlmClient client) {
        return new ResilientLlm(client, breaker, new TokenBudget(0, 0, time, time), cooldown,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)), 3, time);
    }

    @Test
    void waitsOutALongOutageAndNeverGivesUp() {
        Script script = new Script().fail(new HttpException(503, "down"), 40);
        LlmAnswer answer = llm(script).call("s", "u", 100, "a:fr-FR");
        assertEquals("# ok", answer.text());
        assertEquals(41, answer.attempts());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "the successful probe closed the circuit");
    }

    @Test
    void anOutageOpensTheCircuitSoCallsAreHeldBack() {
        Script script = new Script().fail(new HttpException(500, "boom"), 3);
        llm(script).call("s", "u", 100, "a:fr-FR");
        // three failures opened the circuit: the fourth call waited for the probe time (10 s), not just backoff
        assertTrue(time.slept().compareTo(Duration.ofSeconds(10)) >= 0, "slept " + time.slept());
    }

    @Test
    void throttlingWaitsAsLongAsRetryAfterSays() {
        Script script = new Script();
        script.steps.add(() -> {
            cooldown.retryAfter("30");
            throw new HttpException(429, "quota");
        });
        LlmAnswer answer = llm(script).call("s", "u", 100, "a:fr-FR");
        assertEquals(2, answer.attempts());
        assertTrue(time.slept().compareTo(Duration.ofSeconds(30)) >= 0, "slept " + time.slept());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "a quota is not an outage");
    }

    @Test
    void aRequestTheProviderRefusesIsGivenUpAfterTheLimit() {
        Script script = new Script().fail(new HttpException(400, "context length exceeded"), 10);
        assertThrows(LlmCallException.class, () -> llm(script).call("s", "u", 100, "a:fr-FR"));
        assertEquals(3, script.calls);
    }
}
