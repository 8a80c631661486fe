package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link IntegrityGate} compares: the work item (source article and target locale) and the model's
 * rewrite of it (title, standfirst, sections).
 */
public record GateInput(WorkItem item, String title, String standfirst, List<Section> sections) {

    public GateInput {
        Objects.requireNonNull(item, "item");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Whether this is a translation rather than a same-language rewrite. */
    public boolean isTranslation() {
        return item.isTranslation();
    }

    /** ISO 639-1 language of the source article. */
    public String sourceLanguage() {
        return item.article().sourceLanguage();
    }

    /** ISO 639-1 language the output must be in. */
    public String targetLanguage() {
        return item.targetLanguage();
    }

    /** The source's title, highlights and paragraphs, in order, blanks left out: each block ends a sentence. */
    public List<String> sourceBlocks() {
        NormalizedArticle article = item.article();
        List<String> blocks = new ArrayList<>(article.paragraphs().size() + article.highlights().size() + 1);
        add(blocks, article.title());
        article.highlights().forEach(highlight -> add(blocks, highlight));
        article.paragraphs().forEach(paragraph -> add(blocks, paragraph));
        return blocks;
    }

    /** The output's title, standfirst, headings and paragraphs, in reading order, blanks left out. */
    public List<String> outputBlocks() {
        List<String> blocks = new ArrayList<>();
        add(blocks, title);
        add(blocks, standfirst);
        for (Section section : sections) {
            add(blocks, section.heading());
            section.paragraphs().forEach(paragraph -> add(blocks, paragraph));
        }
        return blocks;
    }

    /** Title, highlights and paragraphs of the source, one block per paragraph (blank line between). */
    public String sourceText() {
        return String.join("\n\n", sourceBlocks());
    }

    /** Title, standfirst, headings and paragraphs of the output, one block per paragraph (blank line between). */
    public String outputText() {
        return String.join("\n\n", outputBlocks());
    }

    private static void add(List<String> blocks, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(text.strip());
        }
    }
}
