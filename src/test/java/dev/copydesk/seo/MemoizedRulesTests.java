package dev.copydesk.seo;

import dev.copydesk.analysis.MemoizedRules;

import dev.copydesk.language.Language;
import dev.copydesk.language.Words;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoizedRulesTests {

    @Test
    void answersExactlyAsTheRulesItRemembers() {
        for (String language : new String[] {"fr", "en"}) {
            Language rules = Language.of(language);
            MemoizedRules memoized = new MemoizedRules(rules);
            for (int pass = 0; pass < 2; pass++) {
                for (String word : Words.of(FrenchCyclingArticle.STANDFIRST + " " + FrenchCyclingArticle.TITLE
                        + " The Council's plans were approved l'État")) {
                    assertEquals(rules.key(word), memoized.key(word), word);
                    assertEquals(rules.isStopWord(word), memoized.isStopWord(word), word);
                    assertEquals(rules.syllables(word), memoized.syllables(word), word);
                    assertEquals(rules.withoutElision(word), memoized.withoutElision(word), word);
                }
            }
            assertEquals(rules.colon(), memoized.colon());
            assertEquals(rules.analysesStyle(), memoized.analysesStyle());
        }
    }
}
