package dev.copydesk.model;

import dev.copydesk.language.Words;

import java.util.List;

/** A run of paragraphs under one subheading; the heading is null for the introduction. */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Words of the heading and the paragraphs, as {@link Words} counts them. */
    public int wordCount() {
        return Words.count(heading) + Words.count(paragraphs);
    }

    /** Words of a standfirst and its sections: the article length the brief's minWords is about. */
    public static int wordCount(String standfirst, List<Section> sections) {
        return Words.count(standfirst) + sections.stream().mapToInt(Section::wordCount).sum();
    }

    /** How many sections have a subheading. */
    public static int subheadingCount(List<Section> sections) {
        return (int) sections.stream().filter(section -> section.heading() != null).count();
    }
}
