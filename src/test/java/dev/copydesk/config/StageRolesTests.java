package dev.copydesk.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageRolesTests {

    @Test
    void bothStagesRunByDefault() {
        SmallRyeConfig config = configWith(Map.of());
        assertTrue(config.getOptionalValue("mp.messaging.incoming.raw-articles.enabled", Boolean.class).isEmpty());
        assertTrue(config.getOptionalValue("mp.messaging.incoming.rewritten-articles.enabled", Boolean.class)
                .isEmpty());
    }

    @Test
    void theSeoRoleDisablesTheRawInputOnly() {
        SmallRyeConfig config = configWith(Map.of("copydesk.stages", "seo"));
        assertFalse(config.getValue("mp.messaging.incoming.raw-articles.enabled", Boolean.class));
        assertTrue(config.getOptionalValue("mp.messaging.incoming.rewritten-articles.enabled", Boolean.class)
                .isEmpty());
    }

    @Test
    void theRewriteRoleDisablesTheSeoInputOnly() {
        SmallRyeConfig config = configWith(Map.of("copydesk.stages", " Rewrite "));
        assertFalse(config.getValue("mp.messaging.incoming.rewritten-articles.enabled", Boolean.class));
        assertTrue(config.getOptionalValue("mp.messaging.incoming.raw-articles.enabled", Boolean.class).isEmpty());
    }

    @Test
    void anUnknownStageIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StageRoles.parse("rewrite,sEo,copyedit"));
        assertTrue(refused.getMessage().contains("'copyedit'"), refused.getMessage());
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StageRoles.parse(" , "));
    }

    @Test
    void theDefaultNamesBothStages() {
        assertEquals(EnumSet.of(StageRoles.Stage.REWRITE, StageRoles.Stage.SEO), StageRoles.parse(StageRoles.DEFAULT));
    }

    @Test
    void theDeskRoleAloneDisablesBothStageInputs() {
        SmallRyeConfig config = configWith(Map.of("copydesk.stages", "desk"));
        assertEquals(EnumSet.of(StageRoles.Stage.DESK), StageRoles.parse("desk"));
        assertFalse(config.getValue("mp.messaging.incoming.raw-articles.enabled", Boolean.class));
        assertFalse(config.getValue("mp.messaging.incoming.rewritten-articles.enabled", Boolean.class));
    }

    private static SmallRyeConfig configWith(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withSources(new StageRoles())
                .build();
    }
}
