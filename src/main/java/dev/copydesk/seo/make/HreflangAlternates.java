package dev.copydesk.seo.make;

import dev.copydesk.language.Locales;
import dev.copydesk.seo.render.WebSafe;

import dev.copydesk.model.Alternate;
import dev.copydesk.model.RewrittenArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hreflang alternates of an article: itself (search engines want the self-reference), its sibling locales from
 * the same brief, and the source in its own language when the article is a translation. A sibling's slug is made by
 * its own record, which this stage never sees, so siblings are addressed by id ({@code site/locale/id}): the site
 * must resolve that address to the sibling's canonical page.
 */
public final class HreflangAlternates {

    private HreflangAlternates() {
    }

    public static List<Alternate> of(Optional<String> siteUrl, RewrittenArticle article, Optional<String> canonicalUrl) {
        List<Alternate> alternates = new ArrayList<>();
        canonicalUrl.ifPresent(url -> alternates.add(new Alternate(article.locale(), url)));
        siteUrl.ifPresent(site -> siblingLocales(article).forEach(locale -> alternates.add(
                new Alternate(locale, site + "/" + Locales.pathSegment(locale) + "/" + WebSafe.pathSegment(article.id())))));
        String sourceUrl = article.source() == null ? null : article.source().url();
        if (sourceUrl != null && !sourceUrl.isBlank() && article.sourceLanguage() != null
                && !article.sourceLanguage().equals(Locale.forLanguageTag(article.locale()).getLanguage())) {
            alternates.add(new Alternate(article.sourceLanguage(), sourceUrl));
        }
        return alternates;
    }

    private static List<String> siblingLocales(RewrittenArticle article) {
        if (article.brief() == null || article.brief().targetLocales() == null) {
            return List.of();
        }
        return article.brief().targetLocales().stream().filter(locale -> !locale.equals(article.locale())).toList();
    }
}
