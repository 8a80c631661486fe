package dev.copydesk.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyOrderedDispatchTests {

    private static final String TOPIC = "articles.raw";
    /** Every wait is bounded; a test that gets there has failed. */
    private static final long WAIT_SECONDS = 20;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void recordsOfOneKeyRunOneAfterTheOtherInTheOrderTheyCame() throws Exception {
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(8, pool);
        List<Long> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        for (long offset = 0; offset < 6; offset++) {
            await(dispatch.dispatch(message(0, "a", offset), admitted -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                sleepMillis(20); // long enough for a second record of the key to start, were it let
                order.add(admitted.getPayload().offset());
                running.decrementAndGet();
                done.countDown();
                return admitted.ack();
            }));
        }
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), order);
        assertEquals(0, overlaps.get());
    }

    @Test
    void recordsOfDifferentKeysRunAtOnce() throws Exception {
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(8, pool);
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<Boolean> sawTheOther = Collections.synchronizedList(new ArrayList<>());
        for (String key : List.of("a", "b")) {
            await(dispatch.dispatch(message(0, key, key.equals("a") ? 0 : 1), admitted -> {
                bothRunning.countDown();
                sawTheOther.add(awaitLatch(bothRunning));
                return admitted.ack();
            }));
        }
        awaitSettled(dispatch);
        assertEquals(List.of(true, true), sawTheOther);
    }

    @Test
    void theSameKeyOnAnotherPartitionIsAnotherKey() throws Exception {
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(8, pool);
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<Boolean> sawTheOther = Collections.synchronizedList(new ArrayList<>());
        for (int partition = 0; partition < 2; partition++) {
            await(dispatch.dispatch(message(partition, "a", 0), admitted -> {
                bothRunning.countDown();
                sawTheOther.add(awaitLatch(bothRunning));
                return admitted.ack();
            }));
        }
        awaitSettled(dispatch);
        assertEquals(List.of(true, true), sawTheOther);
    }

    @Test
    void noMoreRecordsAreAdmittedThanMaxInFlightUntilOneSettles() throws Exception {
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(3, pool);
        CompletableFuture<Void> release = new CompletableFuture<>();
        Function<Message<ConsumerRecord<String, byte[]>>, CompletionStage<Void>> held =
                admitted -> release.thenCompose(x -> admitted.ack());
        CompletionStage<Void> first = dispatch.dispatch(message(0, "a", 0), held);
        CompletionStage<Void> second = dispatch.dispatch(message(0, "b", 1), held);
        CompletionStage<Void> third = dispatch.dispatch(message(0, "c", 2), held);
        assertTrue(first.toCompletableFuture().isDone());
        assertTrue(second.toCompletableFuture().isDone());
        assertFalse(third.toCompletableFuture().isDone(), "three in flight: the next must wait");
        assertEquals(3, dispatch.inFlight());
        release.complete(null);
        await(third);
        awaitSettled(dispatch);
    }

    @Test
    void aKeysNextRecordWaitsForTheSettlementNotJustTheWork() throws Exception {
        java.util.Queue<Runnable> tasks = new java.util.ArrayDeque<>();
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(8, tasks::add); // run by hand: nothing races
        CompletableFuture<Void> ackOfFirst = new CompletableFuture<>();
        List<Long> worked = new ArrayList<>();
        await(dispatch.dispatch(message(0, "a", 0), admitted -> {
            worked.add(0L);
            return ackOfFirst; // work over, acknowledgement still pending
        }));
        await(dispatch.dispatch(message(0, "a", 1), admitted -> {
            worked.add(1L);
            return admitted.ack();
        }));
        assertEquals(1, tasks.size(), "only the first record of the key is handed to the pool");
        tasks.poll().run();
        assertEquals(List.of(0L), worked);
        assertTrue(tasks.isEmpty(), "the second was handed over before the first was acknowledged");
        ackOfFirst.complete(null);
        assertEquals(1, tasks.size());
        tasks.poll().run();
        assertEquals(List.of(0L, 1L), worked);
        assertEquals(0, dispatch.inFlight());
    }

    /** The leak of SmallRye's groups: here a slot comes back however a record ends, and its key goes on. */
    @Test
    void aSlotAndItsKeyComeBackWhateverTheRecordEndsWith() throws Exception {
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(2, pool);
        List<Function<Message<ConsumerRecord<String, byte[]>>, CompletionStage<Void>>> endings = List.of(
                admitted -> {
                    throw new IllegalStateException("work that throws");
                },
                admitted -> admitted.ack().thenCompose(x -> CompletableFuture.failedFuture(
                        new IllegalStateException("an acknowledgement that fails"))),
                admitted -> admitted.nack(new FencedException(new org.apache.kafka.common.TopicPartition(TOPIC, 0))),
                Message::ack);
        List<String> settledAs = Collections.synchronizedList(new ArrayList<>());
        long offset = 0;
        for (int round = 0; round < 3; round++) {
            for (Function<Message<ConsumerRecord<String, byte[]>>, CompletionStage<Void>> ending : endings) {
                await(dispatch.dispatch(message(0, "a", offset++, settledAs), ending));
            }
        }
        awaitSettled(dispatch);
        assertEquals(0, dispatch.keysInFlight());
        // The work that throws is nacked for it; every record settled once.
        assertEquals(12, settledAs.size());
        CountDownLatch ran = new CountDownLatch(1);
        await(dispatch.dispatch(message(0, "a", offset), admitted -> {
            ran.countDown();
            return admitted.ack();
        }));
        assertTrue(ran.await(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    private static Message<ConsumerRecord<String, byte[]>> message(int partition, String key, long offset) {
        return message(partition, key, offset, Collections.synchronizedList(new ArrayList<>()));
    }

    private static Message<ConsumerRecord<String, byte[]>> message(int partition, String key, long offset,
                                                                     List<String> settledAs) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, partition, offset, key, new byte[0]);
        return Message.of(record, () -> {
            settledAs.add("ack " + offset);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            settledAs.add("nack " + offset);
            return CompletableFuture.completedFuture(null);
        });
    }

    private static void await(CompletionStage<Void> stage) throws Exception {
        stage.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void awaitSettled(KeyOrderedDispatch dispatch) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (dispatch.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, dispatch.inFlight(), "records still in flight");
    }

    private static boolean awaitLatch(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
