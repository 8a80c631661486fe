package dev.copydesk.seo.make;

import dev.copydesk.language.Locales;

import java.util.Optional;

/** The article's canonical address: site URL, locale in lower case, slug ("https://site/fr-fr/my-slug"). */
public final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /** Empty when no site URL is configured: a made-up address would be worse than none. */
    public static Optional<String> of(Optional<String> siteUrl, String locale, String slug) {
        return siteUrl.map(site -> site + "/" + Locales.pathSegment(locale) + "/" + slug);
    }
}
