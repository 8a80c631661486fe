package dev.copydesk.testing;

import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test model that does what an SEO repair request says, deterministically, on a French draft: it reads the
 * problems listed between {@code <problems>} tags, each {@code - [assessment-id] …} followed by the quoted sentences,
 * paragraph openings, subheadings or keyphrase ({@code   > …}), and edits the draft between {@code <previous>}
 * tags accordingly: splits the quoted long sentences and paragraphs, opens the quoted sentences with transition
 * words, adds subheadings, names the keyphrase in the quoted subheadings, in the first paragraph and as many times
 * more as asked. It knows nothing of the analysis: whatever the request does not say, it cannot fix, which is what
 * a test built on it proves. A fixture, never product behaviour.
 */
public final class SeoInstructionFollower {

    private static final Pattern PROBLEMS = Pattern.compile("(?ms)^<problems>\\n(.*?)\\n^</problems>$");
    private static final Pattern PREVIOUS = Pattern.compile("(?ms)^<previous>\\n(.*?)\\n^</previous>$");
    private static final Pattern PROBLEM = Pattern.compile("^- \\[([a-z-]+)] (.*)$");
    private static final Pattern MORE_TIMES = Pattern.compile("in these words, (\\d+) more times");
    private static final String QUOTE = "  > ";
    private static final String CLIPPED = "…";
    private static final List<String> TRANSITIONS = List.of("En effet", "Par ailleurs", "De plus", "Ainsi",
            "Toutefois", "Du reste");
    private static final List<String> KEYPHRASE_SENTENCES = List.of("Tout ramène à %s.", "Au cœur du sujet : %s.",
            "L’enjeu reste le même : %s.");
    private static final int MAX_SENTENCE_WORDS = 20;

    private final Language french = Language.of("fr");
    private int transitionsUsed;

    /** One problem of the request: its assessment id, its text and its quoted lines. */
    public record Problem(String id, String text, List<String> quotes) {
    }

    /** Whether {@code userPrompt} is an SEO repair request (its problems carry assessment ids). */
    public static boolean isSeoRepair(String userPrompt) {
        Matcher problems = PROBLEMS.matcher(userPrompt);
        return problems.find() && problems.group(1).lines().anyMatch(line -> PROBLEM.matcher(line).matches());
    }

    /** The problems of an SEO repair request, as listed. */
    public static List<Problem> problems(String userPrompt) {
        Matcher block = PROBLEMS.matcher(userPrompt);
        if (!block.find()) {
            throw new IllegalArgumentException("no <problems> block in the request");
        }
        List<Problem> problems = new ArrayList<>();
        String id = null;
        String text = null;
        List<String> quotes = new ArrayList<>();
        for (String line : block.group(1).lines().toList()) {
            Matcher problem = PROBLEM.matcher(line);
            if (problem.matches()) {
                if (id != null) {
                    problems.add(new Problem(id, text, quotes));
                }
                id = problem.group(1);
                text = problem.group(2);
                quotes = new ArrayList<>();
            } else if (line.startsWith(QUOTE) && id != null) {
                quotes.add(line.substring(QUOTE.length()));
            }
        }
        if (id != null) {
            problems.add(new Problem(id, text, quotes));
        }
        return problems;
    }

    /** The draft of the request, edited as its problems say. */
    public String answer(String userPrompt) {
        Matcher previous = PREVIOUS.matcher(userPrompt);
        if (!previous.find()) {
            throw new IllegalArgumentException("no <previous> block in the request");
        }
        List<String> lines = new ArrayList<>(previous.group(1).lines().toList());
        List<Problem> problems = problems(userPrompt);
        // Sentences first, while the quotes still read as the draft has them; then paragraphs, then headings.
        for (String id : List.of("sentence-length", "transition-words", "consecutive-sentences", "paragraph-length",
                "subheading-distribution", "keyphrase-in-subheadings", "keyphrase-in-introduction",
                "keyphrase-density")) {
            for (Problem problem : problems) {
                if (problem.id().equals(id)) {
                    apply(problem, lines);
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private void apply(Problem problem, List<String> lines) {
        switch (problem.id()) {
            case "sentence-length" -> problem.quotes().forEach(quote -> replaceSentence(lines, quote, this::split));
            case "transition-words", "consecutive-sentences" ->
                    problem.quotes().forEach(quote -> replaceSentence(lines, quote, this::linked));
            case "paragraph-length" -> problem.quotes().forEach(quote -> splitParagraph(lines, quote));
            case "subheading-distribution" -> problem.quotes().forEach(quote -> addSubheading(lines, quote));
            case "keyphrase-in-subheadings" -> {
                String keyphrase = between(problem.text(), "keyphrase \"", "\"");
                if (problem.text().contains("so that each names")) {
                    problem.quotes().forEach(quote -> replaceLine(lines, quote,
                            "## " + keyphrase + " : " + quote.substring(3)));
                }
            }
            case "keyphrase-in-introduction" -> {
                int standfirst = standfirst(lines);
                lines.set(standfirst, lines.get(standfirst) + " " + keyphraseSentence(problem.quotes().get(0)));
            }
            case "keyphrase-density" -> {
                Matcher more = MORE_TIMES.matcher(problem.text());
                if (more.find()) {
                    addKeyphrase(lines, problem.quotes().get(0), Integer.parseInt(more.group(1)));
                }
            }
            default -> {
            }
        }
    }

    /** Finds the quoted sentence (or, when clipped, its opening) in a line and replaces it there. */
    private static void replaceSentence(List<String> lines, String quote,
                                        java.util.function.UnaryOperator<String> edit) {
        String wanted = quote.endsWith(CLIPPED) ? quote.substring(0, quote.length() - 1) : quote;
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(wanted);
            if (at >= 0 && !lines.get(i).startsWith("#")) {
                String line = lines.get(i);
                String sentence = quote.endsWith(CLIPPED) ? sentenceFrom(line, at) : wanted;
                lines.set(i, line.substring(0, at) + edit.apply(sentence) + line.substring(at + sentence.length()));
                return;
            }
        }
    }

    /** From {@code at} to the end of that sentence (its final point, outside quotation marks) or of the line. */
    private static String sentenceFrom(String line, int at) {
        int depth = 0;
        for (int i = at; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '«' ? 1 : c == '»' ? -1 : 0;
            if (depth == 0 && (c == '.' || c == '!' || c == '?') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return line.substring(at, i + 1);
            }
        }
        return line.substring(at);
    }

    /** Cuts a sentence at the clause break nearest its middle, outside quotations, until each piece is short. */
    private String split(String sentence) {
        if (words(sentence) <= MAX_SENTENCE_WORDS) {
            return sentence;
        }
        int middle = sentence.length() / 2;
        int best = -1;
        int bestLength = 0;
        // A semicolon joins two sentences already; a comma or a dash only when there is no semicolon.
        for (String cut : List.of(" ; ", ", ", " – ")) {
            int depth = 0;
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                depth += c == '«' || c == '“' ? 1 : c == '»' || c == '”' ? -1 : 0;
                if (depth == 0 && sentence.startsWith(cut, i)
                        && words(sentence.substring(0, i)) >= 3 && words(sentence.substring(i + cut.length())) >= 3
                        && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                    best = i;
                    bestLength = cut.length();
                }
            }
            if (best >= 0) {
                break;
            }
        }
        if (best < 0) {
            return sentence;
        }
        String left = sentence.substring(0, best).strip() + ".";
        String right = sentence.substring(best + bestLength).strip();
        return split(left) + " " + split(capitalised(right));
    }

    /** The sentence opened with the next transition word. */
    private String linked(String sentence) {
        String transition = TRANSITIONS.get(transitionsUsed++ % TRANSITIONS.size());
        String firstWord = sentence.split("[ ’']", 2)[0];
        String rest = french.isStopWord(firstWord)
                ? sentence.substring(0, 1).toLowerCase(Locale.FRENCH) + sentence.substring(1) : sentence;
        return transition + ", " + rest;
    }

    private void splitParagraph(List<String> lines, String quote) {
        String opening = quote.endsWith(CLIPPED) ? quote.substring(0, quote.length() - 1) : quote;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(opening)) {
                List<String> sentences = french.sentences(lines.get(i));
                int half = sentences.size() / 2;
                if (half == 0) {
                    return;
                }
                lines.set(i, String.join(" ", sentences.subList(0, half)));
                lines.add(i + 1, "");
                lines.add(i + 2, String.join(" ", sentences.subList(half, sentences.size())));
                return;
            }
        }
    }

    /** A subheading before the middle paragraph of the quoted stretch, made of that paragraph's first words. */
    private static void addSubheading(List<String> lines, String quote) {
        String named = quote.substring(0, quote.lastIndexOf(" — "));
        int start = named.startsWith("## ") ? lines.indexOf(named) : lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("# ")).findFirst().orElseThrow());
        if (start < 0) {
            return;
        }
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (!lines.get(i).isBlank()) {
                paragraphs.add(i);
            }
        }
        if (paragraphs.size() < 2) {
            return;
        }
        int at = paragraphs.get(paragraphs.size() / 2);
        List<String> words = List.of(lines.get(at).replaceAll("[«»,;:.!?]", "").split(" +"));
        lines.add(at, "");
        lines.add(at, "## " + String.join(" ", words.subList(0, Math.min(6, words.size()))));
    }

    private static void replaceLine(List<String> lines, String line, String replacement) {
        int at = lines.indexOf(line);
        if (at >= 0) {
            lines.set(at, replacement);
        }
    }

    /** The first paragraph after the # title: the standfirst. */
    private static int standfirst(List<String> lines) {
        boolean afterTitle = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ")) {
                afterTitle = true;
            } else if (afterTitle && !line.isBlank()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no standfirst in the draft");
    }

    private int keyphraseSentences;

    private String keyphraseSentence(String keyphrase) {
        return String.format(KEYPHRASE_SENTENCES.get(keyphraseSentences++ % KEYPHRASE_SENTENCES.size()), keyphrase);
    }

    /** {@code times} sentences naming the keyphrase, at the end of paragraphs spread over the body. */
    private void addKeyphrase(List<String> lines, String keyphrase, int times) {
        int first = standfirst(lines) + 1;
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                paragraphs.add(i);
            }
        }
        for (int k = 0; k < times && !paragraphs.isEmpty(); k++) {
            int at = paragraphs.get((int) ((long) k * paragraphs.size() / times));
            lines.set(at, lines.get(at) + " " + keyphraseSentence(keyphrase));
        }
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    private static int words(String text) {
        return dev.copydesk.language.Words.count(text);
    }
}
