package dev.copydesk.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The fence between a worker's work and partitions it no longer owns. A record's outputs are written only while the
 * worker still owns the record's partition, under the same ownership it had when the work began, and it has not been
 * told to abandon the work (shutdown past its grace): otherwise nothing is written and the record is not
 * acknowledged, so the partition's next owner processes it.
 * <p>
 * Why it holds: Kafka's consumer group calls {@link #revoked} on the old owner's polling thread before the partition
 * can be assigned to anyone else (under either rebalance protocol). {@link #revoked} takes the partition's write
 * lock, which waits for every write already under way ({@link Claim#publish} holds the read lock while its sends are
 * acknowledged) and then marks the ownership ended; a write that starts later sees the mark and gives up. So a
 * revoked owner's last write lands before the new owner has the partition, and nothing after. The same call
 * interrupts the work still running on the revoked partitions (a model call, say) and waits a bounded time for it to
 * stop, so one key does not run on two workers at once.
 * <p>
 * What it does not cover: a worker frozen for longer than the group's session timeout (45 s) is removed from the
 * group without being told until it wakes; the consumer then reports the partitions lost, which fences them too, but
 * a write already past its check when the worker froze lands late. README, "Delivery guarantees", says so.
 */
public final class PartitionOwnership {

    private static final Logger LOG = Logger.getLogger(PartitionOwnership.class);

    private final Map<TopicPartition, Tenure> tenures = new ConcurrentHashMap<>();
    private final Set<Claim> claims = ConcurrentHashMap.newKeySet();
    /** When work last began on a record of each topic: a stalled consumer shows as a topic whose work stopped. */
    private final Map<String, Instant> lastClaimByTopic = new ConcurrentHashMap<>();
    private final Duration abandonTimeout;
    private volatile boolean stopping;

    /**
     * @param abandonTimeout how long to wait for interrupted work to stop before going on (a revocation, the end of
     *                       the shutdown grace)
     */
    public PartitionOwnership(Duration abandonTimeout) {
        this.abandonTimeout = abandonTimeout;
    }

    /** The consumer was given these partitions: work on them may write from now on. */
    public void assigned(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> tenures.put(partition, new Tenure()));
    }

    /**
     * The consumer gives these partitions up (revoked or lost): waits for writes under way to be acknowledged,
     * forbids any later write of work begun before, interrupts that work and waits up to the abandon timeout for it
     * to stop. Called on the consumer's polling thread, which the next owner waits for.
     */
    public void revoked(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Tenure tenure = tenures.get(partition);
            if (tenure != null) {
                tenure.end();
            }
        }
        abandon(claims.stream().filter(claim -> partitions.contains(claim.partition)).toList(), "revoked partitions");
    }

    /**
     * The worker is stopping: no new record is worked on; work already begun may finish and write within
     * {@code grace}; what is still running then is interrupted and may no longer write.
     */
    public void stop(Duration grace) {
        stopping = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (!claims.isEmpty() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        if (!claims.isEmpty()) {
            LOG.infof("%d records still in progress after the shutdown grace of %s: abandoned, not acknowledged "
                    + "(the partitions' next owner processes them)", claims.size(), grace);
            abandon(Set.copyOf(claims), "shutdown");
        }
    }

    /** Begins work on a record of {@code partition}; close the claim when the work is over. */
    public Claim claim(TopicPartition partition) {
        lastClaimByTopic.put(partition.topic(), Instant.now());
        Tenure tenure = tenures.get(partition);
        Claim claim = new Claim(partition, tenure, Thread.currentThread());
        if (stopping || (tenure != null && tenure.ended)) {
            claim.abandoned = true; // begun after shutdown or revocation: never worked on
        } else {
            claims.add(claim);
        }
        return claim;
    }

    /**
     * Works on the record of {@code message} under a claim and settles the message: acknowledged when the work
     * ended normally; nacked with a {@link FencedException} when it was fenced, which the channels' failure strategy
     * ({@link FailUnlessFenced}) neither commits nor fails on, so the partition's next owner processes it; nacked
     * with the failure when it failed otherwise (a broker that does not take the outputs: the channel stops).
     */
    public CompletionStage<Void> process(Message<ConsumerRecord<String, byte[]>> message, Work work) {
        ConsumerRecord<String, byte[]> record = message.getPayload();
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Claim claim = claim(partition);
        try (claim) {
            if (!claim.fenced()) {
                work.process(record, claim);
                return message.ack();
            }
        } catch (FencedException fenced) {
            // below
        } catch (Throwable failure) {
            if (!claim.fenced()) {
                return message.nack(failure);
            }
        }
        LOG.debugf("%s/%d@%d not acknowledged: its work was fenced", record.topic(), record.partition(),
                record.offset());
        return message.nack(new FencedException(partition));
    }

    /** A stage's work on one record; every write goes through the claim. */
    @FunctionalInterface
    public interface Work {
        void process(ConsumerRecord<String, byte[]> record, Claim claim);
    }

    /** Records being worked on now. */
    public int inProgress() {
        return claims.size();
    }

    /** Records of {@code topic} being worked on now. */
    public long inProgress(String topic) {
        return claims.stream().filter(claim -> claim.partition.topic().equals(topic)).count();
    }

    /** When work last began on a record of {@code topic}, if ever. */
    public Optional<Instant> lastClaim(String topic) {
        return Optional.ofNullable(lastClaimByTopic.get(topic));
    }

    private void abandon(Collection<Claim> abandoned, String why) {
        if (abandoned.isEmpty()) {
            return;
        }
        abandoned.forEach(Claim::abandon);
        long deadline = System.nanoTime() + abandonTimeout.toNanos();
        while (abandoned.stream().anyMatch(claims::contains) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
        }
        long stillRunning = abandoned.stream().filter(claims::contains).count();
        if (stillRunning > 0) {
            // They can no longer write; they only keep a thread (and maybe a model call) busy.
            LOG.warnf("%d abandoned records (%s) still running after %s; they will write nothing", stillRunning,
                    why, abandonTimeout);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One assignment of a partition to this worker, from assigned to revoked. */
    private static final class Tenure {
        private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();
        private volatile boolean ended;

        void end() {
            writes.writeLock().lock(); // waits for the writes under way: see the class comment
            try {
                ended = true;
            } finally {
                writes.writeLock().unlock();
            }
        }
    }

    /** Work on one record: its writes go through {@link #publish}; closing it ends the work. */
    public final class Claim implements AutoCloseable {
        private final TopicPartition partition;
        /** Null on a channel that reports no assignments (in-memory tests): then only a shutdown fences. */
        private final Tenure tenure;
        private final Thread worker;
        private volatile boolean abandoned;
        /** Guarded by {@code this}, with the interrupt: a write under way, or the work over, is not interrupted. */
        private boolean writing;
        private boolean closed;

        private Claim(TopicPartition partition, Tenure tenure, Thread worker) {
            this.partition = partition;
            this.tenure = tenure;
            this.worker = worker;
        }

        /** Whether this work may no longer write: its partition was revoked, or the worker abandoned it. */
        public boolean fenced() {
            return abandoned || (tenure != null && tenure.ended);
        }

        /**
         * Runs {@code writes} (sends that wait for the broker's acknowledgement) if this work may still write, and
         * holds the partition for them: a revocation waits until they are acknowledged.
         *
         * @throws FencedException when it may not write; nothing was sent
         */
        public void publish(Runnable writes) {
            ReentrantReadWriteLock.ReadLock lock = tenure == null ? null : tenure.writes.readLock();
            if (lock != null) {
                lockUninterruptibly(lock);
            }
            try {
                synchronized (this) {
                    if (fenced()) {
                        throw new FencedException(partition);
                    }
                    writing = true;
                }
                try {
                    writes.run();
                } finally {
                    synchronized (this) {
                        writing = false;
                    }
                }
            } finally {
                if (lock != null) {
                    lock.unlock();
                }
            }
        }

        /** Forbids later writes and interrupts the work, unless it is writing (that write was allowed) or over. */
        private synchronized void abandon() {
            abandoned = true;
            if (!writing && !closed) {
                worker.interrupt();
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                closed = true;
            }
            claims.remove(this);
            if (abandoned) {
                Thread.interrupted(); // the interrupt was for this record's work, not for the thread's next record
            }
        }

        private static void lockUninterruptibly(ReentrantReadWriteLock.ReadLock lock) {
            // The write lock is held only for a revocation's instant; an interrupt here must not skip the check.
            boolean interrupted = false;
            while (true) {
                try {
                    lock.lockInterruptibly();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
