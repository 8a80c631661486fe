package dev.copydesk.analysis;

import dev.copydesk.model.Assessment;
import dev.copydesk.language.Folding;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static dev.copydesk.analysis.Grades.BAD;
import static dev.copydesk.analysis.Grades.GOOD;
import static dev.copydesk.analysis.Grades.format;

/**
 * The readability assessments, with Yoast's public thresholds. Passive voice, transition words and Flesch need
 * the language's word lists and formula, and are left out for a language without them. The sentence shares are
 * taken over the page's sentences, title and subheadings included ({@link TextAnalysis#pageSentences()}), as Yoast
 * counts them; Flesch over the running prose.
 */
public final class ReadabilityAssessments {

    public static final int SECTION_GOOD_WORDS = 300;
    public static final int SECTION_OK_WORDS = 350;
    public static final int PARAGRAPH_GOOD_WORDS = 150;
    public static final int PARAGRAPH_OK_WORDS = 200;
    /** The default; a language may set its own ({@link Language#longSentenceWords()}). */
    public static final int LONG_SENTENCE_WORDS = 20;
    /** Under this many words a text needs no transition words (Yoast's short-text rule). */
    public static final int TRANSITIONS_MIN_TEXT_WORDS = 200;
    public static final double LONG_SENTENCES_GOOD_PERCENT = 25;
    public static final double LONG_SENTENCES_OK_PERCENT = 30;
    public static final double PASSIVE_GOOD_PERCENT = 10;
    public static final double PASSIVE_OK_PERCENT = 15;
    public static final double TRANSITIONS_GOOD_PERCENT = 30;
    public static final double TRANSITIONS_OK_PERCENT = 20;
    public static final int SAME_START_RUN = 3;
    public static final double FLESCH_GOOD = 60;
    public static final double FLESCH_OK = 50;

    private final TextAnalysis analysis;
    private final List<Sentence> sentences;

    public ReadabilityAssessments(TextAnalysis analysis) {
        this.analysis = analysis;
        this.sentences = analysis.pageSentences();
    }

    /** Yoast's readability overall: 90 (good), 60 (ok) or 30 (needs improvement), 0 without assessments. */
    public static final int OVERALL_GOOD = 90;
    public static final int OVERALL_OK = 60;
    public static final int OVERALL_POOR = 30;

    /**
     * The readability overall score as Yoast aggregates it (its documented scoring): penalty points per
     * assessment, bad 3, ok 2, good 0 — bad 4 where the language lacks the passive and transition checks, whose
     * thresholds are then lower — summed; over 6 (over 4 with those checks missing) scores 30, over 4 (over 2)
     * scores 60, else 90. Not Σ scores like the SEO score: a text with one weak point still reads well. Flesch is
     * published but left out of the sum, as Yoast's free readability score has no Flesch check.
     */
    public static int overall(List<Assessment> assessments) {
        boolean fullSupport = assessments.stream().anyMatch(assessment -> assessment.id().equals("passive-voice"));
        int penalty = 0;
        int counted = 0;
        for (Assessment assessment : assessments) {
            if (assessment.id().equals("flesch-reading-ease")) {
                continue;
            }
            counted++;
            penalty += switch (assessment.rating()) {
                case "bad" -> fullSupport ? 3 : 4;
                case "ok" -> 2;
                default -> 0;
            };
        }
        if (counted == 0) {
            return 0;
        }
        int poorAbove = fullSupport ? 6 : 4;
        int okAbove = fullSupport ? 4 : 2;
        return penalty > poorAbove ? OVERALL_POOR : penalty > okAbove ? OVERALL_OK : OVERALL_GOOD;
    }

    public List<Assessment> all() {
        List<Assessment> assessments = new ArrayList<>(List.of(subheadingDistribution(), paragraphLength(),
                sentenceLength()));
        if (analysis.rules().analysesStyle()) {
            assessments.add(passiveVoice());
            assessments.add(transitionWords());
        }
        assessments.add(consecutiveSentences());
        fleschReadingEase().ifPresent(assessments::add);
        return assessments;
    }

    /** The longest stretch of text without a subheading; a short text needs none. */
    public Assessment subheadingDistribution() {
        int longest = analysis.sectionWords().stream().mapToInt(Integer::intValue).max().orElse(0);
        int score = Grades.atMost(longest, SECTION_GOOD_WORDS, SECTION_OK_WORDS);
        return Assessment.scored("subheading-distribution", score, format(
                "The longest text without a subheading has %d words (subheadings: %d); aim for at most %d.",
                longest, analysis.text().h2Count(), SECTION_GOOD_WORDS));
    }

    public Assessment paragraphLength() {
        int longest = analysis.paragraphs().stream().mapToInt(Paragraph::words).max().orElse(0);
        long tooLong = analysis.paragraphs().stream().filter(paragraph -> paragraph.words() > PARAGRAPH_GOOD_WORDS).count();
        return Assessment.scored("paragraph-length", Grades.atMost(longest, PARAGRAPH_GOOD_WORDS, PARAGRAPH_OK_WORDS),
                format("The longest paragraph has %d words (paragraphs over %d words: %d); aim for at most %d.",
                        longest, PARAGRAPH_GOOD_WORDS, tooLong, PARAGRAPH_GOOD_WORDS));
    }

    public Assessment sentenceLength() {
        int longWords = analysis.rules().longSentenceWords();
        long tooLong = sentences.stream().filter(sentence -> sentence.words() > longWords).count();
        double percent = Grades.percent(tooLong, sentences.size());
        return Assessment.scored("sentence-length",
                Grades.atMost(percent, LONG_SENTENCES_GOOD_PERCENT, LONG_SENTENCES_OK_PERCENT), format(
                        "%d of %d sentences have more than %d words (%.1f %%); aim for at most %.0f %%.", tooLong,
                        sentences.size(), longWords, percent, LONG_SENTENCES_GOOD_PERCENT));
    }

    public Assessment passiveVoice() {
        long passive = sentences.stream().filter(Sentence::passive).count();
        double percent = Grades.percent(passive, sentences.size());
        return Assessment.scored("passive-voice", Grades.atMost(percent, PASSIVE_GOOD_PERCENT, PASSIVE_OK_PERCENT),
                format("%d of %d sentences are in the passive voice (%.1f %%); aim for at most %.0f %%.", passive,
                        sentences.size(), percent, PASSIVE_GOOD_PERCENT));
    }

    public Assessment transitionWords() {
        long linked = sentences.stream().filter(Sentence::transition).count();
        double percent = Grades.percent(linked, sentences.size());
        boolean shortText = analysis.wordCount() < TRANSITIONS_MIN_TEXT_WORDS;
        return Assessment.scored("transition-words", shortText ? GOOD
                : Grades.atLeast(percent, TRANSITIONS_GOOD_PERCENT, TRANSITIONS_OK_PERCENT), format(
                        "%d of %d sentences have a transition word (%.1f %%); aim for at least %.0f %%.", linked,
                        sentences.size(), percent, TRANSITIONS_GOOD_PERCENT));
    }

    /**
     * Three or more sentences in a row opening the same way read as a list, not as prose. A sentence opening on an
     * article opens with the article and the word after it, as Yoast reads it: "La crecida…", "La rambla…", "La
     * Consejería…" are three subjects, not one repeated opening.
     */
    public Assessment consecutiveSentences() {
        Set<String> articles = analysis.rules().articles();
        String word = "";
        int run = 0;
        String worstWord = "";
        int worstRun = 0;
        for (Sentence sentence : sentences) {
            String opening = opening(sentence, articles);
            run = !opening.isEmpty() && opening.equals(word) ? run + 1 : 1;
            word = opening;
            if (run > worstRun) {
                worstRun = run;
                worstWord = word;
            }
        }
        boolean repetitive = worstRun >= SAME_START_RUN;
        return Assessment.scored("consecutive-sentences", repetitive ? BAD : GOOD, repetitive
                ? format("%d sentences in a row start with '%s'; vary the openings.", worstRun, worstWord)
                : format("No %d sentences in a row start with the same word.", SAME_START_RUN));
    }

    private static String opening(Sentence sentence, Set<String> articles) {
        String first = sentence.firstWord();
        List<Terms.Term> terms = sentence.terms();
        if (first.isEmpty() || terms.size() < 2 || !articles.contains(Folding.fold(first))) {
            return first;
        }
        return first + " " + Words.lowerCase(terms.get(1).bare());
    }

    /** Reported with the figures it comes from, so it can be checked by hand. */
    public Optional<Assessment> fleschReadingEase() {
        Language rules = analysis.rules();
        List<Sentence> sentences = analysis.sentences();
        int words = sentences.stream().mapToInt(Sentence::words).sum();
        int syllables = sentences.stream().mapToInt(Sentence::syllables).sum();
        if (words == 0) {
            return Optional.empty();
        }
        OptionalDouble ease = rules.fleschReadingEase((double) words / sentences.size(), (double) syllables / words);
        if (ease.isEmpty()) {
            return Optional.empty();
        }
        double value = ease.getAsDouble();
        return Optional.of(Assessment.scored("flesch-reading-ease",
                Grades.atLeast(value, FLESCH_GOOD, FLESCH_OK), format(
                        "Flesch reading ease %.1f (%s): %d words, %d sentences, %d syllables; aim for %.0f or more.",
                        value, band(value), words, sentences.size(), syllables, FLESCH_GOOD)));
    }

    private static String band(double ease) {
        return ease >= 90 ? "very easy" : ease >= 80 ? "easy" : ease >= 70 ? "fairly easy" : ease >= 60 ? "standard"
                : ease >= 50 ? "fairly difficult" : ease >= 30 ? "difficult" : "very difficult";
    }
}
