package dev.copydesk.seo;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Section;
import dev.copydesk.model.Source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the article as CommonMark: {@code # title}, the standfirst paragraph, then each section as
 * {@code ## heading} (when it has one) and its paragraphs, blocks separated by a blank line.
 * <p>
 * Images are spread through the text rather than stacked: the first (the lead image) comes right after the
 * standfirst (after the title when there is none), the next one after the first section, and so on; images
 * beyond the number of sections close the article. Each is {@code ![alt](url)} followed, when there is a caption
 * or a credit, by an emphasised paragraph "caption — credit", since wire photos must show their credit.
 * <p>
 * The last paragraph cites the source ({@link SourceCitation}) when it has a web address.
 */
final class ArticleMarkdown {

    private ArticleMarkdown() {
    }

    static String of(ArticleText text, List<ArticleImage> images, Source source) {
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + MarkdownEscaper.heading(text.title()));
        if (text.hasStandfirst()) {
            blocks.add(MarkdownEscaper.paragraph(text.standfirst()));
        }
        Iterator<ArticleImage> pending = images.iterator();
        addNextImage(blocks, pending);
        for (Section section : text.sections()) {
            if (section.heading() != null) {
                blocks.add("## " + MarkdownEscaper.heading(section.heading()));
            }
            section.paragraphs().forEach(paragraph -> blocks.add(MarkdownEscaper.paragraph(paragraph)));
            addNextImage(blocks, pending);
        }
        while (pending.hasNext()) {
            addNextImage(blocks, pending);
        }
        SourceCitation.markdown(source, text.rules()).ifPresent(blocks::add);
        return String.join("\n\n", blocks) + "\n";
    }

    private static void addNextImage(List<String> blocks, Iterator<ArticleImage> pending) {
        if (!pending.hasNext()) {
            return;
        }
        ArticleImage image = pending.next();
        blocks.add("![" + MarkdownEscaper.literal(image.alt()) + "](" + MarkdownEscaper.destination(image.url()) + ")");
        List<String> legend = new ArrayList<>();
        Whitespace.nonBlank(image.caption()).ifPresent(legend::add);
        Whitespace.nonBlank(image.credit()).ifPresent(legend::add);
        if (!legend.isEmpty()) {
            blocks.add("*" + MarkdownEscaper.literal(String.join(" — ", legend)) + "*");
        }
    }
}
