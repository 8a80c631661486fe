package dev.copydesk.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** A web-ready article on the compacted {@code articles.published} topic (key = id:locale). */
public record PublishedArticle(String id, String locale, ArticleStatus status, String title, String seoTitle,
                               String metaDescription, String slug, String keyphrase, String canonicalUrl,
                               List<Alternate> alternates, String html, String markdown,
                               JsonNode jsonLd, Map<String, String> openGraph, int wordCount, int h2Count,
                               List<ArticleImage> images, List<Assessment> assessments, List<GateResult> reviewReasons,
                               Source source, PublishedProvenance provenance,
                               SourceVersion sourceVersion) {

    public PublishedArticle {
        openGraph = Maps.orderedCopy(openGraph);
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        images = images == null ? List.of() : List.copyOf(images);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }

    /** The same article with {@code replacement} as its provenance. */
    public PublishedArticle withProvenance(PublishedProvenance replacement) {
        return new PublishedArticle(id, locale, status, title, seoTitle, metaDescription, slug, keyphrase,
                canonicalUrl, alternates, html, markdown, jsonLd, openGraph, wordCount, h2Count, images, assessments,
                reviewReasons, source, replacement, sourceVersion);
    }

    public String key() {
        return ArticleKey.of(id, locale);
    }
}
