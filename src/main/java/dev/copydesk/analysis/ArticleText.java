package dev.copydesk.analysis;

import dev.copydesk.language.Whitespace;

import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of a rewritten article as every rule sees it: whitespace collapsed, blank headings and paragraphs
 * dropped, with the rules of its language. Reading it through this one view keeps word counts, keyphrase checks
 * and the rendered page in step.
 *
 * @param standfirst "" when the article has none
 * @param sections   headings are null for untitled sections (the introduction)
 */
public record ArticleText(Language rules, String title, String standfirst, List<Section> sections) {

    public ArticleText {
        sections = List.copyOf(sections);
    }

    public static ArticleText of(RewrittenArticle article, Language rules) {
        List<Section> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            String heading = Whitespace.nonBlank(section.heading()).orElse(null);
            // A loop, not a stream: every paragraph of every article comes through here.
            List<String> paragraphs = new ArrayList<>(section.paragraphs().size());
            for (String paragraph : section.paragraphs()) {
                String collapsed = Whitespace.collapse(paragraph);
                if (!collapsed.isEmpty()) {
                    paragraphs.add(collapsed);
                }
            }
            if (heading != null || !paragraphs.isEmpty()) {
                sections.add(new Section(heading, paragraphs));
            }
        }
        return new ArticleText(rules, Whitespace.collapse(article.title()), Whitespace.collapse(article.standfirst()),
                sections);
    }

    /** ISO 639-1 language of the text. */
    public String language() {
        return rules.language();
    }

    public boolean hasStandfirst() {
        return !standfirst.isEmpty();
    }

    public List<String> headings() {
        return sections.stream().map(Section::heading).filter(Objects::nonNull).toList();
    }

    public List<String> paragraphs() {
        return sections.stream().flatMap(section -> section.paragraphs().stream()).toList();
    }

    /**
     * The page's first paragraph: the standfirst, else the first paragraph of the text, else "". This is where a
     * reader (and a search engine) expects the subject to be named.
     */
    public String introduction() {
        return prose().stream().findFirst().orElse("");
    }

    /** Standfirst, then each section's heading and paragraphs, in reading order: the text that is counted. */
    public List<String> countedBlocks() {
        List<String> blocks = new ArrayList<>();
        if (hasStandfirst()) {
            blocks.add(standfirst);
        }
        for (Section section : sections) {
            if (section.heading() != null) {
                blocks.add(section.heading());
            }
            blocks.addAll(section.paragraphs());
        }
        return blocks;
    }

    /** Standfirst then paragraphs, without headings: the running prose. */
    public List<String> prose() {
        List<String> prose = new ArrayList<>();
        if (hasStandfirst()) {
            prose.add(standfirst);
        }
        prose.addAll(paragraphs());
        return prose;
    }

    public int h2Count() {
        return headings().size();
    }
}
