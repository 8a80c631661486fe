package dev.copydesk.seo.make;

import dev.copydesk.language.Whitespace;
import dev.copydesk.analysis.KeyphraseMatcher;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives every image an alt text: its own if it has one, else its caption shortened to {@value #MAX_CHARS}
 * characters (what screen readers read comfortably), else the article title. Images without a URL are dropped,
 * as there is nothing to show. A caption describes the photo, so the keyphrase is only worked in by the fixing
 * pass ({@link #withKeyphrase}), never forced into a caption by default.
 */
public final class ImageAltTexts {

    public static final int MAX_CHARS = 125;

    private ImageAltTexts() {
    }

    public static List<ArticleImage> complete(List<ArticleImage> images, String title, String language) {
        return images.stream().filter(Objects::nonNull)
                .filter(image -> Whitespace.nonBlank(image.url()).isPresent())
                .map(image -> new ArticleImage(image.url().strip(), image.caption(), image.credit(),
                        altText(image, title, language)))
                .toList();
    }

    /**
     * The fixing pass: when no alt text names the keyphrase, the lead image's alt becomes "Keyphrase: caption"
     * (or "Keyphrase: title"), unless the source wrote that alt itself, as a person chose those words.
     *
     * @param completed images as {@link #complete} made them, in the same order as the source's
     */
    public static List<ArticleImage> withKeyphrase(List<ArticleImage> completed, List<ArticleImage> source, String title,
                                            String keyphrase, Language rules) {
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, rules);
        boolean named = completed.stream().anyMatch(image -> matcher.isIn(image.alt()));
        if (named || completed.isEmpty() || keyphrase.isBlank() || hasOwnAlt(completed.get(0), source)) {
            return completed;
        }
        ArticleImage lead = completed.get(0);
        String described = Whitespace.nonBlank(lead.caption()).orElse(title);
        String alt = Shortener.shorten(Capitalization.firstLetterUpper(keyphrase.strip(), rules.language())
                + rules.colon() + described, MAX_CHARS, rules.language());
        List<ArticleImage> fixed = new ArrayList<>(completed);
        fixed.set(0, new ArticleImage(lead.url(), lead.caption(), lead.credit(), alt));
        return List.copyOf(fixed);
    }

    private static boolean hasOwnAlt(ArticleImage completed, List<ArticleImage> source) {
        return source.stream().filter(image -> image != null && image.url() != null)
                .anyMatch(image -> completed.url().equals(image.url().strip())
                        && Whitespace.nonBlank(image.alt()).isPresent());
    }

    private static String altText(ArticleImage image, String title, String language) {
        return Whitespace.nonBlank(image.alt())
                .or(() -> Whitespace.nonBlank(image.caption()).map(caption -> Shortener.shorten(caption, MAX_CHARS, language)))
                .orElseGet(() -> Shortener.shorten(title, MAX_CHARS, language));
    }
}
