package dev.copydesk.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBudgetTests {

    private final FakeTime time = new FakeTime();

    @Test
    void aCallThatFitsGoesAtOnce() throws InterruptedException {
        TokenBudget budget = new TokenBudget(60_000, 0, time, time);
        budget.acquire(10_000);
        assertEquals(Duration.ZERO, time.slept());
    }

    @Test
    void aCallWaitsUntilItsTokensHaveRefilled() throws InterruptedException {
        TokenBudget budget = new TokenBudget(60_000, 0, time, time);
        budget.acquire(60_000);
        budget.acquire(30_000);
        // 30 000 tokens at 60 000 per minute refill in 30 s
        assertEquals(Duration.ofSeconds(30).toMillis(), time.slept().toMillis(), 5);
    }

    @Test
    void reportedUsageGivesBackAnOverestimate() throws InterruptedException {
        TokenBudget budget = new TokenBudget(60_000, 0, time, time);
        budget.acquire(50_000);
        budget.settle(50_000, 10_000);
        assertTrue(budget.availableTokens() >= 49_999, "available " + budget.availableTokens());
    }

    @Test
    void requestsPerMinuteSpaceCallsOut() throws InterruptedException {
        TokenBudget budget = new TokenBudget(0, 60, time, time);
        for (int i = 0; i < 61; i++) {
            budget.acquire(1);
        }
        // the 61st request waits one second for its slot
        assertEquals(1000, time.slept().toMillis(), 5);
    }

    @Test
    void aRequestBiggerThanTheBudgetGoesAsSoonAsTheBudgetIsOutOfDebt() throws InterruptedException {
        TokenBudget budget = new TokenBudget(60_000, 0, time, time);
        budget.acquire(30_000);
        budget.acquire(90_000);
        assertEquals(Duration.ZERO, time.slept(), "it did not wait for a full bucket");
        budget.acquire(1);
        // 60 000 in debt after the big one: the next call waits for the debt to be paid back
        assertTrue(time.slept().compareTo(Duration.ofSeconds(59)) >= 0, "slept " + time.slept());
    }

    @Test
    void zeroMeansUnlimited() throws InterruptedException {
        TokenBudget budget = new TokenBudget(0, 0, time, time);
        for (int i = 0; i < 1000; i++) {
            budget.acquire(1_000_000);
        }
        assertEquals(Duration.ZERO, time.slept());
    }
}
