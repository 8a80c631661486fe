package dev.copydesk.feeds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedLocaleTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "fr-FR, fr", "fr, fr", "en-GB, en", "pt_BR, pt", "de-CH, de", "fil-PH, fil", "he-IL, he",
            "zh-CN, zh-cn", "zh-Hans, zh-cn", "zh-Hans-SG, zh-cn", "zh, zh-cn",
            "zh-TW, zh-tw", "zh-HK, zh-tw", "zh-Hant, zh-tw", "zh-Hant-CN, zh-tw"})
    void theNewsLanguageIsTheIsoCodeExceptChineseWhichIsSimplifiedOrTraditional(String tag, String language) {
        assertEquals(language, FeedLocale.parse(tag).orElseThrow().newsLanguage());
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({"fr-fr, fr-FR, fr-fr", "FR_fr, fr-FR, fr-fr", "zh-hant-tw, zh-Hant-TW, zh-hant-tw", "en, en, en"})
    void aTagInAnyCaseOrWithUnderscoresHasOneCanonicalFormAndOnePathSegment(String asked, String tag, String segment) {
        FeedLocale locale = FeedLocale.parse(asked).orElseThrow();
        assertEquals(tag, locale.tag());
        assertEquals(segment, locale.pathSegment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "fr FR", "12", "x-private", "f", "fr-<script>", "../../etc/passwd", "fr-FR.atom",
            "abcdefghi-FR", "en-GB-oxendict-oxendict-oxendict-oxendict"})
    void aMalformedTagIsNoLocale(String tag) {
        assertTrue(FeedLocale.parse(tag).isEmpty(), tag);
    }
}
