package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import static dev.copydesk.rewrite.gates.PhraseRules.END;

/**
 * A flag, not a check of the output: whether the SOURCE article holds text that reads like instructions to a
 * model (a prompt-injection attempt: "ignore all previous instructions", "tu es maintenant…", "réponds uniquement
 * par…", a forged {@code </article>} or chat-template tag). The prompt treats such text as article text; this
 * flag lets an editor look at the article. It passes when nothing is found.
 *
 * <p>Patterns are narrow on purpose: "act as" or "disregard" alone are ordinary news English ("China could act as
 * a mediator", "in disregard of the law"), so they count only with a model-directed object.
 */
public final class InstructionsInSourceGate implements IntegrityGate {

    public static final String CODE = "instructions-in-source";

    /** Quoted text is cut to about this many characters in the message. */
    static final int SNIPPET_CHARS = 80;

    private static final String ALL_EN = "(?:all |any |the |your |of )*";
    private static final String ALL_FR = "(?:tout |toutes |tous )?(?:les |tes |vos |mes |ces )?";

    private static final PhraseRules INSTRUCTIONS = new PhraseRules()
            // English
            .add("ignore", "ignore " + ALL_EN + "(?:previous|prior|above|earlier|preceding|former|other|system)"
                    + " (?:instructions?|prompts?|directions|directives|rules|messages?|context)" + END)
            .add("ignore", "ignore (?:all|everything) (?:you were told|above|before)" + END)
            .add("disregard", "disregard " + ALL_EN + "(?:previous |prior |above |earlier |preceding |system |these |"
                    + "those |my )?(?:instructions?|prompts?|rules|guidelines|directives|everything (?:above|before))"
                    + END)
            .add("forget", "forget " + ALL_EN + "(?:previous |prior |above |earlier |preceding |system |these |"
                    + "those |my )?(?:instructions?|prompts?|rules|guidelines|directives|everything (?:above|before))"
                    + END)
            .add("override", "override " + ALL_EN + "(?:previous |prior |system |my )?(?:instructions?|prompts?)"
                    + END)
            .add("you are now", "you are now (?:a|an|my|the|acting|going to|free|no longer|in (?:developer|dan|"
                    + "jailbreak) mode)" + END)
            .add("from now on", "from now on,? you (?:are|will|must|should)" + END)
            .add("new instructions", "new instructions\\s*:")
            .add("instructions", "(?:here are|these are) (?:your|the|my) (?:new )?instructions" + END)
            .add("system prompt", "system prompt" + END)
            .add(" as ", "(?:act|behave) as (?:an? )?(?:ai|assistant|chatbot|language model|llm|gpt|dan|"
                    + "unrestricted|jailbroken|uncensored|developer mode)" + END)
            .add("pretend", "pretend (?:to be|you are) (?:an? )?(?:ai|assistant|chatbot|language model|different|"
                    + "unrestricted)" + END)
            .add("ly with", "(?:respond|reply|answer) (?:only|solely) with" + END)
            .add("do", "(?:do not|don't) (?:rewrite|translate|summari[sz]e) (?:this|the) (?:article|text)"
                    + END)
            // French
            .add("ignor", "ignor(?:e|ez|er) " + ALL_FR + "instructions?(?: (?:précédentes?|ci-dessus|antérieures?|"
                    + "données|du système|système))?" + END)
            .add("ignor", "ignor(?:e|ez|er) (?:tout ce qui précède|ce qui précède|tout ce qu'on t'a dit)" + END)
            .add("oubli", "oubli(?:e|ez|er) " + ALL_FR + "(?:instructions?|consignes?|règles)" + END)
            .add("oubli", "oubli(?:e|ez|er) tout ce qui précède" + END)
            .add(" maintenant", "(?:tu es|vous êtes) maintenant (?:un|une|mon|ma|le|la)" + END)
            .add("désormais", "(?:tu es|vous êtes) désormais (?:un|une|mon|ma|le|la)" + END)
            .add("à présent", "(?:tu es|vous êtes) à présent (?:un|une|mon|ma|le|la)" + END)
            .add("partir de maintenant", "à partir de maintenant,? (?:tu|vous) (?:es|êtes|dois|devez|vas|allez)"
                    + END)
            .add("nouvelles", "nouvelles (?:instructions|consignes)\\s*:")
            .add("voi", "(?:voici|voilà) (?:tes|vos|les) (?:nouvelles )?(?:instructions|consignes)" + END)
            .add("prompt syst", "prompt syst[eè]me" + END)
            .add("ag", "(?:agis|agissez) (?:comme|en tant qu)(?:e|') ?(?:une? )?(?:ia|assistant|chatbot|modèle|"
                    + "intelligence artificielle)" + END)
            .add("compor", "(?:comporte-toi|comportez-vous) (?:comme|en tant qu)(?:e|') ?(?:une? )?(?:ia|assistant|"
                    + "chatbot|modèle|intelligence artificielle)" + END)
            .add("répond", "(?:réponds|répondez) (?:uniquement|seulement)" + END)
            .add("ne ", "ne (?:réécris|réécrivez|traduis|traduisez) pas (?:cet|l')(?: )?(?:article|texte)" + END)
            // Forged prompt structure
            .add("<", "</?\\s*(?:article|system|instructions?|prompt)\\s*>")
            .add("inst]", "\\[/?inst]")
            .add("<|", "<\\|(?:im_start|im_end|system|user|assistant|endoftext)\\|>")
            .add("##", "#{2,}\\s*(?:instructions?|system|new instructions)" + END);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Set<String> found = new LinkedHashSet<>();
        for (String block : input.sourceBlocks()) {
            String flat = GateText.flatten(block);
            String lower = flat.toLowerCase(Locale.ROOT);
            for (PhraseRules.Span span : INSTRUCTIONS.find(lower)) {
                found.add(snippet(flat.length() == lower.length() ? flat : lower, span.start(), span.end()));
            }
        }
        if (found.isEmpty()) {
            return GateResult.pass(CODE, "the source holds no text that reads like instructions to the model");
        }
        return GateResult.fail(CODE, "the source contains text that reads like instructions to the model: '"
                + String.join("', '", found) + "'; it was treated as article text");
    }

    /** The match, stretched to the end of its sentence, about {@value #SNIPPET_CHARS} characters at most. */
    private static String snippet(String text, int start, int end) {
        int stop = end;
        while (stop < text.length() && stop - start < SNIPPET_CHARS && ".!?\n".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return GateText.shorten(text.substring(start, stop), SNIPPET_CHARS);
    }
}
