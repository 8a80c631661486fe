package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The output must be a rewrite of the source: neither a copy of it nor another story.
 *
 * <p>Similarity is measured on three-word sequences (shingles) of lower-cased words, quotations left out (they
 * must be kept word for word, so they say nothing about rewriting): the share of the smaller text's shingles
 * found in the other one (the overlap coefficient, so that a copy padded with new text still scores high).
 *
 * <p>Same-language rewrite: fails at {@link #NEAR_COPY_SIMILARITY} or more (a near-copy), and when less than
 * {@link #MIN_CONTENT_WORDS_KEPT} of the source's distinct content words (stop words out, light stemming,
 * quotations in) are in the output (another story). Translation: content words cannot be compared, so only the near-copy test is made,
 * which then means the text was not translated.
 */
public final class SimilarityBandGate implements IntegrityGate {

    public static final String CODE = "similarity-band";

    /**
     * Shingle similarity (0 to 1) from which the output counts as a near-copy of the source. A rewrite that
     * reuses whole sentences of the source scores around 0.4; a copy with light edits, 0.9 and more.
     */
    public static final double NEAR_COPY_SIMILARITY = 0.85;

    /**
     * Least share (0 to 1) of the source's distinct content words, stemmed, that a same-language rewrite must
     * use. A rewrite of the same story keeps well over half of them; another story keeps few.
     */
    public static final double MIN_CONTENT_WORDS_KEPT = 0.25;


    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        BlockWords source = BlockWords.of(input.sourceBlocks());
        BlockWords output = BlockWords.of(input.outputBlocks());
        double similarity = similarity(source.outsideQuotations, output.outsideQuotations);
        String percent = percent(similarity);
        if (input.isTranslation()) {
            if (similarity >= NEAR_COPY_SIMILARITY) {
                return GateResult.fail(CODE, "the output is nearly identical to the source (" + percent
                        + " of its three-word sequences are the source's): it was not translated; translate the "
                        + "whole article into the language the brief asks for (" + input.item().locale() + ")");
            }
            return GateResult.pass(CODE, "not assessed for translations (shingle similarity " + percent + ")");
        }
        if (similarity >= NEAR_COPY_SIMILARITY) {
            return GateResult.fail(CODE, "the output is a near-copy of the source (" + percent + " of its three-word "
                    + "sequences are the source's, " + percent(NEAR_COPY_SIMILARITY) + " at most): rewrite it in "
                    + "your own words and structure, keeping only the quotations word for word");
        }
        double kept = contentWordsKept(source.all, output.all, input.sourceLanguage());
        if (kept < MIN_CONTENT_WORDS_KEPT) {
            return GateResult.fail(CODE, "the output reads like a different story: it uses only " + percent(kept)
                    + " of the source's content words (" + percent(MIN_CONTENT_WORDS_KEPT) + " at least); rewrite "
                    + "the source article, its facts and its people, and add no other story");
        }
        return GateResult.pass(CODE, "shingle similarity " + percent + " (near-copy from "
                + percent(NEAR_COPY_SIMILARITY) + "), " + percent(kept) + " of the source's content words kept ("
                + percent(MIN_CONTENT_WORDS_KEPT) + " at least)");
    }

    /** Overlap coefficient of the three-word shingles of two texts, 0 when either has none. */
    static double similarity(List<List<String>> source, List<List<String>> output) {
        long[] a = shingles(source);
        long[] b = shingles(output);
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / Math.min(a.length, b.length);
    }

    /** Hashes of the distinct three-word sequences, sorted; a null word (a quotation) breaks sequences. */
    private static long[] shingles(List<List<String>> blocks) {
        int capacity = 0;
        for (List<String> words : blocks) {
            capacity += Math.max(0, words.size() - 2);
        }
        long[] hashes = new long[capacity];
        int count = 0;
        for (List<String> words : blocks) {
            for (int i = 0; i + 2 < words.size(); i++) {
                String a = words.get(i);
                String b = words.get(i + 1);
                String c = words.get(i + 2);
                if (a != null && b != null && c != null) {
                    long hash = a.hashCode();
                    hash = hash * 0x9E3779B97F4A7C15L + b.hashCode();
                    hash = hash * 0x9E3779B97F4A7C15L + c.hashCode();
                    hashes[count++] = hash;
                }
            }
        }
        Arrays.sort(hashes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** Share of the source's distinct content-word stems found among the output's. */
    private static double contentWordsKept(Set<String> source, Set<String> output, String language) {
        Language rules = Language.of(language);
        Set<String> sourceStems = contentStems(source, rules);
        if (sourceStems.isEmpty()) {
            return 1;
        }
        Set<String> outputStems = contentStems(output, rules);
        int kept = 0;
        for (String stem : sourceStems) {
            if (outputStems.contains(stem)) {
                kept++;
            }
        }
        return (double) kept / sourceStems.size();
    }

    /** The language's keys (elision dropped, light stemming, accents folded) of the words that carry meaning. */
    private static Set<String> contentStems(Set<String> words, Language language) {
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            if (word.length() >= 3 && Character.isLetter(word.charAt(0)) && !language.isStopWord(word)) {
                stems.add(language.key(word));
            }
        }
        return stems;
    }

    /** The lower-cased words of a text: per block without its quotations (for shingles), and all distinct ones. */
    private static final class BlockWords {
        final List<List<String>> outsideQuotations = new ArrayList<>();
        final Set<String> all = new HashSet<>();

        static BlockWords of(List<String> blocks) {
            BlockWords words = new BlockWords();
            for (String block : blocks) {
                List<Quotations.Quotation> quotations = Quotations.in(block);
                List<String> outside = new ArrayList<>();
                Words.forEach(block, (start, end) -> {
                    String word = Words.lowerCase(block.substring(start, end));
                    words.all.add(word);
                    for (Quotations.Quotation quotation : quotations) {
                        if (start >= quotation.start() && start < quotation.end()) {
                            outside.add(null); // a quotation breaks the sequence
                            return;
                        }
                    }
                    outside.add(word);
                });
                words.outsideQuotations.add(outside);
            }
            return words;
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
