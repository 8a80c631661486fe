package dev.copydesk.model;

/** What the rewriter suggested for search (from the Markdown front matter); any field may be null. */
public record SeoHints(String title, String keyphrase, String metaDescription) {

    public static final SeoHints NONE = new SeoHints(null, null, null);
}
