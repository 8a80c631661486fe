package dev.copydesk.ingest;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.language.Languages;
import dev.copydesk.model.Brief;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.HashSet;

/** Builds the ingest classes from configuration; they stay plain Java for tests. */
public class IngestBeans {

    @Produces
    @Singleton
    LanguageDetector languageDetector(CopydeskConfig config) {
        // copydesk.ingest.supported-languages may only name languages with rules (dev.copydesk.language).
        return new LanguageDetector(Languages.requireSupported(config.ingest().supportedLanguages()));
    }

    @Produces
    @Singleton
    ArticleIngestor articleIngestor(CopydeskConfig config, LanguageDetector languageDetector) {
        CopydeskConfig.BriefDefaults defaults = config.brief();
        Brief briefDefaults = new Brief(defaults.targetLocales(), defaults.minWords(), defaults.subheadings(),
                defaults.customTitle(), null, defaults.tone());
        return new ArticleIngestor(briefDefaults, new HashSet<>(config.ingest().supportedLanguages()),
                IngestLimits.of(config.ingest()), languageDetector);
    }
}
