/**
 * How the SEO stage renders the article: Markdown (commonmark's renderer), sanitised HTML, NewsArticle JSON-LD, Open
 * Graph tags and the source citation, with only web URLs ({@link dev.copydesk.seo.render.WebSafe}).
 */
package dev.copydesk.seo.render;
