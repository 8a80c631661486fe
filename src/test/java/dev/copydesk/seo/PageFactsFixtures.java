package dev.copydesk.seo;

import dev.copydesk.seo.render.PageFacts;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Source;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Page facts for the structured-data tests: one with everything known, one with nothing optional. */
final class PageFactsFixtures {

    static final String TITLE = "Lyon va tripler son réseau de pistes cyclables d'ici 2030";
    static final String SEO_TITLE = "Pistes cyclables : Lyon va tripler son réseau";
    static final String META = "La métropole de Lyon a présenté jeudi un plan de 120 millions d'euros pour tripler "
            + "la longueur de ses pistes cyclables d'ici 2030.";
    static final String CANONICAL = "https://news.example.com/fr-fr/pistes-cyclables-lyon";

    private PageFactsFixtures() {
    }

    static PageFacts complete() {
        Source source = new Source("https://wire.example.org/lyon", "Agence Exemple",
                OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1)), "Jeanne Martin");
        List<ArticleImage> images = List.of(new ArticleImage("https://img.example.org/1.jpg", null, null, "Un"),
                new ArticleImage("https://img.example.org/2.jpg", null, null, "Deux"));
        return new PageFacts("fr-FR", "fr", TITLE, SEO_TITLE, META, "pistes cyclables", Optional.of(CANONICAL), images,
                source, 725);
    }

    static PageFacts minimal() {
        return new PageFacts("en-GB", "en", "Council backs bike lanes", "Council backs bike lanes", "", "bike lanes",
                Optional.empty(), List.of(), null, 12);
    }
}
