package dev.copydesk.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what aggregators and CMS exports leave in wire copy: "Source link" trailers, photo credits and photo
 * positions in parentheses, and photo captions pasted into the text (a caption shows up as a paragraph repeated
 * right after itself, or as a repeat of an earlier paragraph, often with "(photo: …)"). Captions are set apart for
 * the images; everything else, quotes included, is kept exactly.
 */
public final class BoilerplateCleaner {

    private static final Pattern TRAILER = Pattern.compile(
            "(?iu)^(source link|lien source|source\\s*:\\s*link|read more|lire la suite|advertisement|publicité)\\b.*");
    private static final Pattern PHOTO_NOTE = Pattern.compile(
            "(?iu)\\s*\\((?:photo|photos|crédit|credit|image|picture|pictured|illustration)\\b[^)]{0,80}\\)");
    private static final Pattern BULLET = Pattern.compile("^[•\\u2022\\u25CF\\u25AA*\\-–]\\s+");

    /** The cleaned body, with its highlights and stray captions set apart. */
    public record Cleaned(List<String> paragraphs, List<String> highlights, List<String> strayCaptions) {
    }

    public Cleaned clean(List<String> rawParagraphs) {
        List<String> paragraphs = new ArrayList<>();
        List<String> highlights = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        boolean leadingBullets = true;
        for (String raw : rawParagraphs) {
            if (TRAILER.matcher(raw).matches()) {
                continue;
            }
            String text = PHOTO_NOTE.matcher(raw).replaceAll("").strip();
            boolean hadPhotoNote = !text.equals(raw.strip());
            if (text.isEmpty()) {
                continue;
            }
            if (BULLET.matcher(text).find()) {
                if (leadingBullets) {
                    highlights.add(BULLET.matcher(text).replaceFirst(""));
                    continue;
                }
            } else {
                leadingBullets = false;
            }
            String fingerprint = fingerprint(text);
            if (fingerprint.equals(previous)) {
                // A paragraph immediately repeated is a photo caption exported twice: neither copy is body text.
                captions.add(paragraphs.remove(paragraphs.size() - 1));
                previous = null;
                continue;
            }
            previous = fingerprint;
            if (seen.add(fingerprint)) {
                paragraphs.add(text);
            } else if (hadPhotoNote) {
                // A repeat of earlier text that names a photo position is that photo's caption.
                captions.add(text);
            }
        }
        return new Cleaned(paragraphs, highlights, captions);
    }

    /** Equal for paragraphs that differ only in apostrophes, quotes, spacing, case or trailing punctuation. */
    static String fingerprint(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u02BC`´]", "'")
                .replaceAll("[\u201C\u201D«»]", "\"")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s.!?]+$", "").replaceAll("\\s+", " ");
    }
}
