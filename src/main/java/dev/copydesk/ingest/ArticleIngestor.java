package dev.copydesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.copydesk.model.BodyFormat;
import dev.copydesk.model.Brief;
import dev.copydesk.model.Json;
import dev.copydesk.model.RawArticle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses, validates and cleans a raw record. Everything wrong with the input is reported here, as a
 * {@link RejectedInputException} with a reason code, so that later stages only ever see articles they can work on.
 */
public final class ArticleIngestor {

    private final Brief briefDefaults;
    private final Set<String> supportedLanguages;
    private final int maxBodyChars;
    private final LanguageDetector languageDetector;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    public ArticleIngestor(Brief briefDefaults, Set<String> supportedLanguages, int maxBodyChars,
                           LanguageDetector languageDetector) {
        this.briefDefaults = briefDefaults;
        this.supportedLanguages = Set.copyOf(supportedLanguages);
        this.maxBodyChars = maxBodyChars;
        this.languageDetector = languageDetector;
    }

    public NormalizedArticle ingest(byte[] value) {
        RawArticle raw = parse(value);
        requireText(raw.id(), "id");
        requireText(raw.body(), "body");
        if (raw.body().length() > maxBodyChars) {
            throw new RejectedInputException("body-too-large",
                    "body has " + raw.body().length() + " characters; the limit is " + maxBodyChars
                            + " (copydesk.ingest.max-body-chars)");
        }
        Brief brief = (raw.brief() == null ? briefDefaults : raw.brief().orElse(briefDefaults));
        List<String> locales = canonicalLocales(brief.targetLocales());
        brief = new Brief(locales, brief.minWords(), brief.subheadings(), brief.customTitle(), brief.keyphrase(),
                brief.tone());
        if (brief.minWords() < 0) {
            throw new RejectedInputException("invalid-field:brief.minWords", "brief.minWords must not be negative");
        }

        BodyFormat format = raw.format() != null ? raw.format() : BodyText.guessFormat(raw.body());
        BoilerplateCleaner.Cleaned cleaned = cleaner.clean(BodyText.paragraphs(raw.body(), format));
        if (cleaned.paragraphs().isEmpty()) {
            throw new RejectedInputException("empty-body", "body has no text left once markup and boilerplate are removed");
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
        if (value == null || value.length == 0) {
            throw new RejectedInputException("malformed-json", "record value is empty");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new RejectedInputException("malformed-json", "value is not valid JSON: " + firstLine(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new RejectedInputException("malformed-json", "value must be a JSON object");
        }
        try {
            return Json.MAPPER.treeToValue(tree, RawArticle.class);
        } catch (InvalidFormatException | ValueInstantiationException e) {
            throw new RejectedInputException("invalid-field:" + path(e), firstLine(e));
        } catch (MismatchedInputException e) {
            throw new RejectedInputException("invalid-field:" + path(e), "wrong type at " + path(e) + ": " + firstLine(e));
        } catch (JsonProcessingException e) {
            throw new RejectedInputException("malformed-json", firstLine(e));
        }
    }

    private List<String> canonicalLocales(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new RejectedInputException("missing-field:brief.targetLocales",
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
            throw new RejectedInputException("unsupported-locale", "'" + tag + "' is not a BCP 47 locale tag");
        }
        if (!supportedLanguages.contains(locale.getLanguage())) {
            throw new RejectedInputException("unsupported-locale", "target locale '" + tag
                    + "' is not supported; supported languages: " + sorted(supportedLanguages)
                    + " (copydesk.ingest.supported-languages)");
        }
        return locale.toLanguageTag();
    }

    private String sourceLanguage(RawArticle raw, List<String> paragraphs) {
        if (raw.language() != null && !raw.language().isBlank()) {
            String declared = Locale.forLanguageTag(raw.language().strip().replace('_', '-')).getLanguage();
            if (!supportedLanguages.contains(declared)) {
                throw new RejectedInputException("unsupported-language", "source language '" + raw.language()
                        + "' is not supported; supported: " + sorted(supportedLanguages));
            }
            return declared;
        }
        String sample = (raw.title() == null ? "" : raw.title() + "\n") + String.join("\n", paragraphs);
        return languageDetector.detect(sample).orElseThrow(() -> new RejectedInputException("unknown-language",
                "cannot tell the body's language; set the 'language' field (supported: " + sorted(supportedLanguages) + ")"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RejectedInputException("missing-field:" + field, "field '" + field + "' is required and must not be blank");
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

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String sorted(Set<String> values) {
        return String.join(",", values.stream().sorted().toList());
    }
}
