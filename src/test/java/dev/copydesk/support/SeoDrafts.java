package dev.copydesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drafts of the seed article that pass every integrity gate but miss search and readability targets, made from the
 * stub model's answer ({@code /stub/rewrite-fr.md}) the way a careless model would write them: the keyphrase left
 * out of the standfirst and the subheadings, the sentences of each paragraph run together with semicolons, and the
 * paragraphs of one section run together.
 */
public final class SeoDrafts {

    /** A point between two sentences (not inside a quotation: none there is followed by a capital). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\. (?=[A-ZÀÂÉÈÊÎÔÛÇ])");
    private static final String MERGED_SECTION = "## Pourquoi la Chine refuse d’armer la Russie";

    private SeoDrafts() {
    }

    public static String missingTargets(String goodDraft) {
        String draft = goodDraft
                .replace("Entre Poutine et la Chine, le rapprochement s’accélère.", "Le rapprochement s’accélère.")
                .replace("## Poutine et la Chine, un partenariat vanté au Kremlin", "## Un partenariat vanté au Kremlin");
        List<String> out = new ArrayList<>();
        boolean body = false;
        boolean merging = false;
        for (String line : draft.split("\n", -1)) {
            if (line.startsWith("# ")) {
                body = true;
            }
            boolean paragraph = body && !line.isBlank() && !line.startsWith("#");
            String edited = paragraph ? SENTENCE_BREAK.matcher(line).replaceAll(" ; ") : line;
            if (line.startsWith("## ")) {
                merging = line.equals(MERGED_SECTION);
            }
            if (merging && paragraph && !out.isEmpty() && out.get(out.size() - 1).isBlank()
                    && out.size() > 1 && !out.get(out.size() - 2).startsWith("#")) {
                out.remove(out.size() - 1);
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + edited);
            } else {
                out.add(edited);
            }
        }
        return String.join("\n", out);
    }
}
