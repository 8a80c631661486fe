package dev.copydesk.rewrite;

import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;

import java.util.List;

/** A model's Markdown answer, read into parts. */
public record ParsedArticle(String title, String standfirst, List<Section> sections, SeoHints hints) {

    public ParsedArticle {
        sections = List.copyOf(sections);
    }
}
