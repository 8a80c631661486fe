package dev.copydesk.analysis;

import dev.copydesk.model.Section;
import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article's text read once for every assessment: each paragraph cut into sentences, each sentence into
 * words with their syllables, keys and stop-word flags, its passive voice and transition words decided. The
 * readability assessments and the keyphrase ones then only count. Paragraph, section and total word counts are
 * {@link Words}' (the rewrite gates' count); sentence lengths and Flesch use the sentence's own words.
 *
 * @param wordCount    words of the standfirst, headings and paragraphs (not the title)
 * @param paragraphs   the standfirst then every paragraph, in reading order
 * @param sectionWords words of the running text before the first subheading, then under each subheading
 */
public record TextAnalysis(ArticleText text, int wordCount, List<Paragraph> paragraphs, List<Integer> sectionWords) {

    public TextAnalysis {
        paragraphs = List.copyOf(paragraphs);
        sectionWords = List.copyOf(sectionWords);
    }

    public static TextAnalysis of(ArticleText text) {
        Language rules = text.rules();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Integer> sectionWords = new ArrayList<>();
        int total = 0;
        int stretch = 0;
        if (text.hasStandfirst()) {
            Paragraph standfirst = paragraph(text.standfirst(), rules);
            paragraphs.add(standfirst);
            stretch += standfirst.words();
        }
        // A text that opens on a subheading has no stretch before it.
        boolean started = text.hasStandfirst();
        for (Section section : text.sections()) {
            if (section.heading() != null) {
                if (started) {
                    sectionWords.add(stretch);
                }
                total += Words.count(section.heading());
                stretch = 0;
            }
            started = true;
            for (String prose : section.paragraphs()) {
                Paragraph paragraph = paragraph(prose, rules);
                paragraphs.add(paragraph);
                stretch += paragraph.words();
            }
        }
        sectionWords.add(stretch);
        total += paragraphs.stream().mapToInt(Paragraph::words).sum();
        return new TextAnalysis(text, total, paragraphs, sectionWords);
    }

    /**
     * Whether a word with this key occurs in the title, a heading or a paragraph. Scans rather than indexes: it is
     * asked about a keyphrase's few words, which are usually met early.
     */
    public boolean mentions(String key) {
        for (Paragraph paragraph : paragraphs) {
            for (Sentence sentence : paragraph.sentences()) {
                for (Terms.Term term : sentence.terms()) {
                    if (term.key().equals(key)) {
                        return true;
                    }
                }
            }
        }
        return Stream.concat(Stream.of(text.title()), text.headings().stream())
                .anyMatch(line -> Terms.of(line, rules()).stream().anyMatch(term -> term.key().equals(key)));
    }

    public Language rules() {
        return text.rules();
    }

    /** The first paragraph (the standfirst when there is one). */
    public Paragraph introduction() {
        return paragraphs.isEmpty() ? Paragraph.EMPTY : paragraphs.get(0);
    }

    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(paragraph -> paragraph.sentences().stream()).toList();
    }

    private static Paragraph paragraph(String text, Language rules) {
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : rules.sentences(text)) {
            sentences.add(sentence(sentence, rules));
        }
        return new Paragraph(Words.count(text), sentences);
    }

    private static Sentence sentence(String text, Language rules) {
        List<String> words = Words.of(text);
        List<String> lowerCase = new ArrayList<>(words.size());
        List<Term> terms = new ArrayList<>(words.size());
        int syllables = 0;
        for (String word : words) {
            lowerCase.add(Words.lowerCase(word));
            terms.add(Terms.term(word, rules));
            syllables += rules.syllables(word);
        }
        String first = lowerCase.isEmpty() ? "" : lowerCase.get(0);
        return new Sentence(text, words.size(), syllables, rules.isPassive(lowerCase), rules.hasTransition(lowerCase),
                first, terms);
    }
}
