package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number in the output must come from the source: a model that "adds context" with a figure, a date or a
 * count the source does not give is inventing facts.
 *
 * <p>Numbers are compared by value, so formatting does not matter: {@code 1 000}, {@code 1000}, {@code 1,000}
 * and {@code 1.000} are equal (an ambiguous {@code 1,000} or {@code 1.000} may also be read as 1), as are
 * {@code 3,5} and {@code 3.5}; {@code 12 %}, {@code 1er}, {@code 2e}, {@code 21st} are 12, 1, 2 and 21.
 * Number words of French and English count as well, from zéro/zero to vingt/twenty (compounds such as
 * dix-sept, vingt-deux, quatre-vingt-dix, twenty-one included), douzaine/dozen, cent/hundred, mille/thousand,
 * million, milliard/billion; "un", "une", "one" and "a" are never checked. A multiplier after a number
 * ("2,5 millions", "trois cents") is also read as the product, and a bare multiplier ("des millions") is
 * accepted when the source has a number at least that large. Words of the output are read in the target
 * language; words of the source in French and English both.
 */
public final class InventedNumbersGate implements IntegrityGate {

    public static final String CODE = "no-invented-numbers";

    /**
     * Digits with thousands groups ("1 000", "1.000", "1,000", the space breaking or not) and an optional decimal
     * part. Group 1: leading digits; group 2: the thousands groups; group 4: the decimals.
     */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<!\\d)(\\d+)((?:[ \\u00A0\\u202F\\u2009.,]\\d{3}(?!\\d))*)(?:([.,])(\\d+))?");
    private static final Pattern HYPHEN = Pattern.compile("[-\\u2010\\u2011]");

    private static final Map<String, Long> FRENCH = Map.ofEntries(
            Map.entry("zéro", 0L), Map.entry("zero", 0L), Map.entry("deux", 2L), Map.entry("trois", 3L),
            Map.entry("quatre", 4L), Map.entry("cinq", 5L), Map.entry("six", 6L), Map.entry("sept", 7L),
            Map.entry("huit", 8L), Map.entry("neuf", 9L), Map.entry("dix", 10L), Map.entry("onze", 11L),
            Map.entry("douze", 12L), Map.entry("treize", 13L), Map.entry("quatorze", 14L),
            Map.entry("quinze", 15L), Map.entry("seize", 16L), Map.entry("vingt", 20L), Map.entry("vingts", 20L),
            Map.entry("douzaine", 12L), Map.entry("douzaines", 12L),
            Map.entry("cent", 100L), Map.entry("cents", 100L), Map.entry("mille", 1_000L),
            Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L),
            Map.entry("milliard", 1_000_000_000L), Map.entry("milliards", 1_000_000_000L));
    private static final Map<String, Long> ENGLISH = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("dozen", 12L), Map.entry("dozens", 12L),
            Map.entry("hundred", 100L), Map.entry("hundreds", 100L), Map.entry("thousand", 1_000L),
            Map.entry("thousands", 1_000L), Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("billions", 1_000_000_000L));
    /** Never checked alone ("un", "a"…), but part of compounds ("vingt-et-un", "twenty-one"). */
    private static final Map<String, Long> COMPOUND_ONLY = Map.of("un", 1L, "une", 1L, "one", 1L, "et", 0L,
            "and", 0L);
    private static final Set<String> MULTIPLIERS = Set.of("cent", "cents", "mille", "million", "millions",
            "milliard", "milliards", "hundred", "hundreds", "thousand", "thousands", "billion", "billions");
    /** First letters of the number words, lower case: other words are skipped without a look-up. */
    private static final String INITIALS = "zdtqcshnvmoefb";
    /** Words after which French "neuf" is the number nine rather than the adjective "new". */
    private static final Set<String> BEFORE_NEUF = Set.of("les", "des", "ces", "ses", "nos", "vos", "leurs", "mes",
            "tes", "aux", "à", "de", "en", "sur", "et", "ou", "pour", "avec", "dans", "depuis", "environ", "plus",
            "moins", "quelque", "sont", "ont", "a", "était", "étaient", "par", "entre", "soit", "avait",
            "avaient", "près");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        String source = input.sourceText();
        Set<String> known = new HashSet<>();
        BigDecimal largest = BigDecimal.ZERO;
        for (Mention mention : mentions(source, "fr", "en")) {
            for (List<BigDecimal> reading : mention.readings) {
                for (BigDecimal value : reading) {
                    known.add(key(value));
                    if (!mention.yearLike) {
                        largest = largest.max(value);
                    }
                }
            }
            if (mention.product != null) {
                known.add(key(mention.product));
                largest = largest.max(mention.product);
            }
        }
        Set<String> invented = new LinkedHashSet<>();
        for (Mention mention : mentions(input.outputText(), input.targetLanguage())) {
            if (!isKnown(mention, known, largest)) {
                invented.add(mention.text);
            }
        }
        if (invented.isEmpty()) {
            return GateResult.pass(CODE, "every number in the output comes from the source");
        }
        return GateResult.fail(CODE, invented.size() == 1
                ? "the number " + invented.iterator().next() + " appears in the output but not in the source; "
                        + "remove it or use only figures from the source"
                : "the numbers " + GateText.list(invented) + " appear in the output but not in the source; "
                        + "remove them or use only figures from the source");
    }

    private static boolean isKnown(Mention mention, Set<String> known, BigDecimal largest) {
        if (mention.product != null && known.contains(key(mention.product))) {
            return true;
        }
        for (List<BigDecimal> reading : mention.readings) {
            if (reading.stream().allMatch(value -> known.contains(key(value)))) {
                return true;
            }
        }
        // "des millions de réfugiés" is fair when the source counts at least a million of something.
        return mention.multiplier && largest.compareTo(mention.readings.get(0).get(0)) >= 0;
    }

    /** One number as written: its possible readings (each a list of values, all of which must be known). */
    private static final class Mention {
        final String text;
        final int start;
        final int end;
        final List<List<BigDecimal>> readings;
        final boolean multiplier;
        /** Four plain digits, most likely a year: not evidence that the story counts in thousands. */
        final boolean yearLike;
        BigDecimal product;

        Mention(String text, int start, int end, List<List<BigDecimal>> readings, boolean multiplier) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.readings = readings;
            this.multiplier = multiplier;
            this.yearLike = text.length() == 4 && text.chars().allMatch(Character::isDigit);
        }
    }

    /** The numbers of {@code text}, digits and number words of the given languages, in order. */
    private static List<Mention> mentions(String text, String... languages) {
        List<Mention> mentions = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            mentions.add(new Mention(digits.group().strip(), digits.start(), digits.end(), readings(digits), false));
        }
        List<Map<String, Long>> dictionaries = new ArrayList<>();
        for (String language : languages) {
            if ("fr".equals(language)) {
                dictionaries.add(FRENCH);
            } else if ("en".equals(language)) {
                dictionaries.add(ENGLISH);
            }
        }
        if (!dictionaries.isEmpty()) {
            addWordMentions(text, dictionaries, mentions);
            mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        }
        // "2,5 millions", "trois cents": the number before a multiplier is also read as the product.
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention number = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (next.multiplier && !number.multiplier && text.substring(number.end, next.start).isBlank()) {
                BigDecimal product = number.readings.get(0).get(0).multiply(next.readings.get(0).get(0));
                number.product = product;
                next.product = product;
            }
        }
        return mentions;
    }

    private static void addWordMentions(String text, List<Map<String, Long>> dictionaries, List<Mention> mentions) {
        int[] previous = {-1, -1};
        GateText.forEachWord(text, true, (start, end) -> {
            char first = Character.toLowerCase(text.charAt(start));
            if (end - start <= 40 && INITIALS.indexOf(first) >= 0) {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                Long value = valueOf(word, dictionaries);
                if (value != null && (word.equals("neuf") || word.startsWith("cent"))) {
                    String before = previous[0] < 0 ? null
                            : text.substring(previous[0], previous[1]).toLowerCase(Locale.ROOT);
                    if (word.equals("neuf") ? !isNumberNeuf(text, end, before) : "pour".equals(before)) {
                        value = null; // "un bâtiment neuf" is new; "pour cent" is per cent
                    }
                }
                if (value != null) {
                    mentions.add(new Mention(text.substring(start, end), start, end,
                            List.of(List.of(BigDecimal.valueOf(value))), MULTIPLIERS.contains(word)));
                }
            }
            previous[0] = start;
            previous[1] = end;
        });
    }

    /** The value of a number word or of a hyphenated compound of number words; null for any other word. */
    private static Long valueOf(String word, List<Map<String, Long>> dictionaries) {
        if (word.indexOf('-') < 0 && word.indexOf('\u2010') < 0 && word.indexOf('\u2011') < 0) {
            for (Map<String, Long> dictionary : dictionaries) {
                Long value = dictionary.get(word);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        String[] parts = HYPHEN.split(word.replace("quatre-vingts", "octante").replace("quatre-vingt", "octante"));
        long total = 0;
        for (String part : parts) {
            Long value = part.equals("octante") ? Long.valueOf(80) : COMPOUND_ONLY.get(part);
            for (int i = 0; value == null && i < dictionaries.size(); i++) {
                value = dictionaries.get(i).get(part);
            }
            if (value == null || value >= 100) {
                return null; // "Deux-Sèvres", "mille-feuille": a name, not a number
            }
            total += value;
        }
        return total;
    }

    /** "les neuf membres", "à neuf heures" but not "un bâtiment neuf" nor "remis à neuf.". */
    private static boolean isNumberNeuf(String text, int end, String previous) {
        int next = end;
        while (next < text.length() && GateText.isSpace(text.charAt(next))) {
            next++;
        }
        boolean wordFollows = next > end && next < text.length() && Character.isLetterOrDigit(text.charAt(next));
        return wordFollows && (previous == null || BEFORE_NEUF.contains(previous));
    }

    /** The values {@code 1 000}, {@code 1,000}, {@code 3,5} or {@code 2023 15} may stand for. */
    private static List<List<BigDecimal>> readings(Matcher digits) {
        String lead = digits.group(1);
        String groups = digits.group(2);
        String decimals = digits.group(4);
        if (groups.isEmpty()) {
            return List.of(List.of(new BigDecimal(decimals == null ? lead : lead + "." + decimals)));
        }
        List<String> parts = new ArrayList<>();
        parts.add(lead);
        Set<Character> separators = new HashSet<>();
        for (int i = 0; i < groups.length(); i += 4) {
            separators.add(groups.charAt(i));
            parts.add(groups.substring(i + 1, i + 4));
        }
        String integer = String.join("", parts);
        String fraction = decimals == null ? "" : "." + decimals;
        boolean spaced = separators.stream().anyMatch(Character::isSpaceChar);
        List<List<BigDecimal>> readings = new ArrayList<>();
        if (lead.length() <= 3) {
            readings.add(List.of(new BigDecimal(integer + fraction)));
        }
        if (spaced) {
            // "en 2023 15 personnes" or "les 3 500 soldats"? Also read the parts as separate numbers.
            List<BigDecimal> separate = new ArrayList<>();
            parts.forEach(part -> separate.add(new BigDecimal(part)));
            if (decimals != null) {
                separate.set(separate.size() - 1, new BigDecimal(parts.get(parts.size() - 1) + fraction));
            }
            readings.add(separate);
        } else if (parts.size() == 2 && decimals == null) {
            // "1,000" (English thousands) or "1,000" (a decimal with three places)
            readings.add(List.of(new BigDecimal(lead + "." + parts.get(1))));
        } else if (lead.length() > 3) {
            readings.add(List.of(new BigDecimal(lead + "." + String.join("", parts.subList(1, parts.size())))));
        }
        return readings;
    }

    private static String key(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
