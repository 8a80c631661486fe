package dev.copydesk.seo;

import java.util.List;

/** One paragraph of running text: its word count (as the gates count) and its sentences. */
record Paragraph(int words, List<Sentence> sentences) {

    static final Paragraph EMPTY = new Paragraph(0, List.of());

    Paragraph {
        sentences = List.copyOf(sentences);
    }
}
