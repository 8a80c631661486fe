package dev.copydesk.model;

import java.util.List;

/** A newswire article as it arrives on {@code articles.raw} (key = id). */
public record RawArticle(String id, Source source, String language, String title, String body, BodyFormat format,
                         List<String> highlights, List<SourceImage> images, Brief brief) {

    public RawArticle {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        images = images == null ? List.of() : List.copyOf(images);
    }
}
