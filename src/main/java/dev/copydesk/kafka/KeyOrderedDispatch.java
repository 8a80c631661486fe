package dev.copydesk.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * A stage's per-key ordering and concurrency, in place of SmallRye's {@code throttled.ordered=key}: records of one
 * key (topic, partition and record key) are worked on one after the other, in the order they arrive; records of
 * different keys at once, at most {@code maxInFlight} of them admitted (running, or waiting for an earlier record of
 * their key).
 * <p>
 * Why not SmallRye's: its groups (one per key, merged {@code max-concurrency} at a time) are dropped at a rebalance
 * without their merge slot always coming back. A group queued but not yet subscribed when its partition is revoked
 * is later subscribed with no ordering state, or with a newer one that counts other records, and then either never
 * completes (the slot is gone for good) or completes early (records behind it are dropped unprocessed): each
 * rebalance can cost a slot, until the worker trickles, then stops (drills/GroupLeakProbe shows it with one slot
 * and no broker). Here every admitted record ends by settling its message, ack or nack, and only then frees its
 * slot and lets its key's next record go: a fenced record (partition revoked, worker stopping) is nacked at once by
 * {@link PartitionOwnership#process}, so nothing waits on a partition that is gone.
 * <p>
 * The stage's {@code @Incoming} method, non-blocking, hands each message to {@link #dispatch} and returns its
 * result: SmallRye waits for that stage before it delivers the next message, so records arrive here one at a time,
 * in order, and the channel is held back (its consumer paused once its queue is full) while all slots are taken.
 */
public final class KeyOrderedDispatch {

    private static final Logger LOG = Logger.getLogger(KeyOrderedDispatch.class);

    private final int maxInFlight;
    private final Executor executor;
    /** The last admitted record of each key: its key's next record starts when it settles. Guarded by this. */
    private final Map<OrderKey, CompletableFuture<Void>> lastOfKey = new HashMap<>();
    /** Admissions waiting for a slot (one at a time, as SmallRye delivers). Guarded by this. */
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int admitted;

    /**
     * @param maxInFlight records admitted at once (the stage's max-in-flight)
     * @param executor    where the work runs (a worker pool of at least {@code maxInFlight} threads)
     */
    public KeyOrderedDispatch(int maxInFlight, Executor executor) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, not " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.executor = executor;
    }

    /**
     * Admits {@code message}: {@code work} runs on the executor once every earlier record of its key has settled,
     * and must return the settlement of the message (its ack or nack). Returns a stage that completes when there is
     * a slot for the next record.
     */
    public CompletionStage<Void> dispatch(
            Message<ConsumerRecord<String, byte[]>> message,
            Function<Message<ConsumerRecord<String, byte[]>>, CompletionStage<Void>> work) {
        ConsumerRecord<String, byte[]> record = message.getPayload();
        OrderKey key = new OrderKey(record.topic(), record.partition(), record.key());
        CompletableFuture<Void> settled = new CompletableFuture<>();
        CompletableFuture<Void> previous;
        CompletableFuture<Void> room;
        synchronized (this) {
            previous = lastOfKey.put(key, settled);
            admitted++;
            if (admitted < maxInFlight) {
                room = CompletableFuture.completedFuture(null);
            } else {
                room = new CompletableFuture<>();
                waiting.add(room);
            }
        }
        if (previous == null) {
            start(message, work, key, settled);
        } else {
            previous.whenComplete((ignored, never) -> start(message, work, key, settled));
        }
        return room;
    }

    /** Records admitted and not yet settled. */
    public synchronized int inFlight() {
        return admitted;
    }

    /** Keys with a record admitted and not yet settled. */
    public synchronized int keysInFlight() {
        return lastOfKey.size();
    }

    private void start(Message<ConsumerRecord<String, byte[]>> message,
                       Function<Message<ConsumerRecord<String, byte[]>>, CompletionStage<Void>> work, OrderKey key,
                       CompletableFuture<Void> settled) {
        try {
            executor.execute(() -> {
                CompletionStage<Void> outcome;
                try {
                    outcome = work.apply(message);
                } catch (Throwable failure) {
                    outcome = message.nack(failure);
                }
                outcome.whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        LOG.warnf(failure, "settling %s/%d@%d failed", key.topic, key.partition,
                                message.getPayload().offset());
                    }
                    settle(key, settled);
                });
            });
        } catch (RejectedExecutionException stopping) {
            // The worker pool is closing with the application: left uncommitted for the partition's next owner.
            message.nack(new FencedException(new TopicPartition(key.topic, key.partition)))
                    .whenComplete((ignored, failure) -> settle(key, settled));
        }
    }

    private void settle(OrderKey key, CompletableFuture<Void> settled) {
        CompletableFuture<Void> next;
        synchronized (this) {
            lastOfKey.remove(key, settled);
            admitted--;
            next = admitted < maxInFlight ? waiting.poll() : null;
        }
        settled.complete(null);
        if (next != null) {
            next.complete(null);
        }
    }

    /** Records of one key keep their order; SmallRye's grouping is by topic-partition and key too. */
    private record OrderKey(String topic, int partition, String key) {
    }
}
