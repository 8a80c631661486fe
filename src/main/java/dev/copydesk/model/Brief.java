package dev.copydesk.model;

import java.util.List;

/**
 * What the newsroom asks for this article. Absent fields are filled from configuration
 * ({@code copydesk.brief.*}) by the ingest stage, so downstream stages always see target locales, minWords,
 * subheadings, customTitle and tone; {@code keyphrase} stays null when the brief gives no hint.
 * {@code editorNote} is what an editor asked for when sending an article back to the model from the review desk
 * (null otherwise); it has no default.
 */
public record Brief(List<String> targetLocales, Integer minWords, Boolean subheadings, Boolean customTitle,
                    String keyphrase, String tone, String editorNote) {

    /** A brief without an editor's note, as the wire sends it. */
    public Brief(List<String> targetLocales, Integer minWords, Boolean subheadings, Boolean customTitle,
                 String keyphrase, String tone) {
        this(targetLocales, minWords, subheadings, customTitle, keyphrase, tone, null);
    }

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
                tone != null && !tone.isBlank() ? tone.strip() : defaults.tone(),
                editorNote != null && !editorNote.isBlank() ? editorNote.strip() : null);
    }
}
