/**
 * The SEO stage's rules: pure functions from a {@link dev.copydesk.model.RewrittenArticle} to a
 * {@link dev.copydesk.model.PublishedArticle}. {@link dev.copydesk.seo.SeoEnricher} is the only entry point. The
 * sub-packages split the rest by role: {@code make} (title, meta description, slug, keyphrase, alt texts, URLs),
 * {@code assess} (the text analysis and the keyphrase, page and readability assessments) and {@code render}
 * (Markdown, HTML, JSON-LD, Open Graph), one class per thing, so that a rule can be tightened without touching the
 * others. The text is read once ({@code TextAnalysis}) with the rules
 * of its language from {@link dev.copydesk.language}. Nothing here reads a clock, a random source or the
 * environment, so a replay of the same input gives byte-identical output.
 */
package dev.copydesk.seo;
