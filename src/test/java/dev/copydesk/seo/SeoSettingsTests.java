package dev.copydesk.seo;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeoSettingsTests {

    @Test
    void defaultsMatchTheConfigurationDefaults() {
        assertEquals(new SeoSettings(60, Optional.empty(), "copydesk"), SeoSettings.defaults());
        assertEquals(70, SeoSettings.defaults().minScore());
    }

    @Test
    void dropsTrailingSlashesAndBlankSiteUrls() {
        assertEquals(Optional.of("https://news.example.com"),
                new SeoSettings(60, Optional.of(" https://news.example.com// "), "x").siteUrl());
        assertEquals(Optional.empty(), new SeoSettings(60, Optional.of("  "), "x").siteUrl());
        assertEquals(Optional.empty(), new SeoSettings(60, null, "x").siteUrl());
    }

    @Test
    void rejectsANonPositiveTitleLimitAndABlankPublisher() {
        assertThrows(IllegalArgumentException.class, () -> new SeoSettings(0, Optional.empty(), "x"));
        assertThrows(IllegalArgumentException.class, () -> new SeoSettings(60, Optional.empty(), " "));
    }

    @Test
    void acceptsAMinimumScoreFrom0To100() {
        assertEquals(0, new SeoSettings(60, Optional.empty(), "x", 0).minScore());
        assertEquals(100, new SeoSettings(60, Optional.empty(), "x", 100).minScore());
        assertThrows(IllegalArgumentException.class, () -> new SeoSettings(60, Optional.empty(), "x", -1));
        assertThrows(IllegalArgumentException.class, () -> new SeoSettings(60, Optional.empty(), "x", 101));
    }
}
