package dev.copydesk.seo;

import java.util.Optional;

/** The article's canonical address: site URL, locale in lower case, slug ("https://site/fr-fr/my-slug"). */
final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /** Empty when no site URL is configured: a made-up address would be worse than none. */
    static Optional<String> of(Optional<String> siteUrl, String locale, String slug) {
        return siteUrl.map(site -> site + "/" + Locales.pathSegment(locale) + "/" + slug);
    }
}
