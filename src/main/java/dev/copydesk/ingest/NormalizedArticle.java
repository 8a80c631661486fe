package dev.copydesk.ingest;

import dev.copydesk.model.Brief;
import dev.copydesk.model.RawArticle;

import java.util.List;

/**
 * A raw article after validation and cleaning: its language known, its body as clean paragraphs (quotes and
 * wording untouched), captions that were mixed into the text set apart, and its brief complete.
 */
public record NormalizedArticle(RawArticle raw, String sourceLanguage, String title, List<String> highlights,
                                List<String> paragraphs, List<String> strayCaptions, Brief brief) {

    public NormalizedArticle {
        highlights = List.copyOf(highlights);
        paragraphs = List.copyOf(paragraphs);
        strayCaptions = List.copyOf(strayCaptions);
    }

    public String id() {
        return raw.id();
    }

    /** One unit of rewrite work per target locale. */
    public List<WorkItem> workItems() {
        return brief.targetLocales().stream().map(locale -> new WorkItem(this, locale)).toList();
    }
}
