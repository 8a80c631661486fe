package dev.copydesk.model;

/** An image of the raw article. */
public record SourceImage(String url, String caption, String credit) {
}
