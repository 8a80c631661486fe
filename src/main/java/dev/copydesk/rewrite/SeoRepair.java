package dev.copydesk.rewrite;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.Grades;
import dev.copydesk.analysis.KeyphraseChooser;
import dev.copydesk.analysis.KeyphraseInText;
import dev.copydesk.analysis.MemoizedRules;
import dev.copydesk.analysis.Paragraph;
import dev.copydesk.analysis.ReadabilityAssessments;
import dev.copydesk.analysis.Sentence;
import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.language.Language;
import dev.copydesk.language.Locales;
import dev.copydesk.language.Whitespace;
import dev.copydesk.language.Words;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static dev.copydesk.analysis.Grades.format;
import static dev.copydesk.analysis.KeyphraseInText.MAX_DENSITY_PERCENT;
import static dev.copydesk.analysis.KeyphraseInText.MAX_SUBHEADINGS_PERCENT;
import static dev.copydesk.analysis.KeyphraseInText.MIN_DENSITY_PERCENT;
import static dev.copydesk.analysis.KeyphraseInText.MIN_SUBHEADINGS_PERCENT;
import static dev.copydesk.analysis.ReadabilityAssessments.LONG_SENTENCES_GOOD_PERCENT;
import static dev.copydesk.analysis.ReadabilityAssessments.LONG_SENTENCE_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.PARAGRAPH_GOOD_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.SAME_START_RUN;
import static dev.copydesk.analysis.ReadabilityAssessments.SECTION_GOOD_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.TRANSITIONS_GOOD_PERCENT;

/**
 * What the text of a draft misses of the search and readability targets, as a repair request can say it: for each
 * text-level assessment of {@link dev.copydesk.analysis} that is not rated good, its figures, what to change, and
 * the sentences, paragraphs or subheadings concerned, quoted from the draft one per line after {@code "  > "}. The
 * draft is judged by the keyphrase the SEO stage will choose for it ({@link KeyphraseChooser}), so a repaired text
 * scores there as it scored here. Passive voice and Flesch are left to the prompt's targets: asking for them
 * afterwards tends to buy a rewrite of every sentence, where facts slip.
 */
final class SeoRepair {

    /** The assessments a repair round asks the model to fix, in the order the analysis gives them. */
    static final Set<String> REPAIRED = Set.of("keyphrase-in-introduction", "keyphrase-density",
            "keyphrase-in-subheadings", "subheading-distribution", "paragraph-length", "sentence-length",
            "transition-words", "consecutive-sentences");

    /** The quoted sentences of one problem: enough to reach the target, few enough to keep the request short. */
    static final int MAX_QUOTED = 15;
    /** Longest quotation; a longer sentence is quoted up to here and "…", which is enough to find it. */
    static final int MAX_QUOTE_CHARS = 300;
    /** The words that open a quoted paragraph, to find it by. */
    private static final int PARAGRAPH_OPENING_WORDS = 12;
    private static final String QUOTE = "  > ";

    /**
     * What one draft misses.
     *
     * @param keyphrase the keyphrase it was judged by
     * @param failed    the repaired assessments not rated good
     * @param problems  one entry per failed assessment for the repair prompt; empty when nothing is to repair
     */
    record Findings(String keyphrase, List<Assessment> failed, List<String> problems) {

        Findings {
            failed = List.copyOf(failed);
            problems = List.copyOf(problems);
        }

        boolean passes() {
            return failed.isEmpty();
        }
    }

    private SeoRepair() {
    }

    /**
     * The keyphrase the prompt asks for: the brief's, else one chosen from the source text as the SEO stage would
     * choose it from a text without hints. A translation without one in the brief gets none: a phrase of the
     * source language would be the wrong words, and the model chooses in the target language.
     */
    static Optional<String> requestedKeyphrase(WorkItem item) {
        NormalizedArticle article = item.article();
        Optional<String> briefed = Whitespace.nonBlank(article.brief() == null ? null : article.brief().keyphrase());
        if (briefed.isPresent() || item.isTranslation()) {
            return briefed;
        }
        Language rules = new MemoizedRules(Language.of(article.sourceLanguage()));
        ArticleText source = new ArticleText(rules, Whitespace.collapse(nullToEmpty(article.title())), "",
                List.of(new Section(null, article.paragraphs().stream().map(Whitespace::collapse)
                        .filter(paragraph -> !paragraph.isEmpty()).toList())));
        return Whitespace.nonBlank(new KeyphraseChooser().choose(TextAnalysis.of(source), article.brief(),
                SeoHints.NONE));
    }

    /** The findings on {@code draft}, read with the rules of its locale's language. */
    static Findings assess(RewrittenArticle draft) {
        Language rules = new MemoizedRules(Language.of(Locales.language(draft.locale())));
        TextAnalysis analysis = TextAnalysis.of(ArticleText.of(draft, rules));
        String keyphrase = new KeyphraseChooser().choose(analysis, draft.brief(), draft.seoHints());
        KeyphraseInText inText = new KeyphraseInText(analysis, keyphrase);
        List<Assessment> assessments = new ArrayList<>(inText.ofText());
        assessments.addAll(new ReadabilityAssessments(analysis).all());
        List<Assessment> failed = assessments.stream()
                .filter(assessment -> REPAIRED.contains(assessment.id()) && assessment.score() < Grades.GOOD).toList();
        Problems problems = new Problems(analysis, inText);
        return new Findings(keyphrase, failed, failed.stream().map(problems::of).toList());
    }

    /** The instructions for the failed assessments of one draft. */
    private static final class Problems {

        private final TextAnalysis analysis;
        private final KeyphraseInText inText;
        private final List<Sentence> sentences;

        Problems(TextAnalysis analysis, KeyphraseInText inText) {
            this.analysis = analysis;
            this.inText = inText;
            this.sentences = analysis.sentences();
        }

        String of(Assessment failed) {
            String head = "[" + failed.id() + "] " + failed.message() + " ";
            return head + switch (failed.id()) {
                case "keyphrase-in-introduction" -> "Name the keyphrase quoted below, in these words, in one"
                        + " sentence of the first paragraph (the standfirst):" + quoted(List.of(inText.keyphrase()));
                case "keyphrase-density" -> density();
                case "keyphrase-in-subheadings" -> subheadings();
                case "subheading-distribution" -> sections();
                case "paragraph-length" -> paragraphs();
                case "sentence-length" -> longSentences();
                case "transition-words" -> transitions();
                case "consecutive-sentences" -> sameStarts();
                default -> throw new IllegalArgumentException("not a repaired assessment: " + failed.id());
            };
        }

        private String density() {
            int words = analysis.wordCount();
            int occurrences = sentences.stream().mapToInt(s -> inText.matcher().occurrencesIn(s.terms())).sum();
            long fewest = (long) Math.ceil(words * MIN_DENSITY_PERCENT / 100);
            long most = (long) Math.floor(words * MAX_DENSITY_PERCENT / 100);
            if (occurrences < fewest) {
                return format("Use the keyphrase quoted below, in these words, %d more times (%d to %d times in"
                                + " all), each time in a sentence where it reads naturally:", fewest - occurrences + 1,
                        fewest, most) + quoted(List.of(inText.keyphrase()));
            }
            return format("Use the keyphrase quoted below %d fewer times (%d at most): name the subject otherwise"
                    + " in the other places:", occurrences - most, most) + quoted(List.of(inText.keyphrase()));
        }

        private String subheadings() {
            List<String> headings = analysis.text().headings();
            List<String> naming = headings.stream().filter(inText.matcher()::isIn).toList();
            long fewest = Math.max(1, (long) Math.ceil(headings.size() * MIN_SUBHEADINGS_PERCENT / 100));
            long most = (long) Math.floor(headings.size() * MAX_SUBHEADINGS_PERCENT / 100);
            if (naming.size() < fewest) {
                List<String> others = headings.stream().filter(heading -> !naming.contains(heading))
                        .limit(fewest - naming.size()).map(heading -> "## " + heading).toList();
                return format("Rewrite the %d subheadings quoted below so that each names the keyphrase \"%s\" in"
                        + " these words:", others.size(), inText.keyphrase()) + quoted(others);
            }
            List<String> fewer = naming.stream().skip(most).map(heading -> "## " + heading).toList();
            return format("Rewrite the %d subheadings quoted below without the keyphrase:", fewer.size())
                    + quoted(fewer);
        }

        /** Stretches of text longer than the target, named by the subheading they follow. */
        private String sections() {
            List<String> stretches = new ArrayList<>();
            ArticleText text = analysis.text();
            int words = text.hasStandfirst() ? Words.count(text.standfirst()) : 0;
            String heading = null;
            for (Section section : text.sections()) {
                if (section.heading() != null) {
                    addIfLong(stretches, heading, words);
                    heading = section.heading();
                    words = 0;
                }
                words += section.paragraphs().stream().mapToInt(Words::count).sum();
            }
            addIfLong(stretches, heading, words);
            return format("Add a ## subheading inside each stretch of text quoted below (named by the subheading"
                    + " it follows), so that no stretch runs over %d words:", SECTION_GOOD_WORDS) + quoted(stretches);
        }

        private static void addIfLong(List<String> stretches, String heading, int words) {
            if (words > SECTION_GOOD_WORDS) {
                stretches.add((heading == null ? "(the text before the first subheading)" : "## " + heading)
                        + " — " + words + " words");
            }
        }

        private String paragraphs() {
            List<String> openings = analysis.paragraphs().stream()
                    .filter(paragraph -> paragraph.words() > PARAGRAPH_GOOD_WORDS)
                    .map(Problems::opening).toList();
            return format("Split each paragraph opening as quoted below into paragraphs of at most %d words:",
                    PARAGRAPH_GOOD_WORDS) + quoted(openings);
        }

        private static String opening(Paragraph paragraph) {
            String first = paragraph.sentences().isEmpty() ? "" : paragraph.sentences().get(0).text();
            List<String> words = List.of(first.split(" "));
            return words.size() <= PARAGRAPH_OPENING_WORDS ? first
                    : String.join(" ", words.subList(0, PARAGRAPH_OPENING_WORDS)) + "…";
        }

        /** The fewest splits that bring the share of long sentences under the target, longest sentences first. */
        private String longSentences() {
            List<Sentence> longOnes = sentences.stream().filter(s -> s.words() > LONG_SENTENCE_WORDS)
                    .sorted(Comparator.comparingInt(Sentence::words).reversed()).toList();
            // Each split turns one long sentence into two short ones: (long - k) <= share × (all + k).
            double share = LONG_SENTENCES_GOOD_PERCENT / 100;
            int needed = (int) Math.ceil((longOnes.size() - share * sentences.size()) / (1 + share)) + 1;
            List<Sentence> chosen = longOnes.subList(0, Math.max(1, Math.min(needed, longOnes.size())));
            return format("Split each sentence quoted below into sentences of at most %d words (%d to split, the"
                    + " longest first):", LONG_SENTENCE_WORDS, chosen.size()) + quotedSentences(chosen);
        }

        /** Sentences without a transition word, spread over the text, enough to reach the target. */
        private String transitions() {
            long linked = sentences.stream().filter(Sentence::transition).count();
            int needed = (int) Math.ceil(sentences.size() * TRANSITIONS_GOOD_PERCENT / 100 - linked) + 1;
            List<Sentence> unlinked = sentences.stream().filter(Predicate.not(Sentence::transition)).toList();
            int count = Math.max(1, Math.min(needed, unlinked.size()));
            double step = (double) unlinked.size() / count;
            List<Sentence> chosen = IntStream.range(0, count).mapToObj(i -> unlinked.get((int) (i * step))).toList();
            return format("Link each sentence quoted below to the one before it with a transition word or phrase"
                    + " (%d of them; at least %.0f %% of all sentences need one), varying the words:", chosen.size(),
                    TRANSITIONS_GOOD_PERCENT) + quotedSentences(chosen);
        }

        /** In every run of sentences opening on the same word, all but the first. */
        private String sameStarts() {
            List<Sentence> chosen = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= sentences.size(); i++) {
                boolean runGoesOn = i < sentences.size() && !sentences.get(i).firstWord().isEmpty()
                        && sentences.get(i).firstWord().equals(sentences.get(start).firstWord());
                if (!runGoesOn) {
                    if (i - start >= SAME_START_RUN) {
                        chosen.addAll(sentences.subList(start + 1, i));
                    }
                    start = i;
                }
            }
            return "Open each sentence quoted below with another word, a different one each time:"
                    + quotedSentences(chosen);
        }

        private static String quotedSentences(List<Sentence> chosen) {
            return quoted(chosen.stream().map(Sentence::text).toList());
        }

        private static String quoted(List<String> lines) {
            StringBuilder out = new StringBuilder();
            lines.stream().limit(MAX_QUOTED).forEach(line -> out.append('\n').append(QUOTE).append(clipped(line)));
            if (lines.size() > MAX_QUOTED) {
                out.append('\n').append(QUOTE).append(format("(and %d more)", lines.size() - MAX_QUOTED));
            }
            return out.toString();
        }

        private static String clipped(String line) {
            return line.length() <= MAX_QUOTE_CHARS ? line : line.substring(0, MAX_QUOTE_CHARS) + "…";
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
