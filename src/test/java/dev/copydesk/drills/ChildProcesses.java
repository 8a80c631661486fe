package dev.copydesk.drills;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every process the drills start, so that none outlives the run: each is killed (with its descendants) at the end
 * of its drill, and a JVM shutdown hook kills whatever is left if the runner fails or is interrupted.
 */
final class ChildProcesses {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::killAll, "drills-kill-children"));
    }

    private ChildProcesses() {
    }

    static Process register(Process process) {
        RUNNING.add(process);
        return process;
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}; true if it exited on SIGTERM. */
    static boolean stop(Process process, Duration grace) {
        process.destroy();
        boolean exited = waitFor(process, grace);
        if (!exited) {
            kill(process);
        }
        RUNNING.remove(process);
        return exited;
    }

    /** SIGKILL, descendants first, and wait (bounded) until it is gone. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(20));
        RUNNING.remove(process);
    }

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void killAll() {
        for (Process process : Set.copyOf(RUNNING)) {
            kill(process);
        }
    }
}
