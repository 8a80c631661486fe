package dev.copydesk.language;

import org.apache.lucene.analysis.de.GermanLightStemmer;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * German: Amstad's adaptation of Flesch, syllables as vowel groups (diphthongs "ei", "au", "eu", "äu", "ie" are one),
 * the usual connectives, and the passive as a form of "werden" + Partizip II ("wurde verhaftet", "ist gewählt
 * worden").
 */
public final class German extends BaseLanguage {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "prof", "hr", "fr", "nr", "str", "bzw", "vgl",
            "ca", "usw", "z", "b", "u", "a", "d", "h", "s", "st", "jan", "feb", "aug", "sept", "okt", "nov", "dez",
            "mio", "mrd", "abs", "evtl", "ggf", "inkl");
    private static final String VOWEL_LETTERS = "aeiouyäöü";
    private static final Map<String, Long> QUANTITIES = Map.of("dutzend", 12L, "dutzende", 12L, "hunderte", 100L,
            "hunderten", 100L, "tausende", 1_000L, "tausenden", 1_000L, "mio", 1_000_000L, "mrd", 1_000_000_000L);
    private static final Set<String> MORE_STOP_WORDS = Set.of("laut", "sowie", "bereits", "mehr", "seit", "wurde",
            "wurden", "worden", "wird", "werden", "hat", "haben", "hatte", "sei", "seien", "beim", "vom", "zum",
            "zur", "ins", "am", "im");

    private static final PhraseList TRANSITIONS = new PhraseList(List.of(
            "aber", "allerdings", "also", "anschließend", "auch", "außerdem", "bevor", "dabei", "dadurch", "daher",
            "damit", "danach", "dann", "darum", "dennoch", "deshalb", "deswegen", "doch", "ebenfalls", "ebenso",
            "endlich", "erstens", "zweitens", "drittens", "folglich", "ferner", "freilich", "gleichzeitig",
            "hingegen", "indem", "inzwischen", "jedoch", "kurzum", "mittlerweile", "nachdem", "nämlich",
            "obwohl", "obgleich", "schließlich", "seitdem", "sodass", "sofern", "somit", "sonst", "später",
            "stattdessen", "trotzdem", "überdies", "weil", "weiterhin", "zudem", "zuerst", "zuletzt", "zunächst",
            "zwar", "als erstes", "am ende", "auf der anderen seite", "aus diesem grund", "im gegensatz dazu",
            "im übrigen", "in der tat", "mit anderen worten", "zum beispiel", "zum schluss", "zum einen",
            "zum anderen", "vor allem", "so dass", "auf diese weise", "im gegenteil", "nicht nur", "sondern auch",
            // Contrast, condition and time, as the English list has "on the other hand", "if", "while", "instead"
            // (issue 10, item 3: read against Yoast's ratings, each one a connective by its own meaning).
            "dagegen", "anstatt", "statt", "während", "solange", "sobald", "wenn", "falls", "zuvor"));
    private static final Set<String> WERDEN = Set.of("werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest",
            "wurden", "wurdet", "würde", "würden", "worden", "geworden");
    private static final Set<String> INSEPARABLE_PREFIXES = Set.of("be", "emp", "ent", "er", "miss", "ver", "zer",
            "über", "um", "unter", "wider");
    private static final List<String> GE_STEMS = List.of("geben", "gehen", "gelten", "gewinnen", "gehören",
            "genießen", "gestalten", "gestehen");
    private static final Set<String> BETWEEN = Set.of("nicht", "auch", "bereits", "schon", "noch", "nie", "nun",
            "jetzt", "dann", "sofort", "erst", "später", "inzwischen", "kürzlich");
    /**
     * German closes the clause on the participle, so subject, time and place stand between "werden" and it
     * ("wurde das Gemälde 1942 unter Zwang verkauft"), and a subordinate clause or a modal puts it first
     * ("…, dass es verkauft wurde", "dürfe nicht angetastet werden").
     */
    private static final int MAX_SKIPPED = 6;
    /** Where a new clause starts, the participle that follows is that clause's ("wurde das, weil … aufgegeben hat"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("und", "oder", "aber", "denn", "sondern", "weil", "dass",
            "ob", "wenn", "als", "nachdem", "bevor", "obwohl", "damit", "sodass", "während", "seit", "seitdem");
    private static final PassiveVoice PASSIVE = new PassiveVoice(WERDEN,
            word -> BETWEEN.contains(word) || word.length() <= 12 && !CLAUSE_OPENERS.contains(word),
            German::isParticiple, null, MAX_SKIPPED, true);

    public German() {
        super("de", ABBREVIATIONS, MORE_STOP_WORDS, Set.of(), light(new GermanLightStemmer()::stem),
                new NumberWords("de", QUANTITIES, Set.of(), Map.of()), Set.of("die", "den", "der", "diese", "dieser",
                        "diesen", "beiden"),
                Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "alle", "allen", "beiden", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer", "unsere", "mehrere", "viele", "vielen", "einige", "wenige"),
                Set.of("und", "oder", "sowie"), VOWEL_LETTERS);
        style(TRANSITIONS, PASSIVE, UnaryOperator.identity());
    }

    @Override
    public boolean capitalisesNouns() {
        return true;
    }
    /**
     * A Partizip II beside "werden" (German puts it at the end of the clause, so a few words may come between):
     * "ge…t" or "ge…en", a verb with an inseparable prefix ("verhaftet"), or one in "-iert" ("informiert").
     */
    private static boolean isParticiple(String word) {
        if (word.length() < 5 || WERDEN.contains(word)) {
            return false;
        }
        boolean ge = word.startsWith("ge") && (word.endsWith("t") || word.endsWith("en"));
        // Verbs with an inseparable prefix take no "ge-": "verhaftet", "beschlossen", "entlassen".
        boolean inseparable = (word.startsWith("ver") || word.startsWith("be") || word.startsWith("er")
                || word.startsWith("ent") || word.startsWith("zer") || word.startsWith("emp")
                || word.startsWith("miss")) && (word.endsWith("t") || word.endsWith("ssen") || word.endsWith("sen")
                || word.endsWith("gen") || word.endsWith("ben"));
        boolean separableGe = word.indexOf("ge", 2) > 0 && (word.endsWith("t") || word.endsWith("en"))
                && word.length() > 7;
        // Verbs whose stem itself opens on "ge" ("geben", "gewinnen") look like a participle in the infinitive
        // ("wird … freigeben"); their participle has a second "ge" ("freigegeben"), unless an inseparable prefix
        // makes both one word ("vergeben").
        for (String stem : GE_STEMS) {
            if (word.endsWith(stem)) {
                String prefix = word.substring(0, word.length() - stem.length());
                if (!prefix.endsWith("ge") && !INSEPARABLE_PREFIXES.contains(prefix)) {
                    return false;
                }
            }
        }
        return ge || inseparable || separableGe || word.endsWith("iert");
    }

    /**
     * Amstad's formula (Amstad, T., "Wie verständlich sind unsere Zeitungen?", dissertation, Universität Zürich,
     * 1978): 180 − words per sentence − 58.5 × syllables per word, on Flesch's 0–100 scale.
     */
    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return OptionalDouble.of(180 - wordsPerSentence - 58.5 * syllablesPerWord);
    }
}
