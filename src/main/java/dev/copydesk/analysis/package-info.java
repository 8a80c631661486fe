/**
 * What a text scores, shared by the rewrite stage (which asks the model to fix what fails) and the SEO stage (which
 * publishes the scores): the text read once ({@link dev.copydesk.analysis.TextAnalysis}), the keyphrase assessments
 * the text alone decides ({@link dev.copydesk.analysis.KeyphraseInText}) and the readability assessments
 * ({@link dev.copydesk.analysis.ReadabilityAssessments}), with Yoast's public thresholds. Pure Java: no stage, no CDI.
 */
package dev.copydesk.analysis;
