package dev.copydesk.seo.render;

import dev.copydesk.language.Locales;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes the Open Graph and Twitter card meta tags (property → content). The card is the large-image one only when
 * there is an image to show. Tags with nothing to say (no canonical URL, image or date) are left out.
 */
public final class OpenGraphTags {

    private OpenGraphTags() {
    }

    /** Sorted by property, so that the map has one order whoever iterates it. */
    public static SortedMap<String, String> of(PageFacts facts) {
        SortedMap<String, String> tags = new TreeMap<>();
        tags.put("og:title", facts.seoTitle());
        tags.put("og:description", facts.metaDescription());
        tags.put("og:type", "article");
        tags.put("og:locale", Locales.openGraph(facts.locale()));
        facts.canonicalUrl().ifPresent(url -> tags.put("og:url", url));
        facts.firstImageUrl().ifPresent(url -> tags.put("og:image", url));
        facts.publishedAt().ifPresent(date -> tags.put("article:published_time", date));
        tags.put("twitter:card", facts.firstImageUrl().isPresent() ? "summary_large_image" : "summary");
        tags.put("twitter:title", facts.seoTitle());
        tags.put("twitter:description", facts.metaDescription());
        return tags;
    }
}
