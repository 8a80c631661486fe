package dev.copydesk.model;

import java.time.OffsetDateTime;

/** Where a raw article comes from. Every field is optional. */
public record Source(String url, String publisher, OffsetDateTime publishedAt, String author) {
}
