package dev.copydesk.feeds;

import dev.copydesk.stages.InMemoryStagesProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** By default (copydesk.feeds.enabled=false) a worker serves no feeds, and says so. */
@QuarkusTest
@TestProfile(InMemoryStagesProfile.class)
class FeedsDisabledTests {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aWorkerWithoutFeedsEnabledAnswersNotFoundAndSaysWhy() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : new String[]{"sitemap-news.xml", "feeds/fr-fr.atom"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path);
            assertEquals("This worker serves no feeds (copydesk.feeds.enabled=false).\n", response.body(), path);
        }
    }
}
