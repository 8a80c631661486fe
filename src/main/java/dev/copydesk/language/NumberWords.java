package dev.copydesk.language;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a language writes in words, read back into values: cardinals ("vingt et un", "treinta y dos",
 * "zweiundzwanzig", "two hundred thirty-two"), compounds with thousands, millions and billions ("deux mille cinq
 * cents", "mil millones"), ordinals ("premier", "Seconde", "zweiten") and approximate quantities ("des dizaines",
 * "dozens").
 *
 * <p>The words come from ICU's spell-out rules (CLDR data, every rule set of the language: masculine, feminine,
 * the German inflections), formatted once per language for 0 to 999, the multipliers and ordinals 1 to 100, so no
 * table of number words is typed by hand. Hyphens and spaces are the same thing here ("vingt-et-un", "vingt et
 * un"), as are case and accents.
 */
public final class NumberWords {

    /** What a number written in words is. */
    public enum Kind {
        /** A count or amount ("trois", "two hundred"). */
        CARDINAL,
        /** A rank ("troisième", "second", "zweiten"): news copy uses them as idioms ("premier ministre"). */
        ORDINAL,
        /** A multiplier or quantity word standing alone ("des millions", "dozens", "des dizaines"). */
        QUANTITY
    }

    /** One number written in words: where it is, its value, and its kind. */
    public record Mention(int start, int end, BigDecimal value, Kind kind) {
    }

    /** Most words of one number below a thousand ("quatre vingt dix sept", "doscientos treinta y dos"). */
    private static final int MAX_PHRASE_PARTS = 6;
    private static final int MAX_ORDINAL = 100;

    private final Map<String, Long> cardinals = new HashMap<>();
    private final Map<String, Long> ordinals = new HashMap<>();
    /** Thousand, million, billion and their plurals, by folded word. */
    private final Map<String, Long> multipliers = new HashMap<>();
    /** Multipliers that the language writes alone for the number itself: "mille", "mil" (a thousand). */
    private final Set<String> standaloneMultipliers = new java.util.HashSet<>();
    private final Map<String, Long> quantities;
    private final Set<String> notNumbersAfter;
    /** Words that are numbers only after one of the given words ("les neuf membres", not "un bâtiment neuf"). */
    private Map<String, Set<String>> onlyAfter = Map.of();

    /**
     * @param locale         the ICU locale whose spell-out rules are read
     * @param quantities     approximate quantity words and the value they stand for, folded ("dizaines" → 10)
     * @param notNumbersAfter two folded words "before word" after which {@code word} is not a number
     *                       ("pour cent" is per cent in French, "per cento" in Italian)
     * @param moreOrdinals   ordinals the spell-out rules leave out, folded ("seconde" in French)
     */
    NumberWords(String locale, Map<String, Long> quantities, Set<String> notNumbersAfter,
                Map<String, Long> moreOrdinals) {
        this.quantities = Map.copyOf(quantities);
        this.notNumbersAfter = Set.copyOf(notNumbersAfter);
        this.ordinals.putAll(moreOrdinals);
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(locale), RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            boolean ordinal = ruleSet.startsWith("%spellout-ordinal");
            boolean cardinal = ruleSet.startsWith("%spellout-cardinal") || ruleSet.equals("%spellout-numbering");
            if (!ordinal && !cardinal) {
                continue;
            }
            format.setDefaultRuleSet(ruleSet);
            if (ordinal) {
                for (long n = 1; n <= MAX_ORDINAL; n++) {
                    ordinals.putIfAbsent(key(format.format(n)), n);
                }
            } else {
                for (long n = 0; n < 1000; n++) {
                    cardinals.putIfAbsent(key(format.format(n)), n);
                }
                for (long multiplier : new long[]{100L, 1_000L, 1_000_000L, 1_000_000_000L}) {
                    addMultiplier(format.format(multiplier), multiplier);
                    addMultiplier(format.format(2 * multiplier), multiplier);
                    String alone = key(format.format(multiplier));
                    if (multipliers.containsKey(alone)) {
                        standaloneMultipliers.add(alone);
                    }
                }
            }
        }
    }

    /** The last word of "deux millions", "eine Milliarde", "one thousand" is the multiplier. */
    private void addMultiplier(String spelled, long value) {
        String[] parts = key(spelled).split(" ");
        String last = parts[parts.length - 1];
        // "zweitausend", "duemila": the multiplier is inside one word; its own form ("tausend") is indexed too.
        if (!cardinals.containsKey(last)) {
            multipliers.putIfAbsent(last, value);
        }
    }

    /** This with {@code word} read as a number only after one of {@code previousWords} (all folded). */
    NumberWords numberOnlyAfter(String word, Set<String> previousWords) {
        Map<String, Set<String>> more = new HashMap<>(onlyAfter);
        more.put(word, Set.copyOf(previousWords));
        onlyAfter = Map.copyOf(more);
        return this;
    }

    /** Lower case, accents folded, soft hyphens gone, hyphens as spaces: how phrases are compared. */
    private static String key(String spelled) {
        return Folding.fold(spelled.replace("\u00AD", "")).replace('-', ' ').replace('\u2010', ' ')
                .replace('\u2011', ' ').strip();
    }

    /** The numbers written in words in {@code text}, in order. Digits are not read here. */
    public List<Mention> in(String text) {
        List<Part> parts = parts(text);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int next = readNumber(parts, i, mentions);
            i = next > i ? next : i + 1;
        }
        return mentions;
    }

    /**
     * A word, or one piece of a hyphenated word, folded, with its bounds in the text; {@code joined} when one space
     * or hyphen alone separates it from the part before (a number never runs across punctuation: "deux, trois").
     */
    private record Part(String folded, int start, int end, boolean joined) {
    }

    private static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        int[] previousEnd = {-2};
        Words.forEach(text, (start, end) -> {
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || isHyphen(text.charAt(i))) {
                    if (i > from) {
                        boolean joined = from - previousEnd[0] == 1
                                && (isHyphen(text.charAt(from - 1)) || Character.isSpaceChar(text.charAt(from - 1)));
                        parts.add(new Part(Folding.fold(text.substring(from, i)), from, i, joined));
                        previousEnd[0] = i;
                    }
                    from = i + 1;
                }
            }
        });
        return parts;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
    }

    /**
     * Reads the number starting at part {@code from}, adds it to {@code mentions} and returns the index after it,
     * or {@code from} when no number starts there. Groups below a thousand are multiplied by the multiplier that
     * follows them and summed: "deux mille cinq cents" is 2 × 1000 + 500, "mil millones" 1000 × 10⁶.
     */
    private int readNumber(List<Part> parts, int from, List<Mention> mentions) {
        String word = parts.get(from).folded;
        if (from > 0 && notNumbersAfter.contains(parts.get(from - 1).folded + " " + word)) {
            return from;
        }
        Set<String> after = onlyAfter.get(word);
        if (after != null && (from == 0 || !after.contains(parts.get(from - 1).folded))) {
            return from + 1;
        }
        Long ordinal = ordinals.get(parts.get(from).folded);
        if (ordinal != null && !cardinals.containsKey(parts.get(from).folded)) {
            Part part = parts.get(from);
            mentions.add(new Mention(part.start, part.end, BigDecimal.valueOf(ordinal), Kind.ORDINAL));
            return from + 1;
        }
        Long quantity = quantities.get(parts.get(from).folded);
        if (quantity != null) {
            Part part = parts.get(from);
            mentions.add(new Mention(part.start, part.end, BigDecimal.valueOf(quantity), Kind.QUANTITY));
            return from + 1;
        }
        long total = 0;
        long group = 0;
        boolean any = false;
        boolean onlyMultipliers = true;
        int i = from;
        while (i < parts.size() && (i == from || parts.get(i).joined)) {
            int[] length = {0};
            Long small = longestCardinal(parts, i, length);
            if (small != null && group == 0 && (!any || total > 0)) {
                group = small;
                i += length[0];
                any = true;
                onlyMultipliers = false;
                continue;
            }
            Long multiplier = multipliers.get(parts.get(i).folded);
            if (multiplier != null) {
                long base = group == 0 && !any ? 1 : group;
                if (total + base < multiplier) {
                    total = (total + base) * multiplier;
                } else {
                    total += base * multiplier;
                }
                group = 0;
                i++;
                any = true;
                continue;
            }
            break;
        }
        if (!any) {
            return from;
        }
        BigDecimal value = BigDecimal.valueOf(total + group);
        boolean approximate = onlyMultipliers && !standaloneMultipliers.contains(parts.get(from).folded);
        mentions.add(new Mention(parts.get(from).start, parts.get(i - 1).end, value,
                approximate ? Kind.QUANTITY : Kind.CARDINAL));
        return i;
    }

    /** The longest cardinal below a thousand starting at part {@code at}; its length in parts goes to {@code length}. */
    private Long longestCardinal(List<Part> parts, int at, int[] length) {
        Long found = null;
        StringBuilder phrase = new StringBuilder();
        for (int n = 1; n <= MAX_PHRASE_PARTS && at + n <= parts.size(); n++) {
            Part part = parts.get(at + n - 1);
            if (n > 1) {
                if (!part.joined) {
                    break;
                }
                phrase.append(' ');
            }
            phrase.append(part.folded);
            Long value = cardinals.get(phrase.toString());
            if (value != null) {
                found = value;
                length[0] = n;
            }
        }
        return found;
    }

    /**
     * The value of a multiplier or quantity word written right after a figure ("millions", "bn", "Mrd"), or null:
     * "1,1 Mrd." and "€1.1bn" are read as the product.
     */
    public Long multiplierAfterFigure(String foldedWord) {
        Long value = multipliers.get(foldedWord);
        if (value == null) {
            value = quantities.get(foldedWord);
        }
        return value != null && value >= 1_000 ? value : null;
    }
}
