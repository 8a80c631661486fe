package dev.copydesk.model;

import java.util.List;

/** A run of paragraphs under one subheading; the heading is null for the introduction. */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
