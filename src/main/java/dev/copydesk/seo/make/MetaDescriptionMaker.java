package dev.copydesk.seo.make;

import dev.copydesk.language.Whitespace;
import dev.copydesk.analysis.KeyphraseMatcher;
import dev.copydesk.analysis.Sentence;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.language.Language;
import dev.copydesk.seo.render.WebSafe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the meta description: {@value #MIN_CHARS}–{@value #MAX_CHARS} characters ending on a whole word (search
 * engines cut longer ones, and shorter ones waste the snippet). Candidates, in order of preference:
 * <ol>
 *   <li>the rewriter's suggestion, used as written when its length is already right;</li>
 *   <li>the standfirst and the sentences that follow it;</li>
 *   <li>the text from the first sentence that names the keyphrase.</li>
 * </ol>
 * The first candidate of the right length that contains the keyphrase wins; failing that, the first of the right
 * length; failing that (a tiny article), the lead text as it is, and the assessments report its length. Every
 * candidate is plain text ({@link WebSafe#plainText}): the description is copied into Open Graph and JSON-LD, and
 * markup written in the article's text must not reach a page's head.
 */
public final class MetaDescriptionMaker {

    public static final int MIN_CHARS = 120;
    public static final int MAX_CHARS = 156;

    public String make(TextAnalysis analysis, String suggestion, String keyphrase) {
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, analysis.rules());
        List<Sentence> sentences = analysis.sentences();
        String language = analysis.rules().language();
        String lead = fill(sentences, 0, language);
        List<String> candidates = new ArrayList<>();
        Whitespace.nonBlank(WebSafe.plainText(suggestion)).ifPresent(candidates::add);
        candidates.add(lead);
        fromFirstNaming(sentences, matcher, language).ifPresent(candidates::add);
        return candidates.stream().filter(MetaDescriptionMaker::hasRightLength).filter(matcher::isIn).findFirst()
                .or(() -> candidates.stream().filter(MetaDescriptionMaker::hasRightLength).findFirst())
                .orElse(lead);
    }

    /**
     * The fixing pass's description: {@code current} if it names the keyphrase, else the first candidate of the
     * right length that does, the last resort being "Keyphrase: lead text" cut to length.
     */
    public String withKeyphrase(TextAnalysis analysis, String current, String keyphrase) {
        Language rules = analysis.rules();
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, rules);
        if (keyphrase.isBlank() || matcher.isIn(current)) {
            return current;
        }
        List<Sentence> sentences = analysis.sentences();
        String named = Capitalization.firstLetterUpper(keyphrase.strip(), rules.language()) + rules.colon()
                + fill(sentences, 0, rules.language());
        return fromFirstNaming(sentences, matcher, rules.language()).stream()
                .filter(MetaDescriptionMaker::hasRightLength).findFirst()
                .orElseGet(() -> Shortener.shorten(named, MAX_CHARS, rules.language()));
    }

    public static boolean hasRightLength(String description) {
        return description.length() >= MIN_CHARS && description.length() <= MAX_CHARS;
    }

    /**
     * Whole sentences from {@code from} while they fit; if they stop short of the minimum, the next sentence is
     * added and the result shortened on a word boundary.
     */
    private static String fill(List<Sentence> sentences, int from, String language) {
        String description = "";
        for (Sentence sentence : sentences.subList(from, sentences.size())) {
            String text = WebSafe.plainText(sentence.text());
            String longer = description.isEmpty() ? text : description + " " + text;
            if (longer.length() <= MAX_CHARS) {
                description = longer;
            } else {
                return description.length() >= MIN_CHARS ? description : Shortener.shorten(longer, MAX_CHARS, language);
            }
        }
        return description;
    }

    /** The text from the first sentence that names the keyphrase, unless that is the first sentence (the lead). */
    private static Optional<String> fromFirstNaming(List<Sentence> sentences, KeyphraseMatcher matcher, String language) {
        for (int index = 0; index < sentences.size(); index++) {
            if (matcher.occurrencesIn(sentences.get(index).terms()) > 0) {
                return index == 0 ? Optional.empty() : Optional.of(fill(sentences, index, language));
            }
        }
        return Optional.empty();
    }
}
