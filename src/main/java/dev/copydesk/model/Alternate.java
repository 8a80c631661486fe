package dev.copydesk.model;

/** One {@code <link rel="alternate" hreflang href>} of a published article: the same story in another language. */
public record Alternate(String hreflang, String href) {
}
