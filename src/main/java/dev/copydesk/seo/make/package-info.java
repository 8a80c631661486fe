/**
 * What the SEO stage makes: the SEO title ({@link dev.copydesk.seo.make.SeoTitleMaker}), the meta description, the
 * slug, image alt texts, the canonical URL and the hreflang alternates.
 */
package dev.copydesk.seo.make;
