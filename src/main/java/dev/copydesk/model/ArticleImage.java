package dev.copydesk.model;

/** An image of the finished article, with the alt text a screen reader and a search engine get. */
public record ArticleImage(String url, String caption, String credit, String alt) {
}
