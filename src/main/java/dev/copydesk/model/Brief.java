package dev.copydesk.model;

import java.util.List;

/**
 * What the newsroom asks for this article. Absent fields are filled from configuration
 * ({@code copydesk.brief.*}) by the ingest stage, so downstream stages always see target locales, minWords,
 * subheadings, customTitle and tone; {@code keyphrase} stays null when the brief gives no hint.
 */
public record Brief(List<String> targetLocales, Integer minWords, Boolean subheadings, Boolean customTitle,
                    String keyphrase, String tone) {

    public Brief {
        targetLocales = targetLocales == null ? null : List.copyOf(targetLocales);
    }

    /** This brief with each absent field taken from {@code defaults}. */
    public Brief orElse(Brief defaults) {
        return new Brief(
                targetLocales == null || targetLocales.isEmpty() ? defaults.targetLocales() : targetLocales,
                minWords != null ? minWords : defaults.minWords(),
                subheadings != null ? subheadings : defaults.subheadings(),
                customTitle != null ? customTitle : defaults.customTitle(),
                keyphrase != null && !keyphrase.isBlank() ? keyphrase.strip() : defaults.keyphrase(),
                tone != null && !tone.isBlank() ? tone.strip() : defaults.tone());
    }
}
