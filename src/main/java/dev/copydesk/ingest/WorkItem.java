package dev.copydesk.ingest;

import dev.copydesk.model.ArticleKey;

import java.util.Locale;

/** One article to rewrite into one target locale. */
public record WorkItem(NormalizedArticle article, String locale) {

    /** ISO 639-1 language of the target locale ("fr" for "fr-FR"). */
    public String targetLanguage() {
        return Locale.forLanguageTag(locale).getLanguage();
    }

    /** Whether this is a translation rather than a same-language rewrite. */
    public boolean isTranslation() {
        return !targetLanguage().equals(article.sourceLanguage());
    }

    public String key() {
        return ArticleKey.of(article.id(), locale);
    }
}
