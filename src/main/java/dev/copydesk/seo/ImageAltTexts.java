package dev.copydesk.seo;

import dev.copydesk.model.ArticleImage;

import java.util.List;
import java.util.Objects;

/**
 * Gives every image an alt text: its own if it has one, else its caption shortened to {@value #MAX_CHARS}
 * characters (what screen readers read comfortably), else the article title. Images without a URL are dropped,
 * as there is nothing to show.
 */
final class ImageAltTexts {

    static final int MAX_CHARS = 125;

    private ImageAltTexts() {
    }

    static List<ArticleImage> complete(List<ArticleImage> images, String title, String language) {
        return images.stream().filter(Objects::nonNull)
                .filter(image -> Whitespace.nonBlank(image.url()).isPresent())
                .map(image -> new ArticleImage(image.url().strip(), image.caption(), image.credit(),
                        altText(image, title, language)))
                .toList();
    }

    private static String altText(ArticleImage image, String title, String language) {
        return Whitespace.nonBlank(image.alt())
                .or(() -> Whitespace.nonBlank(image.caption()).map(caption -> Shortener.shorten(caption, MAX_CHARS, language)))
                .orElseGet(() -> Shortener.shorten(title, MAX_CHARS, language));
    }
}
