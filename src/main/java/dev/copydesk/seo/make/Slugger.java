package dev.copydesk.seo.make;

import dev.copydesk.analysis.Terms;

import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Folding;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the URL slug: lower-case ASCII words joined by '-', accents folded, elided prefixes ("l'", "d'", "qu'")
 * and stop words dropped, each word once, at most {@value #MAX_LENGTH} characters cut between words. Stop words
 * that belong to the keyphrase are kept, because the slug should carry the whole keyphrase.
 */
public final class Slugger {

    public static final int MAX_LENGTH = 75;
    private static final String FALLBACK = "article";
    private static final Pattern NOT_ASCII_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugger() {
    }

    /** The slug of {@code text}, or of {@code fallbackId} (words kept as they are) when the text has no word. */
    public static String slug(String text, Language rules, String keyphrase, String fallbackId) {
        Set<String> keyphraseSegments = new HashSet<>(segments(keyphrase == null ? "" : keyphrase));
        List<String> kept = new ArrayList<>();
        for (Term term : Terms.of(text, rules)) {
            for (String segment : segments(term.bare())) {
                if (!term.stopWord() || keyphraseSegments.contains(segment)) {
                    kept.add(segment);
                }
            }
        }
        String slug = joinWithinLimit(kept);
        if (slug.isEmpty()) {
            slug = joinWithinLimit(segments(fallbackId == null ? "" : fallbackId));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The ASCII words a text turns into in a slug: "Saint-Exupéry" gives "saint" and "exupery". */
    public static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        for (String segment : NOT_ASCII_ALPHANUMERIC.split(Folding.fold(text))) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static String joinWithinLimit(List<String> segments) {
        StringBuilder slug = new StringBuilder();
        // A repeated word adds length without adding meaning ("Retraites : la réforme des retraites").
        for (String segment : new LinkedHashSet<>(segments)) {
            int separator = slug.length() == 0 ? 0 : 1;
            if (slug.length() + separator + segment.length() > MAX_LENGTH) {
                break;
            }
            slug.append(separator == 0 ? "" : "-").append(segment);
        }
        if (slug.length() == 0 && !segments.isEmpty()) {
            return segments.get(0).substring(0, MAX_LENGTH);
        }
        return slug.toString();
    }
}
