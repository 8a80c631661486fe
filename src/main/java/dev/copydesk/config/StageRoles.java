package dev.copydesk.config;

import dev.copydesk.kafka.Channels;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which stages a worker runs ({@code copydesk.stages}): {@code rewrite}, {@code seo}, the review {@code desk}, or any
 * of them together, so each role can run
 * and scale alone (the rewrite role is bound by the model's latency, the SEO role by CPU). A stage that is not run
 * has its input channel disabled, so its consumer never joins the stage's group. A config source factory rather than
 * a bean: SmallRye reads the channels' {@code enabled} flag while it wires them, before any bean exists.
 */
public final class StageRoles implements ConfigSourceFactory {

    public static final String PROPERTY = "copydesk.stages";
    /** The one default of copydesk.stages, also CopydeskConfig's. */
    public static final String DEFAULT = "rewrite,seo";
    /** Above application.properties (250): the role decides, whatever a profile there says. */
    private static final int ORDINAL = 260;

    /** A stage and the channel it reads. */
    public enum Stage {
        REWRITE(Channels.RAW_ARTICLES),
        SEO(Channels.REWRITTEN_ARTICLES),
        /**
         * The review desk (dev.copydesk.desk): pages for editors, off unless named. It reads its topics with its own
         * group-less consumers, so it has no channel to disable.
         */
        DESK(null);

        private final String inputChannel;

        Stage(String inputChannel) {
            this.inputChannel = inputChannel;
        }

        public String inputChannel() {
            return inputChannel;
        }
    }

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(PROPERTY);
        Set<Stage> stages = parse(value == null || value.getValue() == null ? DEFAULT : value.getValue());
        Map<String, String> disabled = new HashMap<>();
        for (Stage stage : EnumSet.complementOf(EnumSet.copyOf(stages))) {
            if (stage.inputChannel() == null) {
                continue;
            }
            disabled.put("mp.messaging.incoming." + stage.inputChannel() + ".enabled", "false");
        }
        return List.of(new PropertiesConfigSource(disabled, "copydesk-stage-roles", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /**
     * The stages named in {@code list} (comma-separated, case-insensitive).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones, so the worker does not start
     */
    public static Set<Stage> parse(String list) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String name : list.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                stages.add(Stage.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(PROPERTY + " names an unknown stage '" + trimmed
                        + "'; the stages are rewrite, seo and desk (comma-separated, e.g. " + DEFAULT + ")");
            }
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " names no stage; the stages are rewrite, seo and desk");
        }
        return stages;
    }
}
