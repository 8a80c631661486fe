/**
 * The SEO stage's rules: pure functions from a {@link dev.copydesk.model.RewrittenArticle} to a
 * {@link dev.copydesk.model.PublishedArticle}. {@link dev.copydesk.seo.SeoEnricher} is the only entry point; each
 * other class makes one part of the package (slug, title, meta description, JSON-LD...) or judges one family of
 * assessments ({@code KeyphraseAssessments}, {@code PageAssessments}, {@code ReadabilityAssessments}), so that a
 * rule can be tightened without touching the others. The text is read once ({@code TextAnalysis}) with the rules
 * of its language from {@link dev.copydesk.language}. Nothing here reads a clock, a random source or the
 * environment, so a replay of the same input gives byte-identical output.
 */
package dev.copydesk.seo;
