package dev.copydesk.analysis;

import dev.copydesk.language.Whitespace;

import dev.copydesk.model.Brief;
import dev.copydesk.model.SeoHints;
import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses the focus keyphrase, in order of trust:
 * <ol>
 *   <li>the brief's keyphrase, as the newsroom asked for it;</li>
 *   <li>the rewriter's suggestion, if it has 1–4 content words and each occurs in the title or text (case,
 *       accents and word forms aside), because a model can suggest a phrase the article never uses;</li>
 *   <li>otherwise the best 1–3 word phrase of the standfirst, headings and paragraphs that neither starts nor ends
 *       with a stop word. Its score is its frequency × (2, + 2 if it is in the title, + 1 if it is in the
 *       standfirst or first paragraph); a phrase of several words must occur at least twice. Ties go to the
 *       longer phrase (the more specific one), then to the alphabetically first. The phrase is returned in its
 *       most frequent spelling (the first seen on a tie), so a capital at the start of a sentence does not win.
 *       Phrases are compared by their words' keys, so "piste cyclable" and "pistes cyclables" are one.</li>
 * </ol>
 * An article too small to have any such phrase gets the first content words of its title.
 * <p>
 * Both stages choose through this one class: the rewrite stage before the model call (the source text, no hints)
 * to ask for a keyphrase, and on the model's draft to check it; the SEO stage on the rewritten article. Both then
 * judge the text by the same keyphrase.
 */
public final class KeyphraseChooser {

    public static final int MAX_HINT_WORDS = 4;
    public static final int MAX_EXTRACTED_WORDS = 3;

    // A phrase must not run across punctuation: "Lyon, Paris" is not a phrase. Hyphens and apostrophes stay
    // inside words ("porte-parole", "l'État"); a dash between spaces is punctuation.
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?…()\\[\\]{}«»\"“”„|/]|[–—]|\\s-\\s");

    public String choose(TextAnalysis analysis, Brief brief, SeoHints hints) {
        ArticleText text = analysis.text();
        Optional<String> briefed = Whitespace.nonBlank(brief == null ? null : brief.keyphrase());
        if (briefed.isPresent()) {
            return briefed.get();
        }
        Optional<String> suggested = Whitespace.nonBlank(hints.keyphrase())
                .filter(keyphrase -> isSupportedByText(keyphrase, analysis));
        return suggested.or(() -> extract(text)).orElseGet(() -> firstContentWordsOfTitle(text));
    }

    private static boolean isSupportedByText(String keyphrase, TextAnalysis analysis) {
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, analysis.rules());
        return matcher.size() <= MAX_HINT_WORDS && matcher.isMentionedIn(analysis);
    }

    private static Optional<String> extract(ArticleText text) {
        Map<String, Candidate> candidates = new HashMap<>();
        for (String block : text.countedBlocks()) {
            for (Phrase phrase : phrases(block, text.rules())) {
                candidates.computeIfAbsent(phrase.key(), key -> new Candidate(key, phrase.size())).seen(phrase.spelling());
            }
        }
        Set<String> inTitle = keysOf(List.of(text.title()), text.rules());
        Set<String> inIntroduction = keysOf(List.of(text.introduction()), text.rules());
        Comparator<Candidate> best = Comparator.<Candidate>comparingInt(candidate -> candidate.score(inTitle, inIntroduction))
                .thenComparingInt(Candidate::size).reversed()
                .thenComparing(Candidate::key);
        return candidates.values().stream()
                .filter(candidate -> candidate.size() == 1 || candidate.frequency() >= 2)
                .min(best)
                .map(Candidate::mostFrequentSpelling);
    }

    private static Set<String> keysOf(List<String> texts, Language rules) {
        return texts.stream().flatMap(text -> phrases(text, rules).stream()).map(Phrase::key)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Every 1–3 word run of a clause whose first and last words are content words. */
    private static List<Phrase> phrases(String text, Language rules) {
        List<Phrase> phrases = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(text)) {
            List<Term> terms = Terms.of(clause, rules);
            for (int start = 0; start < terms.size(); start++) {
                for (int size = 1; size <= MAX_EXTRACTED_WORDS && start + size <= terms.size(); size++) {
                    List<Term> run = terms.subList(start, start + size);
                    if (canEndPhrase(run.get(0)) && canEndPhrase(run.get(size - 1))) {
                        phrases.add(Phrase.of(run));
                    }
                }
            }
        }
        return phrases;
    }

    /** Stop words, numbers and single letters ("M." for monsieur) make poor keyphrase edges. */
    private static boolean canEndPhrase(Term term) {
        return !term.stopWord() && term.key().length() > 1 && term.key().codePoints().anyMatch(Character::isLetter);
    }

    private static String firstContentWordsOfTitle(ArticleText text) {
        List<String> words = Terms.of(text.title(), text.rules()).stream().filter(term -> !term.stopWord())
                .limit(MAX_EXTRACTED_WORDS).map(Term::bare).toList();
        return words.isEmpty() ? text.title() : String.join(" ", words);
    }

    /** A run of words: {@code key} compares, {@code spelling} is what a reader sees ("État de droit"). */
    private record Phrase(String key, String spelling, int size) {

        public static Phrase of(List<Term> run) {
            List<String> keys = run.stream().map(Term::key).toList();
            List<String> spelled = new ArrayList<>();
            spelled.add(run.get(0).bare());
            run.subList(1, run.size()).forEach(term -> spelled.add(term.written()));
            return new Phrase(String.join(" ", keys), String.join(" ", spelled), run.size());
        }
    }

    private static final class Candidate {
        private final String key;
        private final int size;
        private final Map<String, Integer> spellings = new LinkedHashMap<>();
        private int frequency;

        Candidate(String key, int size) {
            this.key = key;
            this.size = size;
        }

        public void seen(String spelling) {
            frequency++;
            spellings.merge(spelling, 1, Integer::sum);
        }

        public String key() {
            return key;
        }

        public int size() {
            return size;
        }

        public int frequency() {
            return frequency;
        }

        public int score(Set<String> inTitle, Set<String> inIntroduction) {
            int weight = 2 + (inTitle.contains(key) ? 2 : 0) + (inIntroduction.contains(key) ? 1 : 0);
            return frequency * weight;
        }

        public String mostFrequentSpelling() {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
                if (spelling.getValue() > bestCount) {
                    best = spelling.getKey();
                    bestCount = spelling.getValue();
                }
            }
            return best;
        }
    }
}
