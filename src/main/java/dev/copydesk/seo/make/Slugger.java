package dev.copydesk.seo.make;

import dev.copydesk.analysis.Terms;

import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Folding;
import dev.copydesk.language.Language;

import java.text.Normalizer;
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
        Set<String> keyphraseSegments = new HashSet<>(segments(keyphrase == null ? "" : keyphrase, rules.language()));
        List<String> kept = new ArrayList<>();
        for (Term term : Terms.of(text, rules)) {
            for (String segment : segments(term.bare(), rules.language())) {
                if (!term.stopWord() || keyphraseSegments.contains(segment)) {
                    kept.add(segment);
                }
            }
        }
        String slug = joinWithinLimit(kept);
        if (slug.isEmpty()) {
            slug = joinWithinLimit(segments(fallbackId == null ? "" : fallbackId, rules.language()));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /**
     * The ASCII words a text in {@code language} turns into in a slug: "Saint-Exupéry" gives "saint" and "exupery";
     * in German, "Mölltal" gives "moelltal", as German is written without umlauts (and as WordPress makes German
     * slugs), not "molltal".
     */
    public static List<String> segments(String text, String language) {
        List<String> segments = new ArrayList<>();
        String spelled = "de".equals(language) ? withoutUmlauts(text) : text;
        for (String segment : NOT_ASCII_ALPHANUMERIC.split(Folding.fold(spelled))) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static String withoutUmlauts(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder spelled = new StringBuilder(composed.length() + 8);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case 'ä', 'Ä' -> spelled.append(c == 'ä' ? "ae" : "Ae");
                case 'ö', 'Ö' -> spelled.append(c == 'ö' ? "oe" : "Oe");
                case 'ü', 'Ü' -> spelled.append(c == 'ü' ? "ue" : "Ue");
                default -> spelled.append(c);
            }
        }
        return spelled.toString();
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
