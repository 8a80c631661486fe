package dev.copydesk.language;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * English: Flesch's original coefficients, syllables as vowel groups corrected for silent endings, the usual
 * connectives, and the passive as a form of "be" + past participle (regular "-ed" or irregular).
 */
public final class English extends BaseLanguage {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof",
            "st", "jr", "sr", "vs", "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
            "capt", "mt", "ft", "vol", "fig", "approx", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final String VOWEL_LETTERS = "aeiouy";
    private static final VowelGroups VOWELS = new VowelGroups(VOWEL_LETTERS);

    private static final PhraseList TRANSITIONS = new PhraseList(List.of(
            "accordingly", "additionally", "admittedly", "afterwards", "afterward", "also", "alternatively",
            "although", "because", "besides", "but", "certainly", "clearly", "consequently", "conversely",
            "despite", "eventually", "finally", "first", "firstly", "furthermore", "hence", "however", "indeed",
            "initially", "instead", "lastly", "likewise", "meanwhile", "moreover", "namely", "nevertheless", "next",
            "nonetheless", "notably", "otherwise", "overall", "previously", "regardless", "secondly", "similarly",
            "since", "specifically", "still", "subsequently", "then", "therefore", "thirdly", "though", "thus",
            "ultimately", "undoubtedly", "unless", "unlike", "until", "whereas", "whenever", "while", "yet",
            "above all", "after all", "all in all", "as a matter of fact", "as a result", "as long as",
            "as opposed to", "as soon as", "as well as", "at first", "at last", "at least", "at the same time",
            "because of", "but also", "by contrast", "by the same token", "due to", "even if", "even so",
            "even though", "first of all", "for example", "for instance", "for that reason", "for this reason",
            "given that", "in addition", "in any case", "in conclusion", "in contrast", "in fact", "in general",
            "in order to", "in other words", "in particular", "in short", "in spite of", "in the end",
            "in the long run", "in the meantime", "in the same way", "not only", "of course", "on the contrary",
            "on the other hand", "provided that", "rather than", "so that", "such as", "that is", "to begin with",
            "to sum up", "with this in mind",
            // Time, condition and addition (issue 10, item 3: read against Yoast's ratings).
            "earlier", "later", "when", "if", "together with"));

    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "isn't",
            "aren't", "wasn't", "weren't");
    private static final Set<String> BETWEEN_BE_AND_PARTICIPLE = Set.of("not", "never", "also", "still", "already",
            "just", "often", "always", "now", "then", "even", "only", "further", "both", "all", "yet", "soon",
            "first", "once", "twice", "later", "again");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("arisen", "awoken", "beaten", "begun", "bent",
            "bet", "bid", "bitten", "blown", "born", "borne", "bought", "bound", "bred", "broken", "brought",
            "built", "burnt", "cast", "caught", "chosen", "cut", "dealt", "done", "drawn", "dreamt", "driven",
            "eaten", "fed", "felt", "fought", "found", "forbidden", "forecast", "forgiven", "forgotten", "frozen",
            "given", "ground", "grown", "heard", "held", "hidden", "hit", "hung", "hurt", "kept", "known", "laid",
            "led", "left", "lent", "let", "lit", "lost", "made", "meant", "met", "misled", "mistaken", "overcome",
            "overseen", "overtaken", "overthrown", "paid", "put", "quit", "read", "rebuilt", "rewritten", "rid",
            "ridden", "rung", "said", "seen", "sent", "set", "sewn", "shaken", "shed", "shot", "shown", "shut",
            "slain", "sold", "sought", "sown", "spent", "split", "spoken", "spread", "stolen", "struck", "stuck",
            "stung", "sung", "sunk", "sworn", "swept", "taken", "taught", "thought", "thrown", "told", "torn",
            "understood", "undertaken", "undone", "upheld", "upset", "withdrawn", "withheld", "woken", "won",
            "worn", "wound", "woven", "written");
    /** Words in "-ed" that are not participles, and the "-eed" verbs whose participle is regular. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("bed", "red", "shed", "wed", "hundred", "sacred",
            "naked", "wicked", "kindred", "rugged", "ragged", "crooked", "jagged", "beloved", "wretched", "embed",
            "aged", "dogged", "learned");
    private static final Set<String> REGULAR_EED = Set.of("agreed", "freed", "decreed", "guaranteed", "refereed");
    private static final PassiveVoice PASSIVE = new PassiveVoice(BE,
            word -> BETWEEN_BE_AND_PARTICIPLE.contains(word) || word.length() > 4 && word.endsWith("ly"),
            English::isParticiple, null);

    /** Function words Lucene's short English list leaves out, which make poor keyphrases and slug words. */
    private static final Set<String> MORE_STOP_WORDS = Set.of("about", "above", "after", "again", "against", "all",
            "also", "am", "any", "because", "been", "before", "being", "below", "between", "both", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "him", "his", "how", "i", "its", "itself", "just", "me", "more",
            "most", "my", "nor", "now", "off", "once", "only", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "than", "them", "those", "through", "too", "under", "up", "very", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "would", "you", "your", "said",
            "says");
    private static final Map<String, Long> QUANTITIES = Map.of("dozen", 12L, "dozens", 12L, "hundreds", 100L,
            "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L, "bn", 1_000_000_000L,
            "mn", 1_000_000L);

    public English() {
        super("en", ABBREVIATIONS, MORE_STOP_WORDS, Set.of(), light(new EnglishMinimalStemmer()::stem),
                new NumberWords("en", QUANTITIES, Set.of(), Map.of()), Set.of("the", "these", "those", "both"),
                Set.of("the", "a", "an", "this", "these", "those"),
                Set.of("and", "or"), VOWEL_LETTERS);
        // "they're" is "they are"; "it's" is left alone, as it is as often "it has".
        style(TRANSITIONS, PASSIVE, word -> word.endsWith("'re") ? "are" : word);
    }

    /**
     * Vowel groups ("y" counted as a vowel except before another vowel at the start: "year"), less a silent
     * final "e" (not "-le" after a consonant: "ta-ble"), a silent "-es" and "-ed" ("makes", "jumped", but
     * "boxes", "wanted"), plus the hiatuses "ia", "io", "ua" and "ium" ("pi-a-no", "ra-di-o", "ac-tu-al").
     * At least one syllable per word, a number included.
     */
    @Override
    public int syllables(String word) {
        String letters = VowelGroups.lettersOf(word);
        if (letters.length() <= 3) {
            return 1;
        }
        if (letters.charAt(0) == 'y' && VOWELS.isVowel(letters.charAt(1))) {
            letters = "j" + letters.substring(1);
        }
        int count = VOWELS.count(letters, English::isHiatus);
        if (count > 1 && hasSilentEnding(letters)) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean hasSilentEnding(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        char beforeLast = w.charAt(n - 2);
        if (last == 'e') {
            boolean syllabicLe = beforeLast == 'l' && !VOWELS.isVowel(w.charAt(n - 3));
            return !VOWELS.isVowel(beforeLast) && !syllabicLe;
        }
        if (beforeLast == 'e' && (last == 's' || last == 'd')) {
            char consonant = w.charAt(n - 3);
            if (VOWELS.isVowel(consonant)) {
                return false;
            }
            if (last == 'd') {
                return consonant != 't' && consonant != 'd';
            }
            String stem = w.substring(0, n - 2);
            return !(stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("c")
                    || stem.endsWith("g") || stem.endsWith("ch") || stem.endsWith("sh"));
        }
        return false;
    }

    private static boolean isHiatus(String w, int i) {
        char vowel = w.charAt(i);
        char before = w.charAt(i - 1);
        char twoBefore = i >= 2 ? w.charAt(i - 2) : ' ';
        if (before == 'i' && vowel == 'a') {
            return "cts".indexOf(twoBefore) < 0;
        }
        if (before == 'i' && vowel == 'o') {
            return "ctsxg".indexOf(twoBefore) < 0;
        }
        if (before == 'u' && vowel == 'a') {
            return twoBefore != 'q' && twoBefore != 'g';
        }
        return before == 'i' && vowel == 'u' && i + 1 < w.length() && w.charAt(i + 1) == 'm';
    }

    private static boolean isParticiple(String word) {
        if (IRREGULAR_PARTICIPLES.contains(word)) {
            return true;
        }
        if (word.length() < 4 || !word.endsWith("ed") || NOT_PARTICIPLES.contains(word)) {
            return false;
        }
        return !word.endsWith("eed") || REGULAR_EED.contains(word);
    }

    /** Folded, possessive "'s" dropped, plural made singular ("councils'" and "Council's" give "council"). */
    @Override
    public String key(String word) {
        String folded = Folding.fold(word);
        if (folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        return super.key(folded);
    }

    /** Flesch's original formula (Flesch, R., "A new readability yardstick", Journal of Applied Psychology 32, 1948). */
    @Override
    public OptionalDouble fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return OptionalDouble.of(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord);
    }
}
