/**
 * What the SEO stage assesses on the page it makes: the keyphrase in the title, meta description and slug, the
 * page assessments, and both overall scores ({@link dev.copydesk.seo.assess.SeoAssessor}). The assessments of the
 * text alone live in {@link dev.copydesk.analysis}, shared with the rewrite stage.
 */
package dev.copydesk.seo.assess;
