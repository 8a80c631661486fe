package dev.copydesk.seo.make;

import dev.copydesk.language.Folding;

/**
 * Estimates how wide a title is when search results set it in Arial at 20 px, the measure Google truncates
 * titles by (about 600 px), from each character's advance width in Arial (Helvetica-compatible metrics, in
 * thousandths of an em). An accented letter is as wide as its base letter; other characters a search result
 * might show (CJK, emoji) count as a full em, so a title in another script is rather cut too early than too late.
 */
public final class TitleWidth {

    public static final int MAX_PIXELS = 600;
    private static final double FONT_PIXELS = 20;
    private static final int FULL_EM = 1000;

    /** Advance widths of the printable ASCII characters, from ' ' (32) to '~' (126). */
    private static final int[] ASCII = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~

    private TitleWidth() {
    }

    public static double pixels(String text) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += units(text.charAt(i));
        }
        return units * FONT_PIXELS / FULL_EM;
    }

    /** The longest prefix of {@code text}, in characters, that is at most {@code maxPixels} wide. */
    public static int charsWithin(String text, int maxPixels) {
        double maxUnits = maxPixels * FULL_EM / FONT_PIXELS;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += units(text.charAt(i));
            if (units > maxUnits) {
                return i;
            }
        }
        return text.length();
    }

    private static int units(char c) {
        if (c >= ' ' && c <= '~') {
            return ASCII[c - ' '];
        }
        int typographic = switch (c) {
            case '\u00A0', '\u202F' -> ASCII[0];
            case '«', '»', '€', '£', '–' -> 556;
            case '‘', '’', '‚' -> 222;
            case '“', '”', '„' -> 333;
            case '—', '…', 'Œ', 'Æ' -> 1000;
            case 'œ' -> 944;
            case 'æ' -> 889;
            case 'ß' -> 611;
            default -> -1;
        };
        if (typographic > 0) {
            return typographic;
        }
        if (Character.isLetter(c) && c < '\u0250') {
            String base = Folding.fold(String.valueOf(c));
            char letter = Character.isUpperCase(c) && !base.isEmpty() ? Character.toUpperCase(base.charAt(0))
                    : base.isEmpty() ? 'n' : base.charAt(0);
            if (letter >= ' ' && letter <= '~') {
                return ASCII[letter - ' '];
            }
        }
        return FULL_EM;
    }
}
