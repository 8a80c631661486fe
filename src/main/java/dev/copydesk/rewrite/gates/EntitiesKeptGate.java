package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.language.Folding;
import dev.copydesk.language.Language;
import dev.copydesk.language.PlaceNames;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people, places and organisations the source names must still be named in the output.
 *
 * <p>Names are found heuristically, without a model: runs of one to three capitalised words that are not stop
 * words (longer runs are cut into runs of three from the end). A word capitalised at the start of a sentence,
 * after a colon or an opening quotation mark, or in a headline written in title case, counts only when the
 * source also capitalises it in mid-sentence ("Poutine espère…" counts because of "avec Poutine"; "Aujourd'hui…"
 * does not) or, in ordinary text, when a capitalised word follows it and the source never writes it in lower
 * case ("Vladimir Poutine a dit…" but not "After Putin met…" when "after" occurs elsewhere).
 *
 * <p>A name is kept when the output has it, case and accents aside. Same-language rewrite: a name of several
 * words is also kept when its last word (the surname: "Zelensky" for "Volodymyr Zelensky") is capitalised in
 * the output. Translation: any word of more than three letters of the name is enough ("Vladimir Poutine" /
 * "Vladimir Putin"), and a word sharing its first four letters or more (at least two thirds of the shorter word)
 * with a capitalised word of the output matches it ("Moscou" / "Moscow", "Chine" / "China").
 *
 * <p>What a capital letter says depends on the language: German capitalises every noun, so there a word counts as
 * a name only when the source never writes it after an article, a number or an adjective ("die Abstimmung", "52
 * Prozent" are nouns; "Kessmann sagte" is a name). In a translation, a word the source writes after an article is
 * an institution or a common noun the translation translates ("la Commission", "l'État", "les Occidentaux") and is
 * not required, unless it is a place; English demonyms used as adjectives ("Western tanks", "Russian gas") are
 * not names either. Places are matched across languages by {@link PlaceNames} ("Beijing" / "Pékin", "Hungary" /
 * "Hongrie").
 *
 * <p>Passes when every key name is kept (a name of the source's title or highlights, or one the source gives at
 * least twice, a surname alone counting for the full name) and at least {@link #MIN_KEPT_SHARE} of all the
 * distinct names are.
 */
public final class EntitiesKeptGate implements IntegrityGate {

    public static final String CODE = "entities-kept";

    /** Share of the source's distinct names the output must keep. */
    public static final double MIN_KEPT_SHARE = 0.80;

    /** Mentions in the source from which a name is a key name, one the output must keep. */
    public static final int KEY_NAME_MENTIONS = 2;

    /** Longest run of capitalised words taken as one name. */
    static final int MAX_NAME_WORDS = 3;

    /** Missing names listed in a message, at most. */
    static final int MAX_LISTED = 12;

    /** Gap characters after which a capital letter may be due to grammar (sentence or quotation start). */
    private static final String SENTENCE_BREAKS = ".!?…:«“„\"‘»\n";
    /** Capitalised words that are not names: titles, pronouns, English days and months. */
    private static final Set<String> NOT_NAMES = Set.of("mr", "mrs", "ms", "dr", "mme", "mlle", "monsieur",
            "madame", "i", "he", "she", "we", "they", "you", "his", "her", "our", "its", "it", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "herr", "frau", "sr", "sra",
            "don", "dona", "dra", "prof", "professor", "me", "m");
    /** Endings of English demonyms ("Russian", "European", "Chinese", "British"). */
    private static final List<String> DEMONYM_ENDINGS = List.of("an", "ese", "ish");
    /** English adjectives of the compass, capitalised for blocs and regions ("Western sanctions"). */
    private static final Set<String> COMPASS_ADJECTIVES = Set.of("western", "eastern", "northern", "southern");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Language sourceLanguage = Language.of(input.sourceLanguage());
        Map<String, Name> names = names(input.sourceBlocks(), sourceLanguage, input.isTranslation());
        if (names.isEmpty()) {
            return GateResult.pass(CODE, "the source names no people, places or organisations");
        }
        OutputWords output = new OutputWords(input.outputBlocks(), Language.of(input.targetLanguage()));
        List<String> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        names.forEach((normalised, name) -> {
            if (!(input.isTranslation() ? output.hasTranslated(normalised) : output.has(normalised))) {
                missing.add(name.written);
                if (name.isKey()) {
                    missingKeys.add(name.written);
                }
            }
        });
        int kept = names.size() - missing.size();
        String counts = kept + " of " + names.size() + " names from the source kept, at least "
                + Math.round(MIN_KEPT_SHARE * 100) + " % and every name of the title or given twice expected";
        List<String> listed = missing.size() > MAX_LISTED ? missing.subList(0, MAX_LISTED) : missing;
        String missingList = GateText.list(listed) + (missing.size() > MAX_LISTED ? " and others" : "");
        if (missingKeys.isEmpty() && kept >= MIN_KEPT_SHARE * names.size()) {
            return GateResult.pass(CODE, missing.isEmpty() ? counts : counts + "; missing: " + missingList);
        }
        return GateResult.fail(CODE, "the output leaves out names the source gives: " + missingList + "; name these people, places and organisations as the source does (" + counts + ")");
    }

    /** One name of the source: as first written, how often it is given, whether the title gives it. */
    static final class Name {
        final String written;
        int mentions;
        boolean inTitle;
        /** Words as {@link Words} counts them ("NS-Raubkunst" is one). */
        int words;
        /** Whether the source writes it after an article at least once ("die Sammlerin", "la Commission"). */
        boolean afterArticle;

        Name(String written) {
            this.written = written;
        }

        boolean isKey() {
            return inTitle || mentions >= KEY_NAME_MENTIONS;
        }
    }

    /**
     * One word of a paragraph, elided article removed, and what is known about its capital letter: whether it may
     * be due to grammar, whether it is joined to the word before by a space alone, and whether an article, a number
     * or (in German) a lower-case adjective stands before it.
     */
    private record Token(String text, String normalised, boolean capitalised, boolean sentenceInitial,
                         boolean joined, boolean afterArticle, boolean beforeLowerCase) {
    }

    /** The names of a same-language source in {@code language}. */
    static Map<String, Name> names(List<String> blocks, String language) {
        return names(blocks, Language.of(language), false);
    }

    /** The distinct names of the source, by normalised form, first spelling kept, with their mentions. */
    static Map<String, Name> names(List<String> blocks, Language language, boolean translation) {
        List<List<Token>> tokenised = new ArrayList<>(blocks.size());
        Set<String> confirmed = new HashSet<>();
        Set<String> lowercase = new HashSet<>();
        Set<String> afterArticle = new HashSet<>();
        for (String block : blocks) {
            List<Token> tokens = tokens(block, language);
            if (isTitleCase(block, tokens, language)) {
                tokens = tokens.stream().map(token -> new Token(token.text, token.normalised, token.capitalised,
                        true, token.joined, token.afterArticle, token.beforeLowerCase)).toList();
            }
            for (Token token : tokens) {
                if (token.capitalised && !token.sentenceInitial) {
                    confirmed.add(token.normalised);
                } else if (!token.capitalised) {
                    lowercase.add(token.normalised);
                }
                if (token.afterArticle) {
                    afterArticle.add(token.normalised);
                }
            }
            tokenised.add(tokens);
        }
        Map<String, Name> names = new LinkedHashMap<>();
        for (int b = 0; b < tokenised.size(); b++) {
            boolean title = b == 0;
            List<Token> run = new ArrayList<>();
            for (Token token : tokenised.get(b)) {
                boolean eligible = isNameWord(token, language, translation, afterArticle);
                if (!eligible || !token.joined) {
                    addRun(run, confirmed, lowercase, names, title, language);
                }
                if (eligible) {
                    run.add(token);
                }
            }
            addRun(run, confirmed, lowercase, names, title, language);
        }
        countSurnamesForFullNames(names);
        dropCommonNouns(names, afterArticle, language, translation);
        return names;
    }

    /**
     * Single words that are common nouns rather than names: in a translation, one the source writes after an
     * article ("la Commission", "l'État", "el Gobierno") unless it is a place, as the translation translates it;
     * in a language that capitalises nouns, any single word that is neither a place nor part of a longer name
     * ("Abstimmung", "Wochen"; "Kessmann" stays when the source also writes "Ralf-Dieter Kessmann").
     */
    private static void dropCommonNouns(Map<String, Name> names, Set<String> afterArticle, Language language,
                                        boolean translation) {
        Set<String> partsOfLongerNames = new HashSet<>();
        names.forEach((name, entry) -> {
            if (entry.words > 1) {
                partsOfLongerNames.addAll(List.of(name.split(" ")));
            }
        });
        names.entrySet().removeIf(entry -> {
            String name = entry.getKey();
            if (!PlaceNames.otherNames(name).isEmpty()) {
                return false;
            }
            if (language.capitalisesNouns()) {
                return entry.getValue().afterArticle || entry.getValue().words == 1 && !partsOfLongerNames.contains(name);
            }
            return translation && entry.getValue().words == 1 && afterArticle.contains(name);
        });
    }

    private static boolean isNameWord(Token token, Language language, boolean translation, Set<String> afterArticle) {
        if (!token.capitalised || token.text.length() < 2 || NOT_NAMES.contains(token.normalised)
                || language.isStopWord(token.text)) {
            return false;
        }
        return !(translation && "en".equals(language.language()) && token.beforeLowerCase && isDemonym(token));
    }

    /** "Russian", "Hungarian", "Western": an adjective made from a place or the compass, not a name. */
    private static boolean isDemonym(Token token) {
        String word = token.normalised;
        return COMPASS_ADJECTIVES.contains(word) || PlaceNames.startsLikeAPlace(word)
                && DEMONYM_ENDINGS.stream().anyMatch(ending -> word.length() > ending.length() + 2 && word.endsWith(ending));
    }

    /**
     * "Moreau" or "Ferrer Anguita" alone count as mentions of "Jean-Luc Moreau" or "Lucía Ferrer Anguita", and the
     * other way round: a name that ends another one names the same person.
     */
    private static void countSurnamesForFullNames(Map<String, Name> names) {
        List<Map.Entry<String, Name>> entries = new ArrayList<>(names.entrySet());
        for (Map.Entry<String, Name> full : entries) {
            for (Map.Entry<String, Name> part : entries) {
                if (full.getKey().endsWith(" " + part.getKey())) {
                    Name a = full.getValue();
                    Name b = part.getValue();
                    int both = a.mentions + b.mentions;
                    a.mentions = both;
                    b.mentions = both;
                    a.inTitle |= b.inTitle;
                    b.inTitle |= a.inTitle;
                }
            }
        }
    }

    /**
     * Adds the run of capitalised words, cut into names of at most three words from the end, and empties it. A
     * word whose capital may be grammar (it starts a sentence, or the block is in title case) is dropped unless
     * the source capitalises it mid-sentence too, or it starts a longer run in ordinary text and the source never
     * writes it in lower case ("Vladimir Poutine a dit…" is a name; "Aujourd'hui, …" and "After Putin…" are not).
     */
    private static void addRun(List<Token> run, Set<String> confirmed, Set<String> lowercase,
                               Map<String, Name> names, boolean title, Language language) {
        List<Token> kept = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            Token token = run.get(i);
            // Not in German, where a sentence may well open on a noun before another ("Zahlreiche Zuhörer").
            boolean startsLongerRun = i == 0 && run.size() > 1 && !run.get(1).sentenceInitial
                    && !lowercase.contains(token.normalised) && !language.capitalisesNouns();
            if (!token.sentenceInitial || confirmed.contains(token.normalised) || startsLongerRun) {
                kept.add(token);
            } else {
                addName(kept, names, title);
                kept.clear();
            }
        }
        addName(kept, names, title);
        run.clear();
    }

    private static void addName(List<Token> run, Map<String, Name> names, boolean title) {
        int end = run.size();
        while (end > 0) {
            int start = Math.max(0, end - MAX_NAME_WORDS);
            List<Token> name = run.subList(start, end);
            StringBuilder normalised = new StringBuilder();
            StringBuilder written = new StringBuilder();
            for (Token token : name) {
                normalised.append(normalised.length() == 0 ? "" : " ").append(token.normalised);
                written.append(written.length() == 0 ? "" : " ").append(token.text);
            }
            Name entry = names.computeIfAbsent(normalised.toString(), key -> new Name(written.toString()));
            entry.mentions++;
            entry.inTitle |= title;
            entry.words = name.size();
            entry.afterArticle |= name.get(0).afterArticle;
            end = start;
        }
    }

    /**
     * Headlines in Title Case capitalise every word: no capital in them says "name". A block is taken for one when
     * it does not end like a sentence and at least 70 % of its longer words (four letters or more, stop words
     * aside, at least three) are capitalised; a sentence dense with names ends with a full stop. Not in a language
     * that capitalises every noun.
     */
    private static boolean isTitleCase(String block, List<Token> tokens, Language language) {
        String end = block.stripTrailing();
        if (language.capitalisesNouns() || end.isEmpty() || ".!?…»”\"".indexOf(end.charAt(end.length() - 1)) >= 0) {
            return false;
        }
        int longer = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.text.length() >= 4 && !language.isStopWord(token.text)) {
                longer++;
                if (token.capitalised) {
                    capitalised++;
                }
            }
        }
        return longer >= 3 && capitalised >= 0.7 * longer;
    }

    /** The words of a block as {@link Words} splits them, elided articles ("l'", "d'") set apart. */
    private static List<Token> tokens(String block, Language language) {
        List<int[]> bounds = new ArrayList<>();
        Words.forEach(block, (start, end) -> bounds.add(new int[]{start, end}));
        List<Token> tokens = new ArrayList<>(bounds.size());
        for (int i = 0; i < bounds.size(); i++) {
            int start = bounds.get(i)[0];
            int end = bounds.get(i)[1];
            String word = withoutPossessive(block.substring(start, end));
            end = start + word.length();
            String bare = language.withoutElision(word);
            int bareStart = end - bare.length();
            String previous = bare.length() < word.length() ? word.substring(0, word.length() - bare.length() - 1)
                    : i > 0 ? block.substring(bounds.get(i - 1)[0], bounds.get(i - 1)[1]) : "";
            boolean elided = bare.length() < word.length();
            boolean sentenceInitial = i == 0 && !elided
                    || !elided && startsSentence(block, bounds.get(i - 1)[1], start, previous, language);
            boolean joined = i > 0 && !elided && isBlank(block, bounds.get(i - 1)[1], start);
            String previousFolded = Folding.fold(previous);
            boolean afterArticle = language.articles().contains(previousFolded)
                    || !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1))
                    || language.capitalisesNouns() && isLowerCaseAdjective(previous);
            boolean beforeLowerCase = i + 1 < bounds.size() && isBlank(block, end, bounds.get(i + 1)[0])
                    && Character.isLowerCase(block.charAt(bounds.get(i + 1)[0]));
            tokens.add(new Token(bare, PlaceNames.normalise(bare), Character.isUpperCase(block.charAt(bareStart)),
                    sentenceInitial, joined, afterArticle, beforeLowerCase));
        }
        return tokens;
    }

    /** "Harper's" and "Kenya’s" name Harper and Kenya. */
    private static String withoutPossessive(String word) {
        int length = word.length();
        if (length > 3 && (word.charAt(length - 2) == '\'' || word.charAt(length - 2) == '’')
                && word.charAt(length - 1) == 's') {
            return word.substring(0, length - 2);
        }
        return word;
    }

    /** A German inflected adjective before a noun: lower case, ending in -e, -en, -er, -es or -em ("neue Bahnen"). */
    private static boolean isLowerCaseAdjective(String word) {
        if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        return word.endsWith("e") || word.endsWith("en") || word.endsWith("er") || word.endsWith("es")
                || word.endsWith("em");
    }

    /** Whether the gap {@code text[from, to)} between two words ends a sentence or opens a quotation. */
    private static boolean startsSentence(String text, int from, int to, String previous, Language language) {
        boolean fullStopOnly = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (SENTENCE_BREAKS.indexOf(c) >= 0) {
                if (c != '.') {
                    return true;
                }
            } else if (!GateText.isSpace(c)) {
                fullStopOnly = false;
            }
        }
        boolean hasFullStop = text.lastIndexOf('.', to - 1) >= from;
        if (!hasFullStop) {
            return false;
        }
        // "M. Macron", "Dr. Smith": an abbreviation's full stop does not end the sentence.
        return !(fullStopOnly && (language.isAbbreviation(Words.lowerCase(previous)) || previous.length() == 1)
                && text.indexOf('.', from) == text.lastIndexOf('.', to - 1));
    }

    /** Whether the gap {@code text[from, to)} is only spaces on one line. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!GateText.isSpace(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** The words of the output, normalised, for name look-ups. */
    private static final class OutputWords {
        /** Every word of the output, normalised, one space apart, with a space at both ends. */
        private final String joined;
        private final Set<String> words = new HashSet<>();
        private final Set<String> capitalised = new HashSet<>();

        OutputWords(List<String> blocks, Language language) {
            StringBuilder all = new StringBuilder(" ");
            for (String block : blocks) {
                Words.forEach(block, (start, wordEnd) -> {
                    String word = withoutPossessive(block.substring(start, wordEnd));
                    int end = start + word.length();
                    String bare = language.withoutElision(word);
                    String normalised = PlaceNames.normalise(bare);
                    all.append(normalised).append(' ');
                    words.add(normalised);
                    for (String part : normalised.split(" ")) {
                        words.add(part);
                    }
                    if (Character.isUpperCase(block.charAt(end - bare.length()))) {
                        capitalised.add(normalised);
                        capitalised.addAll(List.of(normalised.split(" ")));
                    }
                });
                all.append("| ");
            }
            this.joined = all.toString();
        }

        /** Same language: the whole name, or the last word of a longer name capitalised. */
        boolean has(String name) {
            if (joined.contains(" " + name + " ")) {
                return true;
            }
            int space = name.lastIndexOf(' ');
            return space > 0 && capitalised.contains(name.substring(space + 1));
        }

        /** Translation: the whole name, its name in another language, any of its longer words, or a cognate. */
        boolean hasTranslated(String name) {
            if (joined.contains(" " + name + " ")) {
                return true;
            }
            for (String other : PlaceNames.otherNames(name)) {
                // "Kenia" for "Kenya" in German, and "die Kenianerin" for "Kenya's runner".
                if (joined.contains(" " + other + " ") || other.indexOf(' ') < 0 && hasCognate(other, words, false)) {
                    return true;
                }
            }
            String[] parts = name.split(" ");
            boolean anyLonger = false;
            for (String part : parts) {
                anyLonger |= part.length() > 3;
            }
            for (String part : parts) {
                if ((parts.length == 1 || !anyLonger || part.length() > 3) && (words.contains(part) || hasCognate(part, capitalised, true))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a word of {@code candidates} shares its first four letters or more with {@code word}: two thirds of
         * the longer of the two for a name ("Moscou" / "Moscow", but not "Marchetti" / "marché"), of the shorter for
         * a place's other names, whose derived words run longer ("Kenia" / "Kenianerin").
         */
        private static boolean hasCognate(String word, Set<String> candidates, boolean ofLonger) {
            if (word.length() < 4) {
                return false;
            }
            for (String candidate : candidates) {
                int shorter = Math.min(word.length(), candidate.length());
                int base = ofLonger ? Math.max(word.length(), candidate.length()) : shorter;
                int common = 0;
                while (common < shorter && word.charAt(common) == candidate.charAt(common)) {
                    common++;
                }
                if (common >= 4 && common * 3 >= base * 2) {
                    return true;
                }
            }
            return false;
        }
    }
}
