package dev.copydesk.kafka;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionOwnershipTests {

    private static final TopicPartition P0 = new TopicPartition("articles.raw", 0);
    private static final TopicPartition P1 = new TopicPartition("articles.raw", 1);

    private final PartitionOwnership ownership = new PartitionOwnership(Duration.ofMillis(500));

    @Test
    void workOnAnOwnedPartitionWrites() {
        ownership.assigned(List.of(P0));
        AtomicBoolean wrote = new AtomicBoolean();
        try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
            claim.publish(() -> wrote.set(true));
        }
        assertTrue(wrote.get());
    }

    @Test
    void workBegunBeforeItsPartitionWasRevokedWritesNothing() {
        ownership.assigned(List.of(P0, P1));
        try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
            ownership.revoked(List.of(P0));
            assertTrue(claim.fenced());
            assertThrows(FencedException.class, () -> claim.publish(() -> {
                throw new AssertionError("must not run");
            }));
            Thread.interrupted(); // the revocation interrupted this (test) thread as it would a worker
        }
    }

    @Test
    void aRevocationOfAnotherPartitionLeavesTheWorkAlone() {
        ownership.assigned(List.of(P0, P1));
        try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
            ownership.revoked(List.of(P1));
            assertFalse(claim.fenced());
        }
    }

    @Test
    void workBegunBeforeARevocationStaysFencedWhenThePartitionComesBack() {
        ownership.assigned(List.of(P0));
        try (PartitionOwnership.Claim stale = ownership.claim(P0)) {
            ownership.revoked(List.of(P0));
            ownership.assigned(List.of(P0));
            Thread.interrupted();
            assertTrue(stale.fenced(), "the old tenure's work");
            try (PartitionOwnership.Claim fresh = ownership.claim(P0)) {
                assertFalse(fresh.fenced(), "the new tenure's work");
            }
        }
    }

    @Test
    void aRecordOfARevokedPartitionIsNeverWorkedOn() {
        ownership.assigned(List.of(P0));
        ownership.revoked(List.of(P0));
        try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
            assertTrue(claim.fenced());
        }
    }

    @Test
    void aRevocationWaitsForAWriteUnderWayAndDoesNotInterruptIt() throws Exception {
        ownership.assigned(List.of(P0));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
                claim.publish(() -> {
                    writing.countDown();
                    awaitUninterruptibly(release);
                    interrupted.set(Thread.currentThread().isInterrupted());
                });
            }
        });
        worker.start();
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        Thread revocation = new Thread(() -> ownership.revoked(List.of(P0)));
        revocation.start();
        revocation.join(300);
        assertTrue(revocation.isAlive(), "the revocation must wait for the write under way");
        release.countDown();
        revocation.join(5000);
        worker.join(5000);
        assertFalse(revocation.isAlive());
        assertFalse(interrupted.get(), "a write that was allowed is not interrupted");
    }

    @Test
    void aRevocationInterruptsTheWorkStillRunningOnThePartition() throws Exception {
        ownership.assigned(List.of(P0));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
                started.countDown();
                try {
                    Thread.sleep(10_000); // a model call
                    interrupted.set(false);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
        });
        worker.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        ownership.revoked(List.of(P0));
        worker.join(5000);
        assertTrue(interrupted.get());
        assertTrue(ownership.inProgress() == 0, "the revocation returns once the work stopped");
    }

    @Test
    void nothingBegunAfterTheShutdownIsWorkedOn() {
        ownership.assigned(List.of(P0));
        ownership.stop(Duration.ZERO);
        try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
            assertTrue(claim.fenced());
        }
    }

    @Test
    void theShutdownLetsWorkInProgressFinishAndWriteWithinTheGrace() throws Exception {
        ownership.assigned(List.of(P0));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean wrote = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
                started.countDown();
                sleepQuietly(Duration.ofMillis(300));
                claim.publish(() -> wrote.set(true));
            }
        });
        worker.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        ownership.stop(Duration.ofSeconds(5));
        worker.join(5000);
        assertTrue(wrote.get());
    }

    @Test
    void theShutdownAbandonsWhatOutlastsTheGrace() throws Exception {
        ownership.assigned(List.of(P0));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try (PartitionOwnership.Claim claim = ownership.claim(P0)) {
                started.countDown();
                sleepQuietly(Duration.ofSeconds(10));
                claim.publish(() -> outcome.set(new AssertionError("wrote after the grace")));
            } catch (FencedException fenced) {
                outcome.set(fenced);
            }
        });
        worker.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        ownership.stop(Duration.ofMillis(200));
        worker.join(5000);
        assertTrue(outcome.get() instanceof FencedException, String.valueOf(outcome.get()));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
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
