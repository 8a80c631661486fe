package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct quotations of the source must survive the rewrite.
 *
 * <p>Same-language rewrite: each quotation of the source (title, highlights, body) must appear word for word in
 * the output. Only typography is forgiven: white space (non-breaking spaces included), apostrophe variants
 * ({@code ’} / {@code '}), quotation-mark style (« » / “ ” / "), dash variants, case, and the punctuation at
 * either end of the quotation (a final full stop inside or outside the marks). A one-word quotation is matched
 * as a whole word («&nbsp;impartiale&nbsp;» is not kept by "impartialement"). The words may stand with or without
 * quotation marks in the output.
 *
 * <p>Translation: the words cannot be compared, so each source quotation must have a counterpart quotation in
 * the output of similar length ({@value #MIN_LENGTH_RATIO}× to {@value #MAX_LENGTH_RATIO}× its word count),
 * matched one to one, greedily, in source order.
 */
public final class QuotesVerbatimGate implements IntegrityGate {

    public static final String CODE = "quotes-verbatim";

    /** Fewest words of a translated quotation, as a multiple of the source quotation's word count. */
    public static final double MIN_LENGTH_RATIO = 0.5;

    /** Most words of a translated quotation, as a multiple of the source quotation's word count. */
    public static final double MAX_LENGTH_RATIO = 2.0;

    /** Quotations are cut to about this many characters in messages. */
    static final int QUOTE_DISPLAY_CHARS = 80;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Map<String, String> sourceQuotes = distinct(Quotations.in(input.sourceBlocks()));
        if (sourceQuotes.isEmpty()) {
            return GateResult.pass(CODE, "the source has no quotations");
        }
        return input.isTranslation() ? checkTranslation(input, sourceQuotes) : checkVerbatim(input, sourceQuotes);
    }

    private static GateResult checkVerbatim(GateInput input, Map<String, String> sourceQuotes) {
        String output = GateText.canonical(input.outputText());
        List<String> missing = new ArrayList<>();
        sourceQuotes.forEach((canonical, asWritten) -> {
            if (!GateText.containsWholeWords(output, canonical)) {
                missing.add(asWritten);
            }
        });
        String language = input.sourceLanguage();
        if (missing.isEmpty()) {
            return GateResult.pass(CODE, "all " + GateText.plural(sourceQuotes.size(), "quotation", "quotations")
                    + " of the source are kept word for word");
        }
        String listed = GateText.list(missing.stream()
                .map(quote -> GateText.quoted(GateText.shorten(quote, QUOTE_DISPLAY_CHARS), language)).toList());
        return GateResult.fail(CODE, missing.size() == 1
                ? "the quotation " + listed + " from the source is missing or altered; quote it word for word"
                : "the quotations " + listed + " from the source are missing or altered; quote each of them word "
                        + "for word");
    }

    private static GateResult checkTranslation(GateInput input, Map<String, String> sourceQuotes) {
        List<Quotations.Quotation> outputQuotes = Quotations.in(input.outputBlocks());
        int[] outputWords = outputQuotes.stream().mapToInt(quote -> Words.count(quote.text())).toArray();
        boolean[] used = new boolean[outputWords.length];
        List<String> unmatched = new ArrayList<>();
        for (String quote : sourceQuotes.values()) {
            int words = Math.max(1, Words.count(quote));
            int match = -1;
            for (int i = 0; i < outputWords.length && match < 0; i++) {
                if (!used[i] && outputWords[i] >= MIN_LENGTH_RATIO * words
                        && outputWords[i] <= MAX_LENGTH_RATIO * words) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
            } else {
                unmatched.add(quote);
            }
        }
        if (unmatched.isEmpty()) {
            return GateResult.pass(CODE, "each of the " + GateText.plural(sourceQuotes.size(), "quotation",
                    "quotations") + " of the source has a translated counterpart of similar length in the output");
        }
        String language = input.sourceLanguage();
        String listed = GateText.list(unmatched.stream()
                .map(quote -> GateText.quoted(GateText.shorten(quote, QUOTE_DISPLAY_CHARS), language)).toList());
        return GateResult.fail(CODE, (unmatched.size() == 1
                ? "the quotation " + listed + " from the source has no translated counterpart in the output; "
                        + "translate it faithfully and keep it between quotation marks"
                : "the quotations " + listed + " from the source have no translated counterpart in the output; "
                        + "translate each of them faithfully and keep it between quotation marks")
                + " (" + outputQuotes.size() + " quotations found in the output for " + sourceQuotes.size()
                + " in the source)");
    }

    /** Quotations by canonical form (no end punctuation), first spelling kept, in reading order. */
    private static Map<String, String> distinct(List<Quotations.Quotation> quotations) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (Quotations.Quotation quotation : quotations) {
            String canonical = trimPunctuation(GateText.canonical(quotation.text()));
            if (!canonical.isEmpty()) {
                distinct.putIfAbsent(canonical, quotation.text());
            }
        }
        return distinct;
    }

    /** Without the punctuation and spaces at either end, whose place around the marks varies with style. */
    static String trimPunctuation(String canonical) {
        int start = 0;
        int end = canonical.length();
        while (start < end && !GateText.isWordChar(canonical.charAt(start))) {
            start++;
        }
        while (end > start && !GateText.isWordChar(canonical.charAt(end - 1))) {
            end--;
        }
        return canonical.substring(start, end);
    }
}
