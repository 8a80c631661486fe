package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.Collection;

/**
 * Tells the worker's {@link PartitionOwnership} what the consumer groups and the runtime decide: partitions assigned
 * and revoked (both stages' channels name this listener), and the shutdown. Quarkus fires the shutdown event before
 * it closes the Kafka connector, so the grace runs while the consumers still own their partitions, then the
 * connector commits what was acknowledged and leaves the groups.
 */
@ApplicationScoped
@Identifier(OwnershipEvents.LISTENER)
public class OwnershipEvents implements KafkaConsumerRebalanceListener {

    /** The name the channels give in consumer-rebalance-listener.name. */
    public static final String LISTENER = "copydesk-partition-ownership";

    private static final Logger LOG = Logger.getLogger(OwnershipEvents.class);

    private final PartitionOwnership ownership;
    private final CopydeskConfig config;

    OwnershipEvents(PartitionOwnership ownership, CopydeskConfig config) {
        this.ownership = ownership;
        this.config = config;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        ownership.assigned(partitions);
    }

    /** Lost partitions (the group went on without this worker) come here too: the connector reports them so. */
    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            LOG.infof("partitions revoked: %s", partitions);
            ownership.revoked(partitions);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        LOG.infof("stopping: no new records; %d in progress get up to %s to finish", ownership.inProgress(),
                config.shutdown().grace());
        ownership.stop(config.shutdown().grace());
    }

    /** One ownership for the worker: the channels' partitions are of different topics and never collide. */
    @Singleton
    static final class Producer {
        @Produces
        @Singleton
        PartitionOwnership ownership(CopydeskConfig config) {
            return new PartitionOwnership(config.shutdown().abandonTimeout());
        }
    }
}
