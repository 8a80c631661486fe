package dev.copydesk.seo;

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
 * length; failing that (a tiny article), the lead text as it is, and {@link SeoAssessor} reports its length.
 */
final class MetaDescriptionMaker {

    static final int MIN_CHARS = 120;
    static final int MAX_CHARS = 156;

    String make(ArticleText text, String suggestion, String keyphrase) {
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, text.language());
        List<String> sentences = text.prose().stream()
                .flatMap(block -> Sentences.of(block, text.language()).stream()).toList();
        String fromLead = fill(sentences, 0, text.language());

        List<String> candidates = new ArrayList<>();
        Whitespace.nonBlank(suggestion).ifPresent(candidates::add);
        candidates.add(fromLead);
        firstNaming(sentences, matcher).filter(index -> index > 0).ifPresent(index -> candidates.add(fill(sentences, index, text.language())));

        return candidates.stream().filter(MetaDescriptionMaker::hasRightLength).filter(matcher::isIn).findFirst()
                .or(() -> candidates.stream().filter(MetaDescriptionMaker::hasRightLength).findFirst())
                .orElse(fromLead);
    }

    static boolean hasRightLength(String description) {
        return description.length() >= MIN_CHARS && description.length() <= MAX_CHARS;
    }

    /**
     * Whole sentences from {@code from} while they fit; if they stop short of the minimum, the next sentence is
     * added and the result shortened on a word boundary.
     */
    private static String fill(List<String> sentences, int from, String language) {
        String description = "";
        for (String sentence : sentences.subList(from, sentences.size())) {
            String longer = description.isEmpty() ? sentence : description + " " + sentence;
            if (longer.length() <= MAX_CHARS) {
                description = longer;
            } else {
                return description.length() >= MIN_CHARS ? description : Shortener.shorten(longer, MAX_CHARS, language);
            }
        }
        return description;
    }

    private static Optional<Integer> firstNaming(List<String> sentences, KeyphraseMatcher matcher) {
        for (int index = 0; index < sentences.size(); index++) {
            if (matcher.isIn(sentences.get(index))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
