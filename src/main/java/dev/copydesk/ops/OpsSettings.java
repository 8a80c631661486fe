package dev.copydesk.ops;

import dev.copydesk.config.CopydeskConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the replay and redrive commands need from the worker's configuration: the broker and its client settings
 * (every {@code kafka.*} property, as the worker's channels get them), the topics, the stages' consumer groups (only
 * to name them in messages: the commands never join them), the default target locales and the redrive cap.
 */
public record OpsSettings(Map<String, Object> kafkaClient, String raw, String rewritten, String dlq,
                          String rewriteGroup, String seoGroup, List<String> defaultTargetLocales,
                          int maxRedriveCount) {

    private static final String KAFKA_PREFIX = "kafka.";
    /** application.properties' ordinal in Quarkus, under the environment (300) and system properties (400). */
    private static final int APPLICATION_PROPERTIES_ORDINAL = 250;

    public OpsSettings {
        kafkaClient = Map.copyOf(kafkaClient);
        defaultTargetLocales = List.copyOf(defaultTargetLocales);
    }

    public String bootstrapServers() {
        return String.valueOf(kafkaClient.get("bootstrap.servers"));
    }

    /** The settings of a configuration the worker would run with (the running app's, in tests). */
    public static OpsSettings from(Config config) {
        CopydeskConfig copydesk = config.unwrap(SmallRyeConfig.class).getConfigMapping(CopydeskConfig.class);
        Map<String, Object> kafka = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(KAFKA_PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> kafka.put(name.substring(KAFKA_PREFIX.length()), value));
            }
        }
        kafka.putIfAbsent("bootstrap.servers", config.getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092"));
        CopydeskConfig.Topics topics = copydesk.topics();
        return new OpsSettings(kafka, topics.raw(), topics.rewritten(), topics.dlq(), topics.rewriteGroup(),
                topics.seoGroup(), copydesk.brief().targetLocales(), copydesk.redrive().maxCount());
    }

    /**
     * The worker's configuration without starting the worker: application.properties (with the profile of
     * {@code quarkus.profile} / QUARKUS_PROFILE, {@code prod} by default), environment variables and system
     * properties, in Quarkus' order, and the defaults of {@link CopydeskConfig}. So a command run with the worker's
     * environment reads the same broker and topics.
     */
    public static OpsSettings fromEnvironment() {
        String profile = System.getProperty("quarkus.profile",
                System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withProfile(profile)
                .withMapping(CopydeskConfig.class)
                .withValidateUnknown(false);
        URL properties = OpsSettings.class.getClassLoader().getResource("application.properties");
        if (properties != null) {
            try {
                builder.withSources(new PropertiesConfigSource(properties, APPLICATION_PROPERTIES_ORDINAL));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + properties, e);
            }
        }
        return from(builder.build());
    }
}
