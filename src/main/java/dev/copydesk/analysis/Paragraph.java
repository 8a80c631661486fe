package dev.copydesk.analysis;

import java.util.List;

/** One paragraph of running text: its word count (as the gates count) and its sentences. */
public record Paragraph(int words, List<Sentence> sentences) {

    public static final Paragraph EMPTY = new Paragraph(0, List.of());

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
