package dev.copydesk.bench;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per article by {@link SeoEnricherBenchmark}'s two articles — the quantity JMH's
 * {@code gc.alloc.rate.norm} reports — after a warm-up counted in articles rather than seconds: on cores shared
 * with other builds a timed JMH warm-up can end before the JIT has compiled the stage, and code not yet compiled
 * allocates what escape analysis would have removed. {@code java -cp target/bench/benchmarks.jar
 * dev.copydesk.bench.SeoAllocation [warm-up articles] [articles per round] [rounds]}; prints kB (1,000 bytes) per
 * article for each round.
 */
public final class SeoAllocation {

    private SeoAllocation() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        SeoEnricherBenchmark benchmark = new SeoEnricherBenchmark();
        benchmark.setUp();
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += benchmark.french().html().length() + benchmark.english().html().length();
        }
        for (boolean french : new boolean[] {true, false}) {
            StringBuilder line = new StringBuilder(french ? "french  kB/article:" : "english kB/article:");
            for (int round = 0; round < rounds; round++) {
                long before = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < articles; i++) {
                    sink += (french ? benchmark.french() : benchmark.english()).html().length();
                }
                long bytes = threads.getThreadAllocatedBytes(thread) - before;
                line.append(String.format(" %.1f", bytes / 1000.0 / articles));
            }
            System.out.println(line);
        }
        if (sink == 0) {
            throw new IllegalStateException("no page was written");
        }
    }
}
