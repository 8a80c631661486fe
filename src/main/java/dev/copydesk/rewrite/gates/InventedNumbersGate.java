package dev.copydesk.rewrite.gates;

import dev.copydesk.language.Folding;
import dev.copydesk.language.Language;
import dev.copydesk.language.NumberWords;
import dev.copydesk.language.Words;
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
 * Numbers written in words count as well, read by the language layer ({@link NumberWords}: every accepted
 * language, from ICU's spell-out rules): the source in its language, the output in the target language, so
 * "zwei Jahre" in a German source makes "deux ans" in a French translation known. A multiplier after a figure
 * ("2,5 millions", "4.2 billion") is also read as the product. Not checked, as they are idioms rather than counts:
 * ordinals ("premier ministre", "Seconde Guerre mondiale"), "un"/"one" and their forms, "two" after a definite
 * determiner ("les deux pays", "the two men": two things the text has named), and quantity words ("des dizaines",
 * "dozens", "des millions") when the source has a quantity word too or a number at least that large.
 */
public final class InventedNumbersGate implements IntegrityGate {

    public static final String CODE = "no-invented-numbers";

    /**
     * Digits with thousands groups ("1 000", "1.000", "1,000", the space breaking or not) and an optional decimal
     * part. Group 1: leading digits; group 2: the thousands groups; group 4: the decimals.
     */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<!\\d)(\\d+)((?:[ \\u00A0\\u202F\\u2009.,]\\d{3}(?!\\d))*)(?:([.,])(\\d+))?");
    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        String source = input.sourceText();
        Set<String> known = new HashSet<>();
        BigDecimal largest = BigDecimal.ZERO;
        boolean quantities = false;
        for (Mention mention : mentions(source, Language.of(input.sourceLanguage()))) {
            for (List<BigDecimal> reading : mention.readings) {
                for (BigDecimal value : reading) {
                    known.add(key(value));
                    if (mention.yearLike) {
                        known.add(key(value.remainder(BigDecimal.valueOf(100)))); // "the 1990s": "los noventa"
                    }
                    if (!mention.yearLike) {
                        largest = largest.max(value);
                    }
                }
            }
            if (mention.product != null) {
                known.add(key(mention.product));
                largest = largest.max(mention.product);
            }
            quantities |= mention.quantity;
        }
        Set<String> invented = new LinkedHashSet<>();
        for (Mention mention : mentions(input.outputText(), Language.of(input.targetLanguage()))) {
            if (!mention.checked || mention.product == null && mention.quantity && quantities) {
                continue; // "des dizaines" for the source's "plusieurs dizaines", or "dozens" for "docenas"
            }
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
        return mention.quantity && largest.compareTo(mention.readings.get(0).get(0)) >= 0;
    }

    /** One number as written: its possible readings (each a list of values, all of which must be known). */
    private static final class Mention {
        final String text;
        final int start;
        final int end;
        final List<List<BigDecimal>> readings;
        /** A quantity word ("millions", "dizaines", "dozens"): a multiplier after a figure, or an approximate count. */
        final boolean quantity;
        /** Whether the output may not have it unless the source does: ordinals, "un", "the two" are not checked. */
        boolean checked = true;
        /** Four plain digits, most likely a year: not evidence that the story counts in thousands. */
        final boolean yearLike;
        BigDecimal product;

        Mention(String text, int start, int end, List<List<BigDecimal>> readings, boolean quantity) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.readings = readings;
            this.quantity = quantity;
            this.yearLike = text.length() == 4 && text.chars().allMatch(Character::isDigit);
        }
    }

    /**
     * The numbers of {@code text}, digits and the language's number words, in order. Ordinals ("premier ministre",
     * "Seconde Guerre mondiale"), "one" and its forms, and "two" after a definite determiner ("les deux pays", "the
     * two men": two things already named) are read, so that the source's count as known, but not checked.
     */
    private static List<Mention> mentions(String text, Language language) {
        List<Mention> mentions = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            Mention figure = new Mention(digits.group().strip(), digits.start(), digits.end(), readings(digits), false);
            Long multiplier = language.numbers().multiplierAfterFigure(Folding.fold(lettersAfter(text, digits.end())));
            if (multiplier != null) {
                figure.product = figure.readings.get(0).get(0).multiply(BigDecimal.valueOf(multiplier));
            }
            mentions.add(figure);
        }
        String[] previousWord = {null};
        for (NumberWords.Mention words : language.numbers().in(text)) {
            Mention mention = new Mention(text.substring(words.start(), words.end()), words.start(), words.end(),
                    List.of(List.of(words.value())), words.kind() == NumberWords.Kind.QUANTITY);
            long value = words.value().longValue();
            mention.checked = words.kind() != NumberWords.Kind.ORDINAL && value != 1
                    && !(value == 2 && refersBack(text, words.start(), language));
            mentions.add(mention);
        }
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        // "2,5 millions", "4.2 billion": the figure before a multiplier is also read as the product.
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention number = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (next.quantity && !number.quantity && text.substring(number.end, next.start).isBlank()) {
                BigDecimal product = number.readings.get(0).get(0).multiply(next.readings.get(0).get(0));
                number.product = product;
                next.product = product;
            }
        }
        return mentions;
    }

    /**
     * Whether a "two" at {@code at} sums up two things the text has just named: after a definite determiner ("les
     * deux pays", "the two men") or in apposition to a list ("du dioxyde de carbone et du méthane, deux gaz").
     */
    private static boolean refersBack(String text, int at, Language language) {
        if (language.definiteDeterminers().contains(wordBefore(text, at, language))) {
            return true;
        }
        int comma = at - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return false;
        }
        int clauseStart = comma;
        while (clauseStart > 0 && ".!?;:\n,".indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        boolean[] list = {false};
        String clause = text.substring(clauseStart, comma);
        Words.forEach(clause, (start, end) -> list[0] |= language.coordinators()
                .contains(Folding.fold(clause.substring(start, end))));
        return list[0];
    }

    /** The letters written right after a figure ("bn" in "1.1bn", "Mrd" in "3,5 Mrd."), or "". */
    private static String lettersAfter(String text, int at) {
        int start = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        int end = start;
        while (end < text.length() && end - start < 8 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end < text.length() && Character.isLetter(text.charAt(end)) ? "" : text.substring(start, end);
    }

    /** The word just before {@code at}, folded, or "" at the start. */
    private static String wordBefore(String text, int at, Language language) {
        int from = Math.max(0, at - 40);
        String window = text.substring(from, at);
        String[] last = {""};
        Words.forEach(window, (start, end) -> last[0] = window.substring(start, end));
        return Folding.fold(language.withoutElision(last[0]));
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
