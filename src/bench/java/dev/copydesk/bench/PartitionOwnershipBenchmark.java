package dev.copydesk.bench;

import dev.copydesk.kafka.PartitionOwnership;
import org.apache.kafka.common.TopicPartition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the fence costs a record: a claim on its partition, one write under the partition's read lock, the claim
 * closed. Compare with {@link SeoEnricherBenchmark} in the same run (the cheapest stage's work per record):
 * {@code java -jar target/bench/benchmarks.jar 'PartitionOwnershipBenchmark|SeoEnricherBenchmark.french'}. Four
 * threads on one partition is the contended case (every record of a partition takes the same lock).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PartitionOwnershipBenchmark {

    private static final TopicPartition PARTITION = new TopicPartition("articles.rewritten", 0);

    private PartitionOwnership ownership;

    @Setup
    public void setUp() {
        ownership = new PartitionOwnership(Duration.ofSeconds(5));
        ownership.assigned(List.of(PARTITION));
    }

    @Benchmark
    @Threads(1)
    public void claimWriteClose(Blackhole hole) {
        try (PartitionOwnership.Claim claim = ownership.claim(PARTITION)) {
            claim.publish(() -> hole.consume(claim));
        }
    }

    @Benchmark
    @Threads(4)
    public void claimWriteCloseFourThreadsOnePartition(Blackhole hole) {
        try (PartitionOwnership.Claim claim = ownership.claim(PARTITION)) {
            claim.publish(() -> hole.consume(claim));
        }
    }
}
