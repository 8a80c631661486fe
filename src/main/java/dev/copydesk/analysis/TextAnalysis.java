package dev.copydesk.analysis;

import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;
import dev.copydesk.model.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The article's text read once for every assessment: the title, each heading and each paragraph cut into
 * sentences, each sentence into words with their syllables, keys and stop-word flags, its passive voice and
 * transition words decided. This is the only place the text is tokenized: the readability assessments and the
 * keyphrase ones then only count, on the same terms. Paragraph, section and total word counts are {@link Words}'
 * (the rewrite gates' count); a paragraph's words are its sentences' words, as a sentence ends only at a space.
 * <p>
 * Two lists of sentences: {@link #sentences()}, the running prose (standfirst and paragraphs), which a meta
 * description or a Flesch score is made of; and {@link #pageSentences()}, which adds the title and every
 * subheading in reading order, as a reader — and Yoast, which counts every block of the page — meets them: the
 * long-sentence, passive, transition and sentence-beginning shares and the keyphrase density are taken over those.
 */
public final class TextAnalysis {

    private final ArticleText text;
    private final int wordCount;
    private final List<Paragraph> paragraphs;
    private final List<Integer> sectionWords;
    private final Paragraph title;
    private final List<Paragraph> headings;
    private final List<Sentence> sentences;
    private final List<Sentence> pageSentences;

    private TextAnalysis(ArticleText text, int wordCount, List<Paragraph> paragraphs, List<Integer> sectionWords,
                         Paragraph title, List<Paragraph> headings, List<Sentence> sentences,
                         List<Sentence> pageSentences) {
        this.text = text;
        this.wordCount = wordCount;
        this.paragraphs = Collections.unmodifiableList(paragraphs);
        this.sectionWords = Collections.unmodifiableList(sectionWords);
        this.title = title;
        this.headings = Collections.unmodifiableList(headings);
        this.sentences = Collections.unmodifiableList(sentences);
        this.pageSentences = Collections.unmodifiableList(pageSentences);
    }

    public static TextAnalysis of(ArticleText text) {
        Language rules = text.rules();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Paragraph> headings = new ArrayList<>();
        List<Integer> sectionWords = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> pageSentences = new ArrayList<>();
        Paragraph title = paragraph(text.title(), rules);
        pageSentences.addAll(title.sentences());
        int total = 0;
        int stretch = 0;
        if (text.hasStandfirst()) {
            Paragraph standfirst = paragraph(text.standfirst(), rules);
            paragraphs.add(standfirst);
            sentences.addAll(standfirst.sentences());
            pageSentences.addAll(standfirst.sentences());
            stretch += standfirst.words();
        }
        // A text that opens on a subheading has no stretch before it.
        boolean started = text.hasStandfirst();
        for (Section section : text.sections()) {
            if (section.heading() != null) {
                if (started) {
                    sectionWords.add(stretch);
                }
                Paragraph heading = paragraph(section.heading(), rules);
                headings.add(heading);
                pageSentences.addAll(heading.sentences());
                total += heading.words();
                stretch = 0;
            }
            started = true;
            for (String prose : section.paragraphs()) {
                Paragraph paragraph = paragraph(prose, rules);
                paragraphs.add(paragraph);
                sentences.addAll(paragraph.sentences());
                pageSentences.addAll(paragraph.sentences());
                stretch += paragraph.words();
            }
        }
        sectionWords.add(stretch);
        for (Paragraph paragraph : paragraphs) {
            total += paragraph.words();
        }
        return new TextAnalysis(text, total, paragraphs, sectionWords, title, headings, sentences, pageSentences);
    }

    public ArticleText text() {
        return text;
    }

    /** Words of the standfirst, headings and paragraphs (not the title). */
    public int wordCount() {
        return wordCount;
    }

    /** The standfirst then every paragraph, in reading order. */
    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Words of the running text before the first subheading, then under each subheading. */
    public List<Integer> sectionWords() {
        return sectionWords;
    }

    /** The title, read as the other blocks are. */
    public Paragraph title() {
        return title;
    }

    /** Each subheading, read as the other blocks are, in order. */
    public List<Paragraph> headings() {
        return headings;
    }

    /** Words of the page: the title's and {@link #wordCount()}. What the keyphrase density is a share of. */
    public int pageWordCount() {
        return title.words() + wordCount;
    }

    /**
     * Whether a word with this key occurs in the title, a heading or a paragraph. Scans rather than indexes: it is
     * asked about a keyphrase's few words, which are usually met early.
     */
    public boolean mentions(String key) {
        for (Sentence sentence : pageSentences) {
            for (Term term : sentence.terms()) {
                if (term.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Language rules() {
        return text.rules();
    }

    /** The first paragraph (the standfirst when there is one). */
    public Paragraph introduction() {
        return paragraphs.isEmpty() ? Paragraph.EMPTY : paragraphs.get(0);
    }

    /** The sentences of the running prose (standfirst and paragraphs), in reading order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The title's, then the standfirst's, each subheading's and each paragraph's sentences, in reading order. */
    public List<Sentence> pageSentences() {
        return pageSentences;
    }

    private static Paragraph paragraph(String text, Language rules) {
        List<String> split = rules.sentences(text);
        List<Sentence> sentences = new ArrayList<>(split.size());
        int words = 0;
        for (String sentence : split) {
            Sentence read = sentence(sentence, rules);
            sentences.add(read);
            words += read.words();
        }
        return new Paragraph(words, sentences);
    }

    private static Sentence sentence(String text, Language rules) {
        // Room for the sentence's words at once (news words average under six characters with their space).
        int room = text.length() / 5 + 1;
        List<Term> terms = new ArrayList<>(room);
        List<String> lowerCase = new ArrayList<>(room);
        int[] syllables = {0};
        if (rules instanceof MemoizedRules memoized) {
            // Words looked up where they stand: a word already seen costs no copy.
            Words.forEach(text, (start, end) -> {
                terms.add(memoized.term(text, start, end));
                lowerCase.add(memoized.lowerCase(text, start, end));
                syllables[0] += memoized.syllables(text, start, end);
            });
        } else {
            Words.forEach(text, (start, end) -> {
                String word = text.substring(start, end);
                terms.add(Terms.term(word, rules));
                lowerCase.add(Words.lowerCase(word));
                syllables[0] += rules.syllables(word);
            });
        }
        String first = lowerCase.isEmpty() ? "" : lowerCase.get(0);
        return new Sentence(text, terms.size(), syllables[0], rules.isPassive(lowerCase), rules.hasTransition(lowerCase),
                first, terms);
    }
}
