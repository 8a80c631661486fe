package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or '…' (or a run of them), followed by any
 * closing quotes or brackets, then a space and a capital, a digit or an opening quote or dash. A point does not
 * end a sentence after one of the language's abbreviations ("M.", "Dr.", "etc." stays ambiguous and ends one) or
 * after a single letter (an initial: "J. K. Rowling"). The JDK's sentence iterator was not used because it splits
 * after every "M." of French news copy.
 */
final class SentenceSplitter {

    private final Predicate<String> abbreviation;

    /** @param abbreviation whether a lower-case word, without its point, is an abbreviation ("mme", "dr") */
    SentenceSplitter(Predicate<String> abbreviation) {
        this.abbreviation = abbreviation;
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int length = paragraph.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = paragraph.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && (isTerminator(paragraph.charAt(end)) || isClosing(paragraph.charAt(end))
                    || isSpace(paragraph.charAt(end)) && end + 1 < length && closesAfterSpace(paragraph.charAt(end + 1)))) {
                end++;
            }
            if (end < length && isSpace(paragraph.charAt(end)) && startsSentence(paragraph, end)
                    && !(c == '.' && end == i + 1 && isAbbreviation(paragraph, i))) {
                add(sentences, paragraph, start, end);
                start = end;
            }
            i = end;
        }
        add(sentences, paragraph, start, length);
        return sentences;
    }

    /** {@code paragraph.substring(start, end).strip()}, cut once: every sentence but the first starts with a space. */
    private static void add(List<String> sentences, String paragraph, int start, int end) {
        while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(paragraph.substring(start, end));
        }
    }

    /** Whether, after the spaces from {@code from}, a new sentence visibly begins. */
    private static boolean startsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char next = text.charAt(i);
        return Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next);
    }

    /** Whether the word before the point at {@code point} is an abbreviation or an initial. */
    private boolean isAbbreviation(String text, int point) {
        int start = point;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = point - start;
        if (letters == 0 || start > 0 && Character.isDigit(text.charAt(start - 1))) {
            // "2000s." ends a sentence: that "s" is no initial.
            return false;
        }
        return letters == 1 || abbreviation.test(Words.lowerCase(text.substring(start, point)));
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        // '“' closes a German quotation („…“).
        return c == '»' || c == '”' || c == '"' || c == '’' || c == ')' || c == ']' || c == '\'' || c == '“';
    }

    /**
     * Closing marks that may follow a space (French "Je viens. »"). A straight quote after a space opens the next
     * quotation instead: {@code …," she said. "A marsh…}.
     */
    private static boolean closesAfterSpace(char c) {
        return c == '»' || c == '”' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '«' || c == '“' || c == '"' || c == '(' || c == '[' || c == '—' || c == '–' || c == '-'
                || c == '¿' || c == '¡' || c == '\'' || c == '‘' || c == '„' || c == '‚';
    }

    /** Spaces, the no-break ones French puts before '»' included. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t' || c == '\n';
    }
}
