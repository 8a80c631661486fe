package dev.copydesk.seo;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits prose into sentences with the JDK's rules for the language. */
final class Sentences {

    private Sentences() {
    }

    static List<String> of(String text, String language) {
        List<String> sentences = new ArrayList<>();
        BreakIterator boundary = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        boundary.setText(text);
        int start = boundary.first();
        for (int end = boundary.next(); end != BreakIterator.DONE; start = end, end = boundary.next()) {
            Whitespace.nonBlank(text.substring(start, end)).ifPresent(sentences::add);
        }
        return sentences;
    }
}
