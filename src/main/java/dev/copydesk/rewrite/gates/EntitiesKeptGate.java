package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.language.Language;

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
 * <p>Passes when at least {@link #MIN_KEPT_SHARE} of the distinct names are kept.
 */
public final class EntitiesKeptGate implements IntegrityGate {

    public static final String CODE = "entities-kept";

    /** Share of the source's distinct names the output must keep. */
    public static final double MIN_KEPT_SHARE = 0.80;

    /** Longest run of capitalised words taken as one name. */
    static final int MAX_NAME_WORDS = 3;

    /** Missing names listed in a message, at most. */
    static final int MAX_LISTED = 12;

    /** Gap characters after which a capital letter may be due to grammar (sentence or quotation start). */
    private static final String SENTENCE_BREAKS = ".!?…:«“„\"‘\n";
    /** Abbreviations that end with a full stop without ending the sentence ("M. Macron", "Dr. Who"). */
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mr", "mrs", "ms", "dr", "st", "mme", "mmes",
            "mlle", "mgr", "pr", "jr", "sr", "gen", "gén", "sen", "rep", "gov", "lt", "col", "capt", "prof", "me");
    /** Capitalised words that are not names: titles, pronouns, English days and months. */
    private static final Set<String> NOT_NAMES = Set.of("mr", "mrs", "ms", "dr", "mme", "mlle", "monsieur",
            "madame", "i", "he", "she", "we", "they", "you", "his", "her", "our", "its", "it", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Map<String, String> names = names(input.sourceBlocks(), input.sourceLanguage());
        if (names.isEmpty()) {
            return GateResult.pass(CODE, "the source names no people, places or organisations");
        }
        OutputWords output = new OutputWords(input.outputBlocks());
        List<String> missing = new ArrayList<>();
        names.forEach((folded, asWritten) -> {
            if (!(input.isTranslation() ? output.hasTranslated(folded) : output.has(folded))) {
                missing.add(asWritten);
            }
        });
        int kept = names.size() - missing.size();
        String counts = kept + " of " + names.size() + " names from the source kept, at least "
                + Math.round(MIN_KEPT_SHARE * 100) + " % expected";
        List<String> listed = missing.size() > MAX_LISTED ? missing.subList(0, MAX_LISTED) : missing;
        String missingList = GateText.list(listed) + (missing.size() > MAX_LISTED ? " and others" : "");
        if (kept >= MIN_KEPT_SHARE * names.size()) {
            return GateResult.pass(CODE, missing.isEmpty() ? counts : counts + "; missing: " + missingList);
        }
        return GateResult.fail(CODE, "the output leaves out names the source gives: " + missingList + "; name these "
                + "people, places and organisations as the source does (" + counts + ")");
    }

    /** One word of a paragraph and what is known about its capital letter. */
    private record Token(String text, String folded, boolean capitalised, boolean sentenceInitial, boolean joined) {
    }

    /** The distinct names of the source, by folded form (words joined by one space), first spelling kept. */
    static Map<String, String> names(List<String> blocks, String language) {
        List<List<Token>> tokenised = new ArrayList<>(blocks.size());
        Set<String> confirmed = new HashSet<>();
        Set<String> lowercase = new HashSet<>();
        for (String block : blocks) {
            List<Token> tokens = tokens(block);
            boolean titleCase = isTitleCase(block, tokens, language);
            if (titleCase) {
                tokens = tokens.stream().map(token -> new Token(token.text, token.folded, token.capitalised,
                        true, token.joined)).toList();
            }
            for (Token token : tokens) {
                if (token.capitalised && !token.sentenceInitial) {
                    confirmed.add(token.folded);
                } else if (!token.capitalised) {
                    lowercase.add(token.folded);
                }
            }
            tokenised.add(tokens);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (List<Token> tokens : tokenised) {
            List<Token> run = new ArrayList<>();
            for (Token token : tokens) {
                boolean eligible = isNameWord(token, language);
                if (!eligible || !token.joined) {
                    addRun(run, confirmed, lowercase, names);
                }
                if (eligible) {
                    run.add(token);
                }
            }
            addRun(run, confirmed, lowercase, names);
        }
        return names;
    }

    private static boolean isNameWord(Token token, String language) {
        return token.capitalised && token.text.length() >= 2 && !NOT_NAMES.contains(token.folded)
                && !Language.of(language).isStopWord(token.text);
    }

    /**
     * Adds the run of capitalised words, cut into names of at most three words from the end, and empties it. A
     * word whose capital may be grammar (it starts a sentence, or the block is in title case) is dropped unless
     * the source capitalises it mid-sentence too, or it starts a longer run in ordinary text and the source never
     * writes it in lower case ("Vladimir Poutine a dit…" is a name; "Aujourd'hui, …" and "After Putin…" are not).
     */
    private static void addRun(List<Token> run, Set<String> confirmed, Set<String> lowercase,
                               Map<String, String> names) {
        List<Token> kept = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            Token token = run.get(i);
            boolean startsLongerRun = i == 0 && run.size() > 1 && !run.get(1).sentenceInitial
                    && !lowercase.contains(token.folded);
            if (!token.sentenceInitial || confirmed.contains(token.folded) || startsLongerRun) {
                kept.add(token);
            } else {
                addName(kept, names);
                kept.clear();
            }
        }
        addName(kept, names);
        run.clear();
    }

    private static void addName(List<Token> run, Map<String, String> names) {
        int end = run.size();
        while (end > 0) {
            int start = Math.max(0, end - MAX_NAME_WORDS);
            List<Token> name = run.subList(start, end);
            StringBuilder folded = new StringBuilder();
            StringBuilder written = new StringBuilder();
            for (Token token : name) {
                folded.append(folded.length() == 0 ? "" : " ").append(token.folded);
                written.append(written.length() == 0 ? "" : " ").append(token.text);
            }
            names.putIfAbsent(folded.toString(), written.toString());
            end = start;
        }
    }

    /**
     * Headlines in Title Case capitalise every word: no capital in them says "name". A block is taken for one when
     * it does not end like a sentence and at least 70 % of its longer words (four letters or more, stop words
     * aside, at least three) are capitalised; a sentence dense with names ends with a full stop.
     */
    private static boolean isTitleCase(String block, List<Token> tokens, String language) {
        String end = block.stripTrailing();
        if (end.isEmpty() || ".!?…»”\"".indexOf(end.charAt(end.length() - 1)) >= 0) {
            return false;
        }
        int longer = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.text.length() >= 4 && !Language.of(language).isStopWord(token.text)) {
                longer++;
                if (token.capitalised) {
                    capitalised++;
                }
            }
        }
        return longer >= 3 && capitalised >= 0.7 * longer;
    }

    private static List<Token> tokens(String block) {
        List<Token> tokens = new ArrayList<>();
        int[] previousEnd = {-1};
        String[] previousFolded = {null};
        GateText.forEachWord(block, true, (start, end) -> {
            String text = block.substring(start, end);
            boolean sentenceInitial;
            boolean joined;
            if (previousEnd[0] < 0) {
                sentenceInitial = true;
                joined = false;
            } else {
                sentenceInitial = startsSentence(block, previousEnd[0], start, previousFolded[0]);
                joined = isBlank(block, previousEnd[0], start);
            }
            String folded = GateText.fold(text);
            tokens.add(new Token(text, folded, Character.isUpperCase(text.charAt(0)), sentenceInitial, joined));
            previousEnd[0] = end;
            previousFolded[0] = folded;
        });
        return tokens;
    }

    /** Whether the gap {@code text[from, to)} between two words ends a sentence or opens a quotation. */
    private static boolean startsSentence(String text, int from, int to, String previousFolded) {
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
        return !(fullStopOnly && ABBREVIATIONS.contains(previousFolded)
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

    /** The words of the output, folded, for name look-ups. */
    private static final class OutputWords {
        /** Every word of the output, folded, one space apart, with a space at both ends. */
        private final String joined;
        private final Set<String> words = new HashSet<>();
        private final Set<String> capitalised = new HashSet<>();

        OutputWords(List<String> blocks) {
            StringBuilder all = new StringBuilder(" ");
            for (String block : blocks) {
                GateText.forEachWord(block, true, (start, end) -> {
                    String folded = GateText.fold(block.substring(start, end));
                    all.append(folded).append(' ');
                    words.add(folded);
                    if (Character.isUpperCase(block.charAt(start))) {
                        capitalised.add(folded);
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

        /** Translation: the whole name, any of its longer words, or a word close in spelling. */
        boolean hasTranslated(String name) {
            if (joined.contains(" " + name + " ")) {
                return true;
            }
            String[] parts = name.split(" ");
            for (String part : parts) {
                if ((parts.length == 1 || part.length() > 3) && (words.contains(part) || hasCognate(part))) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasCognate(String word) {
            if (word.length() < 4) {
                return false;
            }
            for (String candidate : capitalised) {
                int shorter = Math.min(word.length(), candidate.length());
                int common = 0;
                while (common < shorter && word.charAt(common) == candidate.charAt(common)) {
                    common++;
                }
                if (common >= 4 && common * 3 >= shorter * 2) {
                    return true;
                }
            }
            return false;
        }
    }
}
