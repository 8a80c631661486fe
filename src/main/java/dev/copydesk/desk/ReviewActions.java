package dev.copydesk.desk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.ArticleKey;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.PublishedProvenance;
import dev.copydesk.model.ReviewApproval;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.rewrite.PromptTemplates;
import dev.copydesk.rewrite.RewriteGates;
import dev.copydesk.rewrite.UnparseableOutputException;
import dev.copydesk.seo.SeoEnricher;
import dev.copydesk.seo.SeoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an editor can do with an article held for review. Each action is checked against what the desk knows (the
 * article is still pending, and the editor acted on its latest review record), then written: an approval publishes
 * the article and then records the decision, a rejection withdraws it (a tombstone on the published topic) and
 * then records the decision, an edit records the editor's text with the gates and the SEO assessments run on it
 * again. The output comes first, so that a decision on the topic always has its effect behind it; an action that
 * fails half-way can be taken again (publishing the same article twice under one key is harmless on a compacted
 * topic). Every action then waits until the desk's reader has read its decision, so the next page shows it.
 */
@ApplicationScoped
public class ReviewActions {

    private static final Logger LOG = Logger.getLogger(ReviewActions.class);
    /** Longest reason, note or instruction an editor can give; longer ones are refused, not cut. */
    static final int MAX_REASON_CHARS = 2000;

    private final CopydeskConfig config;
    private final DeskLog log;
    private final ArticleIngestor ingestor;
    private final RewriteGates gates;
    private final SeoEnricher enricher;
    private final MarkdownArticleParser parser = new MarkdownArticleParser();
    private final Clock clock = Clock.systemUTC();
    /** The application's version, the first part of the pipeline version, as in the SEO stage. */
    private final String appVersion = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.version", String.class).orElse("unknown");

    ReviewActions(CopydeskConfig config, DeskLog log, ArticleIngestor ingestor, LanguageDetector languageDetector) {
        this.config = config;
        this.log = log;
        this.ingestor = ingestor;
        this.gates = new RewriteGates(languageDetector);
        CopydeskConfig.Seo seo = config.seo();
        this.enricher = new SeoEnricher(new SeoSettings(seo.maxTitleChars(), seo.siteUrl(), seo.publisherName(),
                seo.minScore()));
    }

    /** What the desk shows of an article: the rewrite (or the editor's text) checked, and the source if readable. */
    public record Checked(RewrittenArticle article, List<GateResult> gates, boolean gatesRerun,
                          List<Assessment> assessments, Optional<NormalizedArticle> source) {
    }

    /** The article as it stands: the editor's latest text if any, else the model's rewrite, and its SEO scores. */
    public Checked current(DeskState.Entry entry) {
        Optional<NormalizedArticle> source = source(entry.item().article());
        ReviewDecision draft = entry.draft();
        if (draft != null && draft.markdown() != null) {
            RewrittenArticle edited = edited(entry.item().article(), parse(draft.markdown()), draft.gates());
            return new Checked(edited, draft.gates() == null ? List.of() : draft.gates(), draft.gates() != null,
                    draft.assessments() == null ? List.of() : draft.assessments(), source);
        }
        RewrittenArticle article = entry.item().article();
        return new Checked(article, article.gates(), false, enricher.enrich(article).assessments(), source);
    }

    public RecordMetadata approve(String key, long reviewOffset, String editor, String note) {
        DeskState.Entry entry = pending(key, reviewOffset);
        String why = optionalText(note, "note");
        ReviewDecision draft = entry.draft();
        RewrittenArticle article = draft != null && draft.markdown() != null
                ? edited(entry.item().article(), parse(draft.markdown()), draft.gates())
                : entry.item().article();
        String decisionId = UUID.randomUUID().toString();
        Instant at = clock.instant();
        boolean edited = draft != null && draft.markdown() != null;
        PublishedArticle published = approved(enricher.enrich(article),
                new ReviewApproval(decisionId, editor, at, edited, why));
        log.write(config.topics().published(), published.key(), Json.write(published));
        return decide(new ReviewDecision(decisionId, ReviewDecision.Action.APPROVED, article.id(), article.locale(),
                entry.item().ref(), editor, at, why, edited ? draft.markdown() : null,
                edited ? draft.gates() : null, published.assessments(), article.sourceVersion()));
    }

    public RecordMetadata reject(String key, long reviewOffset, String editor, String reason) {
        DeskState.Entry entry = pending(key, reviewOffset);
        String why = optionalText(reason, "reason");
        if (why == null) {
            throw DeskException.badRequest("Say why the article is rejected.");
        }
        RewrittenArticle article = entry.item().article();
        // A tombstone: whatever the SEO stage published for the article (status needs_review) is withdrawn, and
        // compaction removes it for good.
        log.write(config.topics().published(), article.key(), null);
        return decide(new ReviewDecision(UUID.randomUUID().toString(), ReviewDecision.Action.REJECTED, article.id(),
                article.locale(), entry.item().ref(), editor, clock.instant(), why, null, null, null,
                article.sourceVersion()));
    }

    /**
     * Sends the article back to the model with the editor's request: its raw record, read again from the raw topic,
     * is written there once more with the request as the brief's {@code editorNote} and this locale as its only
     * target, so the rewrite stage makes a new version (published, or back on the desk) and the other locales of the
     * article are left alone.
     *
     * @throws DeskException 400 without a request or with a longer one than the prompt takes; 409 when the raw
     *                       record is no longer on its topic
     */
    public RecordMetadata sendBack(String key, long reviewOffset, String editor, String request) {
        DeskState.Entry entry = pending(key, reviewOffset);
        String why = optionalText(request, "request");
        if (why == null) {
            throw DeskException.badRequest("Say what the model should change.");
        }
        if (why.length() > PromptTemplates.MAX_EDITOR_NOTE_CHARS) {
            throw DeskException.badRequest("The request has " + why.length() + " characters; at most "
                    + PromptTemplates.MAX_EDITOR_NOTE_CHARS + " reach the model.");
        }
        RewrittenArticle article = entry.item().article();
        byte[] raw = log.raw(article.sourceVersion()).orElseThrow(() -> DeskException.conflict("The raw article of "
                + key + " is no longer on its topic, so it cannot be sent back to the model: edit the text or reject"
                + " it."));
        log.write(config.topics().raw(), article.id(), withEditorNote(raw, article.locale(), why));
        return decide(new ReviewDecision(UUID.randomUUID().toString(), ReviewDecision.Action.SENT_BACK, article.id(),
                article.locale(), entry.item().ref(), editor, clock.instant(), why, null, null, null,
                article.sourceVersion()));
    }

    /** The raw article as it came, with the editor's request in its brief and {@code locale} as its only target. */
    private static String withEditorNote(byte[] raw, String locale, String request) {
        try {
            ObjectNode article = (ObjectNode) Json.MAPPER.readTree(raw);
            ObjectNode brief = article.get("brief") instanceof ObjectNode given ? given : article.putObject("brief");
            brief.putArray("targetLocales").add(locale);
            brief.put("editorNote", request);
            return Json.write(article);
        } catch (IOException | ClassCastException e) {
            throw DeskException.conflict("The raw article cannot be read again: " + e.getMessage());
        }
    }

    /**
     * Records the editor's text after running the integrity gates (against the source, when it can still be read)
     * and the SEO stage's assessments on it.
     *
     * @throws DeskException 400 when the text is not an article (no title, no paragraph) or too long
     */
    public RecordMetadata edit(String key, long reviewOffset, String editor, String markdown) {
        DeskState.Entry entry = pending(key, reviewOffset);
        if (markdown == null || markdown.isBlank()) {
            throw DeskException.badRequest("The text is empty.");
        }
        if (markdown.length() > config.ingest().maxBodyChars()) {
            throw DeskException.badRequest("The text has " + markdown.length() + " characters; at most "
                    + config.ingest().maxBodyChars() + " are accepted.");
        }
        String text = markdown.replace("\r\n", "\n");
        ParsedArticle parsed = parse(text);
        RewrittenArticle original = entry.item().article();
        Optional<NormalizedArticle> source = source(original);
        List<GateResult> results = source
                .map(normalized -> gates.checkRewrite(new WorkItem(normalized, original.locale()), parsed.title(),
                        parsed.standfirst(), parsed.sections()))
                .orElse(null);
        RewrittenArticle edited = edited(original, parsed, results);
        List<Assessment> assessments = enricher.enrich(edited).assessments();
        return decide(new ReviewDecision(UUID.randomUUID().toString(), ReviewDecision.Action.EDITED, original.id(),
                original.locale(), entry.item().ref(), editor, clock.instant(), null, text, results, assessments,
                original.sourceVersion()));
    }

    /** The Markdown an editor starts from: the latest edit, else the model's rewrite. */
    public String markdownOf(DeskState.Entry entry) {
        if (entry.draft() != null && entry.draft().markdown() != null) {
            return entry.draft().markdown();
        }
        return markdown(entry.item().article());
    }

    /** The article as Markdown: {@code # title}, the standfirst, then each section under its {@code ##} heading. */
    static String markdown(RewrittenArticle article) {
        StringBuilder out = new StringBuilder("# ").append(oneLine(article.title())).append("\n\n");
        if (article.standfirst() != null && !article.standfirst().isBlank()) {
            out.append(article.standfirst().strip()).append("\n\n");
        }
        for (Section section : article.sections()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                out.append("## ").append(oneLine(section.heading())).append("\n\n");
            }
            for (String paragraph : section.paragraphs()) {
                out.append(paragraph.strip()).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private RecordMetadata decide(ReviewDecision decision) {
        RecordMetadata written = log.write(config.topics().reviewDecisions(),
                ArticleKey.of(decision.id(), decision.locale()), Json.write(decision));
        LOG.infof("review desk: %s %s by %s (decision %s)", decision.action().wireName(),
                ArticleKey.of(decision.id(), decision.locale()), decision.editor(),
                decision.decisionId());
        if (!log.awaitApplied(written, config.desk().decisionWait())) {
            LOG.warnf("review desk: decision %s written but not read back within %s", decision.decisionId(),
                    config.desk().decisionWait());
        }
        return written;
    }

    private DeskState.Entry pending(String key, long reviewOffset) {
        DeskState.Entry entry = log.state().entry(key).orElseThrow(() -> DeskException.notFound(key));
        if (entry.item().ref().offset() != reviewOffset) {
            throw DeskException.conflict("A newer version of " + key + " arrived for review since this page was "
                    + "opened; look at it again.");
        }
        if (entry.status() != DeskState.Status.PENDING) {
            ReviewDecision decision = entry.decision();
            throw DeskException.conflict(key + " was already " + decision.action().wireName() + " by "
                    + decision.editor() + " at " + decision.at() + ".");
        }
        return entry;
    }

    private ParsedArticle parse(String markdown) {
        try {
            return parser.parse(markdown);
        } catch (UnparseableOutputException e) {
            throw DeskException.badRequest("The text is not an article: " + e.getMessage()
                    + ". Start with a '# ' title and write at least one paragraph.");
        }
    }

    private Optional<NormalizedArticle> source(RewrittenArticle article) {
        Optional<byte[]> raw = log.raw(article.sourceVersion());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ingestor.ingest(raw.get()));
        } catch (RuntimeException e) {
            LOG.warnf("review desk: the raw article of %s cannot be read again: %s", article.key(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The model's article with the editor's text: title, standfirst and sections replaced, front-matter hints kept
     * unless the editor gave some; status from the gates run again (unknown when they could not be: needs_review).
     */
    private static RewrittenArticle edited(RewrittenArticle original, ParsedArticle text, List<GateResult> results) {
        boolean passed = results != null && results.stream().allMatch(GateResult::passed);
        SeoHints hints = text.hints() == null || text.hints().equals(SeoHints.NONE) ? original.seoHints()
                : text.hints();
        return new RewrittenArticle(original.id(), original.locale(), original.sourceLanguage(), text.title(),
                text.standfirst(), text.sections(), original.images(),
                passed ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW,
                results == null ? original.gates() : results, hints, original.source(), original.brief(),
                original.provenance(), original.sourceVersion());
    }

    /**
     * The SEO stage's article, published by an editor: status published, no review reasons, the pipeline version
     * stamped as the SEO stage stamps it, and the approval noted.
     */
    private PublishedArticle approved(PublishedArticle article, ReviewApproval approval) {
        PublishedProvenance provenance = article.provenance().withPipelineVersion(appVersion).withReview(approval);
        return new PublishedArticle(article.id(), article.locale(), ArticleStatus.PUBLISHED, article.title(),
                article.seoTitle(), article.metaDescription(), article.slug(), article.keyphrase(),
                article.canonicalUrl(), article.alternates(), article.html(), article.markdown(), article.jsonLd(),
                article.openGraph(), article.wordCount(), article.h2Count(), article.images(), article.assessments(),
                List.of(), article.source(), provenance, article.sourceVersion());
    }

    private static String optionalText(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_REASON_CHARS) {
            throw DeskException.badRequest("The " + what + " has " + stripped.length() + " characters; at most "
                    + MAX_REASON_CHARS + " are accepted.");
        }
        return stripped;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
