package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.copydesk.rewrite.gates.PhraseRules.END;

/**
 * The output must be the article and nothing else: no words of the prompt (the {@code <article>} tags, the
 * brief's field names), no talk of the model about itself or its task ("as an AI", "voici l'article",
 * "I cannot…").
 *
 * <p>Two kinds of phrase are looked for. Markers of the prompt and of chat are never article text. Ordinary
 * phrases that an article may also contain ("instructions", "je ne peux pas", "language model"…) count only
 * outside quotations, and only when the source does not use them outside its own quotations too. Apostrophes,
 * case and spacing do not matter.
 */
public final class LeakedInstructionsGate implements IntegrityGate {

    public static final String CODE = "no-leaked-instructions";

    /** Phrases that are never article text. */
    private static final PhraseRules ALWAYS = new PhraseRules()
            .add("as a", "as an? (?:(?:ai|artificial intelligence) (?:large )?language model|(?:large )?language "
                    + "model|ai|artificial intelligence|llm)" + END)
            .add("en tant qu", "en tant qu(?:'(?:ia|intelligence artificielle|assistant)|e (?:modèle de langage|"
                    + "modele de langage|modèle|assistant|chatbot))" + END)
            .add("here", "here(?:'s| is) (?:the|your|a|my) (?:(?:rewritten|revised|translated|new|updated|final) "
                    + "(?:article|version|text)|article|rewrite|translation)" + END + "(?!\\s*\\d)")
            .add("voici", "voici (?:l'article réécrit|l'article|la réécriture|la traduction|votre article|ton article|"
                    + "une réécriture|une version (?:réécrite|révisée|traduite)|la version (?:réécrite|révisée|"
                    + "traduite))" + END + "(?!\\s*\\d)")
            .add("article", "</?\\s*article\\s*>")
            .add("brief", "brief\\s*:")
            .add("keyphrase", "keyphrase\\s*:")
            .add("meta", "meta[_ -]?description" + END)
            .add("system prompt", "system prompt" + END)
            .add("prompt syst", "prompt syst[eè]me" + END)
            .add("word count", "word count\\s*:")
            .add("nombre de mots", "nombre de mots\\s*:")
            .add("locale", "target ?locales?" + END)
            .add("words", "min ?words" + END)
            .add("i hope", "i hope this helps" + END)
            .add("j'esp", "j'espère que (?:cela|ceci|cette (?:réécriture|version)) (?:vous |t')?(?:aide|convient)"
                    + END);

    /** Phrases that an article may contain too: reported only outside quotations and when the source lacks them. */
    private static final PhraseRules UNLESS_IN_SOURCE = new PhraseRules()
            .add("instruction", "instructions?" + END)
            .add("i can", "i (?:cannot|can't)" + END)
            .add("i'm sorry", "i'm sorry" + END)
            .add("je ne peux pas", "je ne peux pas" + END)
            .add("je suis d", "je suis désolée?" + END)
            .add("language model", "language model" + END)
            // The model reporting on its own work: "I have translated…", "j'ai ajouté des intertitres…".
            .add("i ", "i (?:have |'ve )?(?:translated|rewritten|rewrote|added|kept|preserved|adapted|"
                    + "restructured)" + END)
            .add("j'ai ", "j'ai (?:traduit|réécrit|ajouté|conservé|gardé|adapté|restructuré)" + END)
            .add("he ", "he (?:traducido|reescrito|añadido|mantenido|conservado|adaptado)" + END)
            .add("ich habe", "ich habe[^.!?]{0,80}?(?:übersetzt|umgeschrieben|ergänzt|hinzugefügt|beibehalten|"
                    + "angepasst)" + END)
            .add("de langage", "mod[eè]le de langage" + END);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Set<String> found = new LinkedHashSet<>();
        String source = null;
        for (String block : input.outputBlocks()) {
            String flat = GateText.flatten(block);
            String lower = flat.toLowerCase(Locale.ROOT);
            List<PhraseRules.Span> markers = ALWAYS.find(lower);
            markers.forEach(span -> found.add(PhraseRules.textOf(span, flat, lower)));
            String prose = blank(lower, markers, flat);
            for (PhraseRules.Span span : UNLESS_IN_SOURCE.find(prose)) {
                if (source == null) {
                    source = sourceProse(input);
                }
                if (!GateText.containsWholeWords(source, prose.substring(span.start(), span.end()))) {
                    found.add(PhraseRules.textOf(span, flat, lower));
                }
            }
        }
        if (found.isEmpty()) {
            return GateResult.pass(CODE, "no prompt text or talk about the task in the output");
        }
        List<String> listed = found.stream().map(phrase -> "'" + phrase + "'").toList();
        return GateResult.fail(CODE, "the output contains text that is not part of the article: "
                + GateText.list(listed) + "; remove it and return only the article itself, with no words about "
                + "the instructions, the task or yourself");
    }

    /** The source's own words outside its quotations, flattened and lower-cased. */
    private static String sourceProse(GateInput input) {
        StringBuilder prose = new StringBuilder();
        for (String block : input.sourceBlocks()) {
            String flat = GateText.flatten(block);
            prose.append(blank(flat.toLowerCase(Locale.ROOT), List.of(), flat)).append('\n');
        }
        return prose.toString();
    }

    /** {@code lower} with the given spans and the quotations of {@code flat} turned into spaces. */
    private static String blank(String lower, List<PhraseRules.Span> spans, String flat) {
        List<Quotations.Quotation> quotations = flat.length() == lower.length() ? Quotations.in(flat) : List.of();
        if (spans.isEmpty() && quotations.isEmpty()) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        spans.forEach(span -> Arrays.fill(chars, span.start(), span.end(), ' '));
        quotations.forEach(quote -> Arrays.fill(chars, quote.start(), quote.end(), ' '));
        return new String(chars);
    }
}
