/**
 * What the SEO stage assesses: the text read once ({@link dev.copydesk.seo.assess.TextAnalysis}) and the keyphrase,
 * page and readability assessments with Yoast's public thresholds, scored by
 * {@link dev.copydesk.seo.assess.SeoAssessor}.
 */
package dev.copydesk.seo.assess;
