package dev.copydesk.rewrite;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.support.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassthroughEngineTests {

    private final PassthroughEngine engine = new PassthroughEngine(new RewriteGates(Samples.DETECTOR));
    private final NormalizedArticle seed = Samples.ingestor().ingest(Samples.seedBytes());

    private RewrittenArticle rewriteSeed() {
        return engine.rewrite(seed.workItems().get(0));
    }

    @Test
    void keepsEveryParagraphWordForWordAndInOrder() {
        RewrittenArticle article = rewriteSeed();
        List<String> out = new ArrayList<>();
        out.add(article.standfirst());
        article.sections().forEach(section -> out.addAll(section.paragraphs()));
        assertEquals(seed.paragraphs(), out);
        assertEquals(seed.title(), article.title());
    }

    @Test
    void structuresLongTextUnderSubheadingsTakenFromEachSection() {
        RewrittenArticle article = rewriteSeed();
        assertTrue(Section.subheadingCount(article.sections()) >= 2, "sections: " + article.sections());
        for (Section section : article.sections()) {
            String text = String.join(" ", section.paragraphs()).toLowerCase();
            assertTrue(text.contains(section.heading().toLowerCase()),
                    "heading '" + section.heading() + "' must come from its section");
        }
        Set<String> headings = article.sections().stream().map(Section::heading).collect(Collectors.toSet());
        assertEquals(article.sections().size(), headings.size(), "headings are distinct");
    }

    @Test
    void sendsToReviewWithTheRulesItCannotMeet() {
        RewrittenArticle article = rewriteSeed();
        assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
        Set<String> failed = article.failedGates().stream().map(GateResult::code).collect(Collectors.toSet());
        assertEquals(Set.of("min-words", "custom-title"), failed);
        assertEquals("passthrough", article.provenance().engine());
        assertEquals(0, article.provenance().tokensIn());
    }

    @Test
    void neverPretendsToTranslate() {
        WorkItem english = new WorkItem(seed, "en-GB");
        RewrittenArticle article = engine.rewrite(english);
        assertTrue(article.failedGates().stream().anyMatch(gate -> gate.code().equals("target-language")));
        assertEquals(seed.paragraphs().get(0), article.standfirst());
    }

    @Test
    void isDeterministicApartFromLatency() {
        RewrittenArticle first = rewriteSeed();
        RewrittenArticle second = rewriteSeed();
        assertEquals(first.sections(), second.sections());
        assertEquals(first.provenance().inputHash(), second.provenance().inputHash());
        assertFalse(Json.write(first.sections()).isEmpty());
    }

    @Test
    void givesStrayCaptionsToImagesWithoutCaptions() {
        RewrittenArticle article = rewriteSeed();
        assertEquals(2, article.images().size());
        assertTrue(article.images().get(0).caption().contains("Poutine"));
        assertTrue(article.images().get(1).caption().contains("Zelensky"));
    }
}
