package dev.copydesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiStubTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static OpenAiStub stub;

    @BeforeAll
    static void startStub() {
        stub = new OpenAiStub();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    @Test
    void answersWithTheDefaultRewriteAndEchoesTheModel() throws Exception {
        HttpResponse<String> response = chat("gpt-test", "Réécris cet article.");

        assertEquals(200, response.statusCode());
        JsonNode completion = JSON.readTree(response.body());
        assertEquals("chat.completion", completion.path("object").asText());
        assertEquals("gpt-test", completion.path("model").asText());
        JsonNode choice = completion.path("choices").path(0);
        assertEquals("assistant", choice.path("message").path("role").asText());
        assertTrue(choice.path("message").path("content").asText().contains("## "));
        assertEquals("stop", choice.path("finish_reason").asText());
        JsonNode usage = completion.path("usage");
        assertEquals(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt(), usage.path("total_tokens").asInt());
        assertTrue(stub.lastRequestBody().contains("Réécris cet article."));
    }

    @Test
    void failsTheRequestedNumberOfTimesThenRecovers() throws Exception {
        stub.failNext(2, 500);

        HttpResponse<String> first = chat("gpt-test", "x");
        HttpResponse<String> second = chat("gpt-test", "x");
        HttpResponse<String> third = chat("gpt-test", "x");

        assertEquals(500, first.statusCode());
        assertEquals("server_error", JSON.readTree(first.body()).path("error").path("type").asText());
        assertEquals(500, second.statusCode());
        assertEquals(200, third.statusCode());
        assertEquals(3, stub.requestCount());
    }

    @Test
    void failsOnlyTheRequestsThatMatchWhileAnsweringOthers() throws Exception {
        stub.failWhen(body -> body.contains("poison"), 500);

        assertEquals(500, chat("gpt-test", "a poison article").statusCode());
        assertEquals(200, chat("gpt-test", "a good article").statusCode());
        assertEquals(500, chat("gpt-test", "the poison article again").statusCode());
        stub.reset();
        assertEquals(200, chat("gpt-test", "a poison article").statusCode());
    }

    @Test
    void answersWithProgrammedContentUntilReset() throws Exception {
        stub.answerWith(requestBody -> "echo " + requestBody.length());
        HttpResponse<String> programmed = chat("gpt-test", "abc");
        stub.reset();

        assertTrue(content(programmed).startsWith("echo "));
        assertEquals(0, stub.requestCount());
        assertNull(stub.lastRequestBody());
        assertEquals(stub.defaultContent(), content(chat("gpt-test", "abc")));
    }

    @Test
    void listsOneModel() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/models")).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonNode models = JSON.readTree(response.body());
        assertEquals(1, models.path("data").size());
        assertEquals(OpenAiStub.MODEL_ID, models.path("data").path(0).path("id").asText());
    }

    /** The fixture stands for a good model answer, so it must satisfy the rewrite contract itself. */
    @Test
    void defaultContentFollowsTheRewriteContract() {
        Matcher document = Pattern.compile("(?s)\\A---\\n(.*?)\\n---\\n(# .+?)\\n(.*)\\z").matcher(stub.defaultContent());
        assertTrue(document.matches(), "front matter then a '# ' title line");
        String frontMatter = document.group(1);
        String body = document.group(3);

        String keyphrase = frontMatterValue(frontMatter, "keyphrase");
        String metaDescription = frontMatterValue(frontMatter, "meta_description");
        assertEquals("# " + frontMatterValue(frontMatter, "title"), document.group(2));
        assertTrue(metaDescription.length() >= 130 && metaDescription.length() <= 150, "meta description length " + metaDescription.length());
        assertTrue(metaDescription.contains(keyphrase));
        assertTrue(Pattern.compile("(?m)^## ").matcher(body).results().count() >= 4, "at least 4 sections");
        long words = Arrays.stream(body.split("\\s+")).filter(word -> !word.isBlank()).count();
        assertTrue(words >= 780, "body has " + words + " words");
    }

    private static String frontMatterValue(String frontMatter, String key) {
        Matcher value = Pattern.compile("(?m)^" + key + ": \"(.*)\"$").matcher(frontMatter);
        assertTrue(value.find(), "front matter key " + key);
        return value.group(1);
    }

    private static String content(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("choices").path(0).path("message").path("content").asText();
    }

    private static HttpResponse<String> chat(String model, String userMessage) throws IOException, InterruptedException {
        String body = JSON.createObjectNode()
                .put("model", model)
                .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user").put("content", userMessage)))
                .toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/chat/completions"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer test")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
