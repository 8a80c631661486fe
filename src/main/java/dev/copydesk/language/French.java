package dev.copydesk.language;

import org.apache.lucene.analysis.fr.FrenchLightStemmer;

import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * French: Kandel & Moles' adaptation of Flesch, spoken syllables (silent final "e"), elisions ({@code l'},
 * {@code d'}, {@code qu'}...), the usual connectives including multi-word ones ("en effet", "parce que"), and the
 * passive as a form of "être" + past participle, excluding the verbs that take "être" in the active voice
 * ("il est allé", "elle est née") and pronominal verbs ("elle s'est brisée").
 */
public final class French extends BaseLanguage {

    private static final Set<String> ABBREVIATIONS = Set.of("mm", "mme", "mmes", "mlle",
            "mlles", "dr", "pr", "me", "st", "ste", "av", "bd", "cf", "env", "vol", "chap", "art", "ex", "fig", "éd",
            "coll", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "hab", "gén", "col", "cdt", "lt",
            "sgt", "mgr", "m", "gal");
    private static final String VOWEL_LETTERS = "aeiouyàâäéèêëîïôöùûüÿœæ";
    private static final VowelGroups VOWELS = new VowelGroups(VOWEL_LETTERS);
    private static final Set<String> ELIDED_PREFIXES = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu");

    private static final PhraseList TRANSITIONS = new PhraseList(List.of(
            "ainsi", "alors", "aussi", "autrement", "bref", "car", "cependant", "certes", "d'abord", "d'ailleurs",
            "désormais", "donc", "également", "effectivement", "enfin", "ensuite", "finalement", "inversement",
            "lorsque", "lorsqu'", "mais", "néanmoins", "notamment", "or", "parallèlement", "pourtant",
            "premièrement", "deuxièmement", "troisièmement", "puis", "puisque", "puisqu'", "quoique", "quoiqu'",
            "sinon", "surtout", "tandis", "toutefois", "malgré",
            "à cause de", "à condition que", "à l'inverse", "à la suite de", "à savoir", "afin de", "afin que",
            "afin qu'", "alors que", "alors qu'", "après tout", "au bout du compte", "au contraire", "au final",
            "au lieu de", "bien que", "bien qu'", "c'est-à-dire", "d'autre part", "d'une part", "dans ce contexte",
            "de ce fait", "de même", "de plus", "de sorte que", "dès lors", "du même coup", "du reste", "en bref",
            "en conclusion", "en définitive", "en effet", "en fait", "en outre", "en particulier", "en premier lieu",
            "en raison de", "en résumé", "en revanche", "en somme", "grâce à", "malgré tout", "même si",
            "par ailleurs", "par conséquent", "par contre", "par exemple", "parce que", "parce qu'", "pour autant",
            "pour que", "pour qu'", "si bien que", "tout d'abord", "vu que",
            // Temporal, additive and topic-shifting connectives (issue 10: the list found too few against Yoast's).
            "à la fois", "à nouveau", "à son tour", "à terme", "ainsi que", "après que", "après qu'", "au total",
            "autrement dit", "avant que", "avant qu'", "c'est pourquoi", "d'ici là", "de leur côté", "de nouveau",
            "de son côté", "de toute façon", "dès que", "dès qu'", "en attendant", "en conséquence", "en même temps",
            "en plus", "en tout cas", "entre-temps", "faute de", "non seulement", "par la suite", "pendant que",
            "plus tard", "pour leur part", "pour sa part", "pour la première fois", "quant à", "quant au",
            "quant aux", "une fois", "voilà pourquoi"));

    private static final Set<String> ETRE = Set.of("suis", "es", "est", "sommes", "êtes", "sont", "étais", "était",
            "étions", "étiez", "étaient", "fus", "fut", "fûmes", "fûtes", "furent", "serai", "seras", "sera", "serons",
            "serez", "seront", "serais", "serait", "serions", "seriez", "seraient", "sois", "soit", "soyons", "soyez",
            "soient", "fût", "être", "été", "étant");
    private static final Set<String> BETWEEN_ETRE_AND_PARTICIPLE = Set.of("pas", "plus", "jamais", "guère", "point",
            "encore", "déjà", "toujours", "souvent", "aussi", "bien", "mal", "désormais", "parfois", "même", "tout",
            "toute", "très", "enfin", "alors", "donc", "ainsi", "peut-être", "ensuite", "finalement", "toutefois",
            "cependant", "néanmoins", "pourtant", "certes", "d'ailleurs", "en", "effet");
    /** Participles that take "être" in the active voice: "il est allé" is not a passive. */
    private static final Set<String> ACTIVE_WITH_ETRE = withAgreement("allé", "venu", "devenu", "revenu", "parvenu",
            "survenu", "intervenu", "advenu", "redevenu", "arrivé", "parti", "reparti", "sorti", "ressorti", "entré",
            "rentré", "resté", "tombé", "retombé", "né", "mort", "monté", "remonté", "descendu", "redescendu",
            "retourné", "passé", "apparu", "décédé", "demeuré", "accouru",
            // "être issu de" says where something comes from: "issir" has no active voice to turn it into.
            "issu");
    private static final Set<String> IRREGULAR_PARTICIPLES = withAgreement("fait", "dit", "écrit", "décrit",
            "inscrit", "prescrit", "construit", "reconstruit", "produit", "détruit", "conduit", "traduit", "réduit",
            "introduit", "séduit", "instruit", "cuit", "ouvert", "rouvert", "couvert", "découvert", "recouvert",
            "offert", "souffert", "peint", "atteint", "éteint", "craint", "plaint", "joint", "rejoint", "contraint",
            "restreint", "teint", "clos", "inclus", "exclu", "dissous", "absous", "assis", "acquis", "conquis",
            "requis");
    /** Words with a participle's ending that are not participles, met after "être" in news copy. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("ici", "aussi", "ainsi", "parmi", "voici", "midi",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "souci", "merci", "joli", "jolie", "jolis",
            "jolies", "poli", "polie", "gentil", "lui", "puis", "depuis", "mais", "jamais", "plus", "tous", "nous",
            "vous", "sous", "dessus", "jus", "bus", "virus", "campus", "consensus", "crise", "église", "valise",
            "chemise", "été", "tu", "du", "eu", "peu", "lieu", "jeu", "feu", "dieu", "bleu", "bleue", "bleus",
            "député", "députée", "députés", "députées", "comité", "société", "santé", "cité", "côté", "marché",
            "fée", "idée", "année", "journée", "armée", "entrée", "musée", "lycée", "pensée", "durée", "arrivée",
            "qualité", "quantité", "réalité", "sécurité", "liberté", "vérité", "volonté", "priorité", "majorité",
            "unité", "capacité", "activité", "autorité", "électricité", "difficulté", "beauté", "clé", "pré",
            "thé", "café", "bébé", "employé", "employée", "employés", "allié", "alliée", "alliés", "délégué",
            "déléguée", "délégués", "salarié", "salariée", "salariés", "pire", "ici-bas");
    private static final PassiveVoice PASSIVE = new PassiveVoice(ETRE,
            word -> BETWEEN_ETRE_AND_PARTICIPLE.contains(word) || word.length() > 6 && word.endsWith("ment"),
            French::isParticiple, French::isActiveWithEtre);
    private static final Set<String> REFLEXIVE_PRONOUNS = Set.of("se", "me", "te");

    /** Elided articles and pronouns and the verbs and adverbs Lucene's French list leaves out. */
    private static final Set<String> MORE_STOP_WORDS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
            "a", "à", "au", "aux", "est", "été", "sont", "ont", "plus", "comme", "dont", "cette", "ces", "cet",
            "ainsi", "selon", "après", "avant", "lors", "très", "aussi", "encore", "déjà", "fait", "faire",
            "peut", "tout", "tous", "toute", "toutes");
    /** "Des dizaines de milliers", "des centaines": quantities, accepted when the source counts that many. */
    private static final Map<String, Long> QUANTITIES = Map.ofEntries(Map.entry("dizaine", 10L),
            Map.entry("dizaines", 10L), Map.entry("douzaine", 12L), Map.entry("douzaines", 12L),
            Map.entry("quinzaine", 15L), Map.entry("vingtaine", 20L), Map.entry("trentaine", 30L),
            Map.entry("quarantaine", 40L), Map.entry("cinquantaine", 50L), Map.entry("soixantaine", 60L),
            Map.entry("centaine", 100L), Map.entry("centaines", 100L), Map.entry("millier", 1_000L),
            Map.entry("milliers", 1_000L), Map.entry("md", 1_000_000_000L),
            Map.entry("mds", 1_000_000_000L));

    /** Words after which "neuf" is the number nine rather than the adjective "new" ("un bâtiment neuf"). */
    private static final Set<String> BEFORE_NEUF = Set.of("les", "des", "ces", "ses", "nos", "vos", "leurs", "mes",
            "tes", "aux", "a", "de", "en", "sur", "et", "ou", "pour", "avec", "dans", "depuis", "environ", "plus",
            "moins", "quelque", "sont", "ont", "etait", "etaient", "par", "entre", "soit", "avait", "avaient", "pres");

    public French() {
        super("fr", ABBREVIATIONS, MORE_STOP_WORDS, ELIDED_PREFIXES, light(new FrenchLightStemmer()::stem),
                new NumberWords("fr", QUANTITIES, Set.of("pour cent", "pour cents"), Map.of("second", 2L, "seconde", 2L, "seconds", 2L, "secondes", 2L))
                        .numberOnlyAfter("neuf", BEFORE_NEUF),
                Set.of("les", "des", "ces", "ses", "leurs", "nos", "vos", "aux"),
                Set.of("le", "la", "les", "l", "du", "des", "au", "aux", "un", "une", "ce", "cet", "cette", "ces"),
                Set.of("et", "ou"), VOWEL_LETTERS);
        // After an elided article, "est" is the east ("l'est lyonnais"), not a verb: that word stays whole.
        style(TRANSITIONS, PASSIVE, word -> word.startsWith("l'") || word.startsWith("d'") ? word : withoutElision(word));
    }

    /**
     * Vowel groups ("eau", "oi", "ou", "ui" are one), split where two vowels are heard: around "é" ("ré-a-li-té",
     * "po-é-sie") and before a diaeresis ("na-ïf", "No-ël"); less a silent final "e" or "es" after a consonant
     * ("table", "Chine", "pistes": one each). The verb ending "-ent" is counted ("par-lent": 2), as telling it
     * from "moment" needs a dictionary. Elided prefixes do not count ("l'homme": 1). At least one.
     */
    @Override
    public int syllables(String word) {
        String letters = VowelGroups.lettersOf(withoutElision(word));
        if (letters.isEmpty()) {
            return 1;
        }
        int count = VOWELS.count(letters, French::isHiatus);
        if (count > 1 && hasSilentFinalE(letters)) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean hasSilentFinalE(String w) {
        int e = w.endsWith("es") ? w.length() - 2 : w.endsWith("e") ? w.length() - 1 : -1;
        return e > 0 && !VOWELS.isVowel(w.charAt(e - 1));
    }

    private static boolean isHiatus(String w, int i) {
        char vowel = w.charAt(i);
        char before = w.charAt(i - 1);
        // "ée" is one syllable: the e after é is mute ("an-née", "i-dée").
        return vowel == 'é' || before == 'é' && vowel != 'e' || vowel == 'ë' || vowel == 'ï' || vowel == 'ü';
    }

    /**
     * A regular participle ("-é", "-i", "-u", "-is", "-it" and their agreeing forms) or an irregular one, unless
     * it is a false friend ("allé", "né") or a word that only looks like one ("ici", "idée").
     */
    private static boolean isParticiple(String word) {
        if (ACTIVE_WITH_ETRE.contains(word) || NOT_PARTICIPLES.contains(word)) {
            return false;
        }
        if (IRREGULAR_PARTICIPLES.contains(word)) {
            return true;
        }
        String masculine = masculineSingular(word);
        if (masculine.length() < 3) {
            return false;
        }
        // "-is" after a consonant ("pris", "choisis"); no participle ends in "-ais" ("lyonnais", "français").
        boolean endsInIs = masculine.endsWith("is") && !VOWELS.isVowel(masculine.charAt(masculine.length() - 3));
        return masculine.endsWith("é") || masculine.endsWith("i") || masculine.endsWith("u") || endsInIs;
    }

    /** "construites" gives "construit", "élues" "élu", "prise" "pris". */
    private static String masculineSingular(String word) {
        String w = word;
        if (w.endsWith("s") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 2) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "s'est brisée", "se sont réunis", "nous nous sommes levés", "c'est décidé" are active. */
    private static boolean isActiveWithEtre(List<String> upToAuxiliary) {
        int last = upToAuxiliary.size() - 1;
        String auxiliary = upToAuxiliary.get(last);
        if (auxiliary.startsWith("s'") || auxiliary.startsWith("m'") || auxiliary.startsWith("t'")
                || auxiliary.startsWith("c'")) {
            return true;
        }
        String before = last >= 1 ? upToAuxiliary.get(last - 1) : "";
        if (REFLEXIVE_PRONOUNS.contains(before)) {
            return true;
        }
        return (before.equals("nous") || before.equals("vous")) && last >= 2 && upToAuxiliary.get(last - 2).equals(before);
    }
    @Override
    public String colon() {
        return " : ";
    }

    /** Kandel and Moles' adaptation of Flesch to French (Kandel, L. & Moles, A., "Application de l'indice de Flesch à la langue française", Cahiers Études de Radio-Télévision 19, 1958). */
    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return OptionalDouble.of(207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord);
    }

    /** Each participle with its feminine and plural forms: "né", "née", "nés", "nées". */
    private static Set<String> withAgreement(String... masculineSingulars) {
        Set<String> forms = new HashSet<>();
        for (String participle : masculineSingulars) {
            forms.add(participle);
            forms.add(participle + "e");
            forms.add(participle.endsWith("s") ? participle : participle + "s");
            forms.add(participle + "es");
        }
        return Set.copyOf(forms);
    }
}
