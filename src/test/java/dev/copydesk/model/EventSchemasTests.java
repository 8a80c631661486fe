package dev.copydesk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the JSON Schemas under {@code src/main/resources/schemas/} in step with the event records: every record
 * component is a schema property and the other way round, down through the nested records, and the committed
 * sample raw article uses only what the raw-article schema knows.
 */
class EventSchemasTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SEED_FR = Path.of("deploy/local/samples/seed-fr.json");

    /** The $defs entry each nested record type is described by, in every schema that uses it. */
    private static final Map<Class<?>, String> DEFS = Map.ofEntries(
            Map.entry(SourceVersion.class, "SourceVersion"),
            Map.entry(Source.class, "Source"),
            Map.entry(SourceImage.class, "SourceImage"),
            Map.entry(Brief.class, "Brief"),
            Map.entry(Section.class, "Section"),
            Map.entry(ArticleImage.class, "ArticleImage"),
            Map.entry(GateResult.class, "GateResult"),
            Map.entry(SeoHints.class, "SeoHints"),
            Map.entry(RewriteProvenance.class, "RewriteProvenance"),
            Map.entry(Assessment.class, "Assessment"),
            Map.entry(Alternate.class, "Alternate"),
            Map.entry(SeoProvenance.class, "SeoProvenance"),
            Map.entry(PublishedProvenance.class, "PublishedProvenance"),
            Map.entry(ReviewApproval.class, "ReviewApproval"));

    private static final Map<String, Class<? extends Record>> EVENTS = Map.of(
            "raw-article.schema.json", RawArticle.class,
            "rewritten-article.schema.json", RewrittenArticle.class,
            "published-article.schema.json", PublishedArticle.class,
            "article-metrics.schema.json", ArticleMetrics.class);

    @Test
    void rawArticleSchemaListsExactlyTheRecordFields() {
        assertSchemaMatchesRecord("raw-article.schema.json", RawArticle.class);
    }

    @Test
    void rewrittenArticleSchemaListsExactlyTheRecordFields() {
        assertSchemaMatchesRecord("rewritten-article.schema.json", RewrittenArticle.class);
    }

    @Test
    void publishedArticleSchemaListsExactlyTheRecordFields() {
        assertSchemaMatchesRecord("published-article.schema.json", PublishedArticle.class);
    }

    @Test
    void articleMetricsSchemaListsExactlyTheRecordFields() {
        assertSchemaMatchesRecord("article-metrics.schema.json", ArticleMetrics.class);
    }

    @Test
    void everySchemaIsDraft202012WithAnIdNamedAfterItsFile() {
        for (String file : EVENTS.keySet()) {
            JsonNode schema = schema(file);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), file);
            assertEquals("https://copydesk.dev/schemas/" + file, schema.path("$id").asText(), file);
            assertEquals("object", schema.path("type").asText(), file);
        }
    }

    @Test
    void everySchemaPropertyHasATypeAndADescription() {
        for (String file : EVENTS.keySet()) {
            List<String> problems = new ArrayList<>();
            collectUndocumented(schema(file), file, problems);
            assertTrue(problems.isEmpty(), "properties without type or description: " + problems);
        }
    }

    @Test
    void everyRequiredPropertyIsDeclared() {
        for (String file : EVENTS.keySet()) {
            List<String> problems = new ArrayList<>();
            collectUndeclaredRequired(schema(file), file, problems);
            assertTrue(problems.isEmpty(), "required but not among properties: " + problems);
        }
    }

    @Test
    void rawArticleSchemaRequiresOnlyIdAndBody() {
        assertEquals(Set.of("id", "body"), required(schema("raw-article.schema.json")));
    }

    @Test
    void formatEnumListsTheBodyFormatWireNames() {
        Set<String> wireNames = Arrays.stream(BodyFormat.values()).map(BodyFormat::wireName)
                .collect(Collectors.toSet());
        JsonNode format = schema("raw-article.schema.json").path("properties").path("format");
        assertEquals(wireNames, nonNullTexts(format.path("enum")));
    }

    @Test
    void metricsStatusEnumListsEveryArticleStatusWireName() {
        Set<String> wireNames = Arrays.stream(ArticleStatus.values()).map(ArticleStatus::wireName)
                .collect(Collectors.toSet());
        JsonNode status = schema("article-metrics.schema.json").path("properties").path("status");
        assertEquals(wireNames, nonNullTexts(status.path("enum")));
    }

    @Test
    void articleStatusEnumsOnlyUseArticleStatusWireNames() {
        Set<String> wireNames = Arrays.stream(ArticleStatus.values()).map(ArticleStatus::wireName)
                .collect(Collectors.toSet());
        for (String file : EVENTS.keySet()) {
            JsonNode status = schema(file).path("properties").path("status");
            if (!status.isMissingNode()) {
                Set<String> listed = nonNullTexts(status.path("enum"));
                assertTrue(!listed.isEmpty() && wireNames.containsAll(listed), file + " status enum " + listed);
            }
        }
    }

    @Test
    void seedSampleUsesOnlyKeysTheRawArticleSchemaKnows() throws IOException {
        JsonNode schema = schema("raw-article.schema.json");
        List<String> unknown = new ArrayList<>();
        collectUnknownKeys(schema, schema, sample(), "", unknown);
        assertTrue(unknown.isEmpty(), SEED_FR + " has keys the raw-article schema does not know: " + unknown);
    }

    @Test
    void seedSampleHasEveryRequiredRawArticleField() throws IOException {
        JsonNode schema = schema("raw-article.schema.json");
        List<String> missing = new ArrayList<>();
        collectMissingRequired(schema, schema, sample(), "", missing);
        assertTrue(missing.isEmpty(), SEED_FR + " lacks required fields: " + missing);
    }

    // --- record against schema -------------------------------------------------------------------------------

    private static void assertSchemaMatchesRecord(String file, Class<? extends Record> event) {
        JsonNode schema = schema(file);
        Set<String> usedDefs = new TreeSet<>();
        assertObjectMatchesRecord(file, schema, schema, event, file, usedDefs);
        assertEquals(fieldNames(schema.path("$defs")), usedDefs,
                file + ": $defs must be exactly the nested records the event uses");
    }

    private static void assertObjectMatchesRecord(String file, JsonNode root, JsonNode node, Class<?> type,
                                                  String where, Set<String> usedDefs) {
        assertTrue(type.isRecord(), where + ": " + type.getSimpleName() + " is not a record");
        JsonNode properties = node.path("properties");
        assertTrue(properties.isObject(), where + " has no properties");
        RecordComponent[] components = type.getRecordComponents();
        Set<String> componentNames = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> propertyNames = fieldNames(properties);
        assertEquals(componentNames, propertyNames,
                where + " must list exactly the components of " + type.getSimpleName()
                        + "; missing " + difference(componentNames, propertyNames)
                        + ", unknown " + difference(propertyNames, componentNames));

        for (RecordComponent component : components) {
            String path = where + "." + component.getName();
            JsonNode property = properties.path(component.getName());
            Class<?> nested = nestedRecord(component.getGenericType());
            String ref = refOf(property);
            if (nested == null) {
                assertNull(ref, path + " refers to " + ref + " but "
                        + component.getGenericType().getTypeName() + " is not a record");
                continue;
            }
            String def = DEFS.get(nested);
            assertNotNull(def, "no $defs name registered in this test for " + nested.getSimpleName());
            assertEquals("#/$defs/" + def, ref, path + " must refer to the $defs entry of " + nested.getSimpleName());
            JsonNode target = root.path("$defs").path(def);
            assertTrue(target.isObject(), where + ": $defs/" + def + " is missing");
            usedDefs.add(def);
            assertObjectMatchesRecord(file, root, target, nested, file + "#/$defs/" + def, usedDefs);
        }
    }

    /** The record a component holds directly or as list elements, or null when it holds none. */
    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return nestedRecord(parameterized.getActualTypeArguments()[0]);
        }
        return null;
    }

    /** The $ref of a property, or of its array items; null when it has neither. */
    private static String refOf(JsonNode property) {
        if (property.has("$ref")) {
            return property.get("$ref").asText();
        }
        JsonNode items = property.path("items");
        return items.has("$ref") ? items.get("$ref").asText() : null;
    }

    // --- schema hygiene --------------------------------------------------------------------------------------

    /** Every property of every "properties" object anywhere in the schema needs a type and a description. */
    private static void collectUndocumented(JsonNode node, String where, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode property = entry.getValue();
            String path = where + "." + entry.getKey();
            if (!property.has("type")) {
                problems.add(path + " (type)");
            }
            if (property.path("description").asText("").isBlank()) {
                problems.add(path + " (description)");
            }
            collectUndocumented(property, path, problems);
            collectUndocumented(property.path("items"), path + "[]", problems);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("$defs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().path("description").asText("").isBlank()) {
                problems.add(where + "/$defs/" + entry.getKey() + " (description)");
            }
            collectUndocumented(entry.getValue(), where + "/$defs/" + entry.getKey(), problems);
        }
    }

    private static void collectUndeclaredRequired(JsonNode node, String where, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        Set<String> declared = fieldNames(node.path("properties"));
        for (String name : required(node)) {
            if (!declared.contains(name)) {
                problems.add(where + "." + name);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            collectUndeclaredRequired(entry.getValue(), where + "." + entry.getKey(), problems);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("$defs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            collectUndeclaredRequired(entry.getValue(), where + "/$defs/" + entry.getKey(), problems);
        }
    }

    // --- instance against schema -----------------------------------------------------------------------------

    /** Walks {@code value} with its schema {@code node}: object keys must be declared, arrays walk their items. */
    private static void collectUnknownKeys(JsonNode root, JsonNode node, JsonNode value, String path,
                                           List<String> unknown) {
        JsonNode schema = resolve(root, node);
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!properties.has(field.getKey())) {
                    unknown.add(fieldPath);
                } else {
                    collectUnknownKeys(root, properties.get(field.getKey()), field.getValue(), fieldPath, unknown);
                }
            }
        } else if (value.isArray()) {
            for (int index = 0; index < value.size(); index++) {
                collectUnknownKeys(root, schema.path("items"), value.get(index), path + "[" + index + "]", unknown);
            }
        }
    }

    /** Walks {@code value} with its schema {@code node}: every object must have its schema's required keys. */
    private static void collectMissingRequired(JsonNode root, JsonNode node, JsonNode value, String path,
                                               List<String> missing) {
        JsonNode schema = resolve(root, node);
        if (value.isObject()) {
            for (String name : required(schema)) {
                if (value.path(name).isNull() || value.path(name).isMissingNode()) {
                    missing.add(path.isEmpty() ? name : path + "." + name);
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (properties.has(field.getKey())) {
                    String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    collectMissingRequired(root, properties.get(field.getKey()), field.getValue(), fieldPath, missing);
                }
            }
        } else if (value.isArray()) {
            for (int index = 0; index < value.size(); index++) {
                collectMissingRequired(root, schema.path("items"), value.get(index), path + "[" + index + "]", missing);
            }
        }
    }

    /** The schema a {@code $ref} to a local {@code $defs} entry points to, or {@code node} itself. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null) {
            return node;
        }
        assertTrue(ref.startsWith("#/$defs/"), "only local $defs references are expected: " + ref);
        JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
        assertTrue(target.isObject(), "dangling reference " + ref);
        return target;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static JsonNode schema(String file) {
        try (InputStream in = EventSchemasTests.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) {
                fail("schemas/" + file + " is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas/" + file, e);
        }
    }

    private static JsonNode sample() throws IOException {
        return MAPPER.readTree(Files.readAllBytes(SEED_FR));
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> required(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static Set<String> nonNullTexts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> {
            if (!item.isNull()) {
                texts.add(item.asText());
            }
        });
        return texts;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
