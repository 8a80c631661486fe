package dev.copydesk.seo;

import dev.copydesk.seo.make.HreflangAlternates;

import dev.copydesk.model.Alternate;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HreflangAlternatesTests {

    private static RewrittenArticle article(String locale, String sourceLanguage, List<String> locales) {
        return new RewrittenArticle("a-1", locale, sourceLanguage, "Titre", "Chapeau.",
                List.of(new Section("Partie", List.of("Texte."))), List.of(), ArticleStatus.REWRITTEN, List.of(), null,
                new Source("https://wire.example/story", "Wire", null, null),
                new Brief(locales, 700, true, true, null, "neutral"),
                new RewriteProvenance("llm", "p", "m", "v", "h", 1, 1, 1, 1));
    }

    @Test
    void listsItselfAndItsSiblingLocalesBySiteAddress() {
        List<Alternate> alternates = HreflangAlternates.of(Optional.of("https://news.example"),
                article("fr-FR", "fr", List.of("fr-FR", "fr-BE")), Optional.of("https://news.example/fr-fr/titre"));
        assertEquals(List.of(new Alternate("fr-FR", "https://news.example/fr-fr/titre"),
                new Alternate("fr-BE", "https://news.example/fr-be/a-1")), alternates);
    }

    @Test
    void aTranslationPointsBackToItsSourceInTheSourceLanguage() {
        List<Alternate> alternates = HreflangAlternates.of(Optional.empty(), article("fr-FR", "en", List.of("fr-FR")),
                Optional.empty());
        assertEquals(List.of(new Alternate("en", "https://wire.example/story")), alternates);
    }

    @Test
    void withoutASiteUrlASameLanguageRewriteHasNone() {
        assertEquals(List.of(), HreflangAlternates.of(Optional.empty(), article("fr-FR", "fr", List.of("fr-FR", "fr-BE")),
                Optional.empty()));
    }
}
