package dev.copydesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.copydesk.model.BodyFormat;
import dev.copydesk.model.Brief;
import dev.copydesk.model.Json;
import dev.copydesk.model.RawArticle;
import dev.copydesk.model.ReasonCodes;
import dev.copydesk.model.Source;
import dev.copydesk.model.SourceImage;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses, validates and cleans a raw record. Everything wrong with the input is reported here, as a
 * {@link RejectedInputException} with a reason code, so that later stages only ever see articles they can work on.
 * The size limits come first, right after parsing: a record over a limit costs no cleaning, detection or model call.
 */
public final class ArticleIngestor {

    private final Brief briefDefaults;
    private final Set<String> supportedLanguages;
    private final IngestLimits limits;
    private final LanguageDetector languageDetector;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    public ArticleIngestor(Brief briefDefaults, Set<String> supportedLanguages, IngestLimits limits,
                           LanguageDetector languageDetector) {
        this.briefDefaults = briefDefaults;
        this.supportedLanguages = Set.copyOf(supportedLanguages);
        this.limits = limits;
        this.languageDetector = languageDetector;
    }

    public NormalizedArticle ingest(byte[] value) {
        RawArticle raw = parse(value);
        requireText(raw.id(), "id");
        requireAtMost(raw.id().length(), limits.maxIdChars(), ReasonCodes.ID_TOO_LONG, "id has %d characters",
                "max-id-chars");
        requireText(raw.body(), "body");
        requireAtMost(raw.body().length(), limits.maxBodyChars(), ReasonCodes.BODY_TOO_LARGE, "body has %d characters",
                "max-body-chars");
        Brief brief = (raw.brief() == null ? briefDefaults : raw.brief().orElse(briefDefaults));
        checkCountsAndFieldLengths(raw, brief);
        List<String> locales = canonicalLocales(brief.targetLocales());
        brief = new Brief(locales, brief.minWords(), brief.subheadings(), brief.customTitle(), brief.keyphrase(),
                brief.tone(), brief.editorNote());
        if (brief.minWords() < 0) {
            throw new RejectedInputException(ReasonCodes.invalidField("brief.minWords"),
                    "brief.minWords must not be negative");
        }

        BodyFormat format = raw.format() != null ? raw.format() : BodyText.guessFormat(raw.body());
        BoilerplateCleaner.Cleaned cleaned = cleaner.clean(BodyText.paragraphs(raw.body(), format));
        if (cleaned.paragraphs().isEmpty()) {
            throw new RejectedInputException(ReasonCodes.EMPTY_BODY,
                    "body has no text left once markup and boilerplate are removed");
        }
        List<String> highlights = new ArrayList<>(raw.highlights());
        if (highlights.isEmpty()) {
            highlights.addAll(cleaned.highlights());
        }
        String title = raw.title() == null || raw.title().isBlank() ? null : raw.title().strip();
        String language = sourceLanguage(raw, cleaned.paragraphs());
        return new NormalizedArticle(raw, language, title, highlights, cleaned.paragraphs(), cleaned.strayCaptions(),
                brief);
    }

    private RawArticle parse(byte[] value) {
        try {
            return Json.MAPPER.treeToValue(RecordJson.object(value), RawArticle.class);
        } catch (InvalidFormatException | ValueInstantiationException e) {
            throw new RejectedInputException(ReasonCodes.invalidField(path(e)), RecordJson.firstLine(e));
        } catch (MismatchedInputException e) {
            throw new RejectedInputException(ReasonCodes.invalidField(path(e)),
                    "wrong type at " + path(e) + ": " + RecordJson.firstLine(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON, RecordJson.firstLine(e));
        }
    }

    /**
     * The limits that bound the work and the output of one record: how many locales (model calls, articles),
     * images and highlights, and how long each short text field. Indices stay in the message, not in the code.
     */
    private void checkCountsAndFieldLengths(RawArticle raw, Brief brief) {
        List<String> targetLocales = brief.targetLocales() == null ? List.of() : brief.targetLocales();
        requireAtMost(targetLocales.size(), limits.maxTargetLocales(), ReasonCodes.TOO_MANY_TARGET_LOCALES,
                "the brief asks for %d target locales", "max-target-locales");
        requireAtMost(raw.images().size(), limits.maxImages(), ReasonCodes.TOO_MANY_IMAGES, "%d images",
                "max-images");
        requireAtMost(raw.highlights().size(), limits.maxHighlights(), ReasonCodes.TOO_MANY_HIGHLIGHTS,
                "%d highlights", "max-highlights");

        requireShort("title", "title", raw.title());
        requireShort("language", "language", raw.language());
        for (int i = 0; i < raw.highlights().size(); i++) {
            requireShort("highlights", "highlights[" + i + "]", raw.highlights().get(i));
        }
        for (int i = 0; i < raw.images().size(); i++) {
            SourceImage image = raw.images().get(i);
            requireShort("images.url", "images[" + i + "].url", image.url());
            requireShort("images.caption", "images[" + i + "].caption", image.caption());
            requireShort("images.credit", "images[" + i + "].credit", image.credit());
        }
        Source source = raw.source();
        if (source != null) {
            requireShort("source.url", "source.url", source.url());
            requireShort("source.publisher", "source.publisher", source.publisher());
            requireShort("source.author", "source.author", source.author());
        }
        requireShort("brief.keyphrase", "brief.keyphrase", brief.keyphrase());
        requireShort("brief.tone", "brief.tone", brief.tone());
        requireShort("brief.editorNote", "brief.editorNote", brief.editorNote());
        for (int i = 0; i < targetLocales.size(); i++) {
            requireShort("brief.targetLocales", "brief.targetLocales[" + i + "]", targetLocales.get(i));
        }
    }

    private void requireShort(String field, String path, String value) {
        if (value != null && value.length() > limits.maxFieldChars()) {
            throw new RejectedInputException(ReasonCodes.fieldTooLong(field), path + " has " + value.length()
                    + " characters; the limit is " + limits.maxFieldChars() + " (copydesk.ingest.max-field-chars)");
        }
    }

    private static void requireAtMost(int actual, int limit, String reasonCode, String what, String setting) {
        if (actual > limit) {
            throw new RejectedInputException(reasonCode, String.format(what, actual) + "; the limit is " + limit
                    + " (copydesk.ingest." + setting + ")");
        }
    }

    private List<String> canonicalLocales(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new RejectedInputException(ReasonCodes.missingField("brief.targetLocales"),
                    "no target locale in the brief and none configured (copydesk.brief.target-locales)");
        }
        List<String> locales = new ArrayList<>();
        for (String tag : requested) {
            String canonical = canonicalLocale(tag);
            if (!locales.contains(canonical)) {
                locales.add(canonical);
            }
        }
        return locales;
    }

    private String canonicalLocale(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag == null ? "" : tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new RejectedInputException(ReasonCodes.UNSUPPORTED_LOCALE,
                    "'" + tag + "' is not a BCP 47 locale tag");
        }
        if (!supportedLanguages.contains(locale.getLanguage())) {
            throw new RejectedInputException(ReasonCodes.UNSUPPORTED_LOCALE, "target locale '" + tag
                    + "' is not supported; supported languages: " + sorted(supportedLanguages)
                    + " (copydesk.ingest.supported-languages)");
        }
        return locale.toLanguageTag();
    }

    private String sourceLanguage(RawArticle raw, List<String> paragraphs) {
        if (raw.language() != null && !raw.language().isBlank()) {
            String declared = Locale.forLanguageTag(raw.language().strip().replace('_', '-')).getLanguage();
            if (!supportedLanguages.contains(declared)) {
                throw new RejectedInputException(ReasonCodes.UNSUPPORTED_LANGUAGE, "source language '" + raw.language()
                        + "' is not supported; supported: " + sorted(supportedLanguages));
            }
            return declared;
        }
        String sample = (raw.title() == null ? "" : raw.title() + "\n") + String.join("\n", paragraphs);
        return languageDetector.detect(sample).orElseThrow(() -> new RejectedInputException(
                ReasonCodes.UNKNOWN_LANGUAGE, "cannot tell the body's language; set the 'language' field (supported: "
                + sorted(supportedLanguages) + ")"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RejectedInputException(ReasonCodes.missingField(field),
                    "field '" + field + "' is required and must not be blank");
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "value";
    }

    private static String sorted(Set<String> values) {
        return String.join(",", values.stream().sorted().toList());
    }
}
