package dev.copydesk.kafka;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailStop;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * The stages' failure strategy ({@code failure-strategy=fail-unless-fenced}): SmallRye's "fail" for every nack but
 * one. A record whose work was fenced ({@link FencedException}: its partition was taken away, or the worker is
 * stopping) is nacked so that its slot and its key's next record are let go ({@link KeyOrderedDispatch} waits for an
 * ack or a nack), but it is neither committed nor a reason to stop the channel: the partition's next owner
 * processes it.
 */
public final class FailUnlessFenced implements KafkaFailureHandler {

    /** The name the channels give in failure-strategy. */
    public static final String STRATEGY = "fail-unless-fenced";

    private final KafkaFailStop fail;

    private FailUnlessFenced(KafkaFailStop fail) {
        this.fail = fail;
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        if (reason instanceof FencedException) {
            return Uni.createFrom().voidItem();
        }
        return fail.handle(record, reason, metadata);
    }

    @ApplicationScoped
    @Identifier(STRATEGY)
    public static class Factory implements KafkaFailureHandler.Factory {
        @Override
        public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                          KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
            return new FailUnlessFenced(new KafkaFailStop(config.getChannel(), reportFailure));
        }
    }
}
