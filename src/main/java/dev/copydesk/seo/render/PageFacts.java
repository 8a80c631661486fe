package dev.copydesk.seo.render;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Source;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** What the structured-data makers (JSON-LD, Open Graph) say about the page, decided once for both. */
public record PageFacts(String locale, String language, String title, String seoTitle, String metaDescription,
                 String keyphrase, Optional<String> canonicalUrl, List<ArticleImage> images, Source source,
                 int wordCount) {

    private static final Source UNKNOWN_SOURCE = new Source(null, null, null, null);

    public PageFacts {
        images = List.copyOf(images);
        source = source == null ? UNKNOWN_SOURCE : source;
    }

    /**
     * Publication time of the source as ISO-8601 with its offset and always with seconds
     * ("2025-03-14T09:30:00+01:00"), the form Jackson writes the source's own {@code publishedAt} in.
     */
    public Optional<String> publishedAt() {
        return Optional.ofNullable(source.publishedAt()).map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
    }

    public Optional<String> firstImageUrl() {
        return images.stream().findFirst().map(ArticleImage::url);
    }
}
