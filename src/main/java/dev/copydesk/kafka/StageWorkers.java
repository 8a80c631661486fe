package dev.copydesk.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stages' worker pools: a Vert.x shared worker pool per stage, the kind SmallRye's {@code @Blocking} used, now
 * fed by the stage's {@link KeyOrderedDispatch}. Vert.x closes the pools when the application stops, after the
 * shutdown grace ({@link OwnershipEvents}).
 */
@ApplicationScoped
public class StageWorkers {

    private static final Logger LOG = Logger.getLogger(StageWorkers.class);

    private final Vertx vertx;
    private final Map<String, KeyOrderedDispatch> dispatches = new ConcurrentHashMap<>();

    StageWorkers(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Per-key ordering over a pool named {@code pool} of {@code maxInFlight} threads. */
    public KeyOrderedDispatch dispatch(String pool, int maxInFlight) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor(pool, maxInFlight);
        KeyOrderedDispatch dispatch = new KeyOrderedDispatch(maxInFlight, task -> workers.executeBlocking(() -> {
            task.run();
            return null;
        }, false).onFailure(failure -> LOG.warnf("%s: a record was not worked on (%s); it stays uncommitted for the"
                + " partition's next owner", pool, failure.toString())));
        dispatches.put(pool, dispatch);
        return dispatch;
    }

    /**
     * What each stage still has in flight after the shutdown grace ({@link OwnershipEvents}, which observes the
     * event first): every record admitted has settled by then, unless its work ignored the interrupt.
     */
    void onShutdown(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ShutdownEvent event) {
        dispatches.forEach((pool, dispatch) -> LOG.infof("%s: %d records in flight after the shutdown grace", pool,
                dispatch.inFlight()));
    }
}
