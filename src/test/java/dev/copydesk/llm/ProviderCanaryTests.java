package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderCanaryTests {

    /** A provider whose canary answers as told, optionally only once {@link #release} opens. */
    private static final class Provider implements LlmClient {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean up = true;
        volatile int status = 503;
        volatile boolean hold;

        @Override
        public LlmReply chat(String systemPrompt, String userPrompt) {
            assertEquals(ProviderCanary.USER_PROMPT, userPrompt);
            calls.incrementAndGet();
            if (hold) {
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!up) {
                throw new HttpException(status, "down");
            }
            return new LlmReply("OK", 3, 1);
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

    @Test
    void callersAskingWhileACanaryIsInFlightShareIt() throws Exception {
        Provider provider = new Provider();
        provider.hold = true;
        ProviderCanary canary = new ProviderCanary(provider, Clock.systemUTC());
        Instant later = Instant.now().plusSeconds(3600);
        List<Thread> callers = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            Thread caller = new Thread(() -> {
                try {
                    if (canary.answeredSince(later)) {
                        answered.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            callers.add(caller);
            caller.start();
        }
        // one caller is inside the canary call, the seven others wait for its answer
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (callers.stream().filter(thread -> thread.getState() == Thread.State.WAITING
                || thread.getState() == Thread.State.TIMED_WAITING).count() < 8 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        provider.release.countDown();
        for (Thread caller : callers) {
            caller.join(30_000);
        }
        assertEquals(1, provider.calls.get());
        assertEquals(8, answered.get());
        assertEquals(1, canary.answers());
    }

    @Test
    void aFinishedCanaryAnswersOnlyForMomentsBeforeItWasSent() throws Exception {
        Provider provider = new Provider();
        FakeTime time = new FakeTime();
        ProviderCanary canary = new ProviderCanary(provider, time);
        Instant before = time.instant();
        assertTrue(canary.answeredSince(before));
        assertTrue(canary.answeredSince(before), "the same moment: the same canary");
        assertEquals(1, provider.calls.get());

        time.advance(java.time.Duration.ofSeconds(1));
        provider.up = false;
        assertFalse(canary.answeredSince(time.instant()), "a later failure needs a fresh canary, which fails");
        assertEquals(2, provider.calls.get());
    }

    @Test
    void aCanaryAnsweredWithTooManyRequestsShowsTheProviderUp() throws Exception {
        Provider provider = new Provider();
        provider.up = false;
        provider.status = 429;
        ProviderCanary canary = new ProviderCanary(provider, Clock.systemUTC());
        assertTrue(canary.answeredSince(Instant.now()));
    }

    @Test
    void aCanaryAnsweredWithAServerErrorShowsTheProviderDown() throws Exception {
        Provider provider = new Provider();
        provider.up = false;
        ProviderCanary canary = new ProviderCanary(provider, Clock.systemUTC());
        assertFalse(canary.answeredSince(Instant.now()));
    }
}
